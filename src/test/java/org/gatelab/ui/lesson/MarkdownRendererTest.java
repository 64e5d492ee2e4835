package org.gatelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.ui.canvas.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lesson Markdown to JavaFX nodes: styles, lists, code, quotes, links as text, images only from allowed places. */
@ExtendWith(ApplicationExtension.class)
class MarkdownRendererTest {
    @TempDir
    Path dir;
    private final StackPane host = new StackPane();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(host, 600, 400);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private Path lessonFolder() throws Exception {
        return Files.createDirectories(dir.resolve("lessons"));
    }

    private VBox render(FxRobot robot, String markdown) throws Exception {
        MarkdownRenderer r = new MarkdownRenderer(new LessonPaths(Files.createDirectories(dir.resolve("assets"))),
                lessonFolder());
        VBox[] out = new VBox[1];
        robot.interact(() -> {
            out[0] = r.render(markdown);
            out[0].getStyleClass().add("lesson-pane");
            host.getChildren().setAll(out[0]);
            out[0].applyCss();
        });
        return out[0];
    }

    private static List<Text> texts(Node n) {
        List<Text> out = new ArrayList<>();
        if (n instanceof Text t) {
            out.add(t);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }

    private static Text text(Node root, String content) {
        return texts(root).stream().filter(t -> t.getText().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no text \"" + content + "\" in " + texts(root).stream()
                        .map(Text::getText).toList()));
    }

    @Test
    void boldItalicAndCodeAreStyledRunsOfOneParagraph(FxRobot robot) throws Exception {
        VBox doc = render(robot, "Plain **bold** then *italic* and `c_t = f*c` and ***both***.");
        assertEquals(1, doc.getChildren().size());
        assertTrue(doc.getChildren().get(0) instanceof TextFlow);
        Text bold = text(doc, "bold");
        Text italic = text(doc, "italic");
        Text code = text(doc, "c_t = f*c");
        Text both = text(doc, "both");
        assertTrue(bold.getStyleClass().contains(MarkdownRenderer.STRONG));
        assertTrue(italic.getStyleClass().contains(MarkdownRenderer.EMPHASIS));
        assertTrue(code.getStyleClass().contains(MarkdownRenderer.CODE));
        assertTrue(both.getStyleClass().containsAll(List.of(MarkdownRenderer.STRONG, MarkdownRenderer.EMPHASIS)));
        // the stylesheet turns the classes into fonts
        assertTrue(bold.getFont().getStyle().toLowerCase().contains("bold"), bold.getFont().toString());
        assertFalse(text(doc, "Plain ").getFont().getStyle().toLowerCase().contains("bold"));
        assertTrue(italic.getFont().getStyle().toLowerCase().matches(".*(italic|oblique).*"),
                italic.getFont().toString());
        assertTrue(code.getFont().getFamily().toLowerCase().contains("mono"), code.getFont().toString());
    }

    @Test
    void listsHeadingsQuotesAndCodeBlocksBecomeBoxes(FxRobot robot) throws Exception {
        VBox doc = render(robot, """
                ### A sub-heading

                - first
                - second with **bold**

                3. three
                4. four

                > a quote

                ```text
                h = tanh(x)
                ```
                """);
        List<Node> blocks = doc.getChildren();
        assertEquals(5, blocks.size(), blocks.toString());
        assertTrue(blocks.get(0).getStyleClass().containsAll(List.of(MarkdownRenderer.HEADING, "md-h3")));
        assertEquals("A sub-heading", text(blocks.get(0), "A sub-heading").getText());
        assertEquals(List.of("•", "•"), markers(blocks.get(1)));
        assertTrue(text(blocks.get(1), "bold").getStyleClass().contains(MarkdownRenderer.STRONG));
        assertEquals(List.of("3.", "4."), markers(blocks.get(2)));
        assertTrue(blocks.get(3).getStyleClass().contains(MarkdownRenderer.QUOTE));
        assertNotNull(text(blocks.get(3), "a quote"));
        assertTrue(blocks.get(4).getStyleClass().contains(MarkdownRenderer.CODE_BLOCK));
        assertTrue(blocks.get(4) instanceof TextFlow, "code wraps, with no scroll bar (issue 14, defect 8)");
        assertTrue(text(blocks.get(4), "h = tanh(x)").getStyleClass().contains(MarkdownRenderer.CODE));
    }

    /**
     * Issue 14, defect 8: lesson maths showed as raw {@code h_{t-1}} or as code cut off by a scroll bar. Now
     * {@code $...$} in a line and {@code $$...$$} on lines of its own are typeset, at the text's size, on the line's
     * baseline; a long code line wraps inside the pane.
     */
    @Test
    void mathsIsTypesetAtTheTextsSizeAndNothingScrollsSideways(FxRobot robot) throws Exception {
        VBox doc = render(robot, """
                The state $h_{t-1}$ feeds the gate.

                $$
                c_t = f_t \\odot c_{t-1} + i_t \\odot g_t
                $$

                ```text
                a very long line of code that is much wider than the six hundred pixels of this pane, so it wraps here
                ```
                """);
        List<org.gatelab.ui.canvas.FormulaNode> formulas = org.gatelab.ui.testing.Nodes.byType(doc,
                org.gatelab.ui.canvas.FormulaNode.class);
        assertEquals(List.of("h_{t-1}", "c_t = f_t \\odot c_{t-1} + i_t \\odot g_t"),
                formulas.stream().map(org.gatelab.ui.canvas.FormulaNode::latex).toList());
        assertTrue(texts(doc).stream().noneMatch(t -> t.getText().contains("h_{t-1}") || t.getText().contains("$")),
                "no raw LaTeX shown");
        var inline = formulas.get(0);
        assertTrue(inline.box().width() > 0 && inline.box().ascent() > 0.3 * inline.getFont().getSize(),
                "typeset at the text's size: " + inline.box() + " at " + inline.getFont().getSize() + " px");
        assertTrue(doc.getChildren().get(1).getStyleClass().contains(MarkdownRenderer.DISPLAY_MATH));
        double small = inline.box().width();
        robot.interact(() -> {
            doc.setStyle("-fx-font-size: 26px;");
            doc.applyCss();
        });
        assertTrue(inline.box().width() > 1.5 * small, "the formula grows with the text: " + small + " -> "
                + inline.box().width());
        robot.interact(() -> doc.layout());
        assertTrue(org.gatelab.ui.testing.Nodes.byType(doc, javafx.scene.control.ScrollBar.class).isEmpty());
        Node code = doc.getChildren().get(2);
        assertTrue(code.getBoundsInParent().getWidth() <= host.getWidth() + 0.5, "the code wraps inside the pane: "
                + code.getBoundsInParent() + " in " + host.getWidth());
    }

    private static List<String> markers(Node list) {
        assertTrue(list.getStyleClass().contains(MarkdownRenderer.LIST));
        List<String> out = new ArrayList<>();
        for (Node row : ((VBox) list).getChildren()) {
            out.add(((Label) ((Parent) row).getChildrenUnmodifiable().get(0)).getText());
        }
        return out;
    }

    @Test
    void aLinkIsTextWithItsAddressInATooltipAndHtmlIsShownAsText(FxRobot robot) throws Exception {
        VBox doc = render(robot, "See [the paper](https://example.org/lstm.pdf) and <b>raw</b>.");
        Text link = text(doc, "the paper");
        assertTrue(link.getStyleClass().contains(MarkdownRenderer.LINK));
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) link.getProperties().values().stream()
                .filter(v -> v instanceof javafx.scene.control.Tooltip).findFirst().orElseThrow();
        assertEquals("https://example.org/lstm.pdf", tip.getText());
        assertNotNull(text(doc, "<b>"));
    }

    @Test
    void anImageInTheLessonsFolderIsShown(FxRobot robot) throws Exception {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", lessonFolder().resolve("gate.png").toFile());
        VBox doc = render(robot, "![a gate](gate.png)");
        ImageView view = (ImageView) ((TextFlow) doc.getChildren().get(0)).getChildren().get(0);
        assertEquals(40, view.getImage().getWidth());
        assertEquals(20, view.getImage().getHeight());
    }

    @Test
    void refusedAndMissingImagesBecomeNotesNeverExceptions(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("secret.png"), "not for lessons");
        VBox doc = render(robot, """
                ![outside](../secret.png)

                ![absolute](/etc/passwd)

                ![web](https://example.org/x.png)

                ![missing](nothing-here.png)

                ![not a picture](notes.md)
                """.replace("notes.md", writeNotes()));
        List<Text> notes = texts(doc).stream().filter(t -> t.getStyleClass().contains(MarkdownRenderer.NOTE)).toList();
        assertEquals(5, notes.size(), texts(doc).stream().map(Text::getText).toList().toString());
        assertTrue(notes.get(0).getText().contains("leaves its folder"), notes.get(0).getText());
        assertTrue(notes.get(1).getText().contains("absolute"), notes.get(1).getText());
        assertTrue(notes.get(2).getText().contains("URL"), notes.get(2).getText());
        assertTrue(notes.get(3).getText().contains("no such file"), notes.get(3).getText());
        assertTrue(notes.get(4).getText().contains("could not be read"), notes.get(4).getText());
        assertTrue(robot.lookup(".md-image").queryAll().isEmpty());
    }

    private String writeNotes() throws Exception {
        Files.writeString(lessonFolder().resolve("notes.md"), "# not an image");
        return "notes.md";
    }
}
