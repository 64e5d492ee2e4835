package org.gatelab.ui.lesson;

import org.gatelab.lesson.markdown.DisplayMath;
import org.gatelab.lesson.markdown.InlineMath;
import org.gatelab.lesson.markdown.LessonMarkdown;
import org.gatelab.render.math.PlainMath;
import org.gatelab.ui.canvas.FormulaNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.gatelab.lesson.LessonPaths;

/**
 * Lesson Markdown as JavaFX nodes: paragraphs and headings as {@link TextFlow}s, emphasis, code and links as
 * styled {@link Text}s, lists, block quotes and code blocks as boxes, images through {@link LessonPaths}. There is
 * no WebView and nothing is run: a link is shown as text with its address in a tooltip, raw HTML as its text, and
 * an image that is refused or missing as a short note.
 */
public final class MarkdownRenderer {
    public static final String DOCUMENT = "md-document";
    public static final String PARAGRAPH = "md-paragraph";
    public static final String HEADING = "md-heading";
    public static final String TEXT = "md-text";
    public static final String STRONG = "md-strong";
    public static final String EMPHASIS = "md-emph";
    public static final String CODE = "md-code";
    public static final String LINK = "md-link";
    public static final String CODE_BLOCK = "md-code-block";
    public static final String DISPLAY_MATH = "md-display-math";
    public static final String GLOSSARY_LINK = "md-glossary-link";
    public static final String LIST = "md-list";
    public static final String LIST_MARKER = "md-list-marker";
    public static final String QUOTE = "md-quote";
    public static final String IMAGE = "md-image";
    public static final String NOTE = "md-note";

    /** Widest an image is shown, in pixels (smaller images keep their size). */
    static final double MAX_IMAGE_WIDTH = 520;
    private static final Parser PARSER = LessonMarkdown.parser();

    private final LessonPaths paths;
    private final Path folder;
    private java.util.function.Consumer<String> onGlossary = term -> { };

    /**
     * @param paths  how image paths resolve (the app's assets folder)
     * @param folder the lesson's own folder
     */
    public MarkdownRenderer(LessonPaths paths, Path folder) {
        this.paths = paths;
        this.folder = folder;
    }

    /** What a click on a glossary link does with the term's id (by default nothing: the link has a tooltip). */
    public MarkdownRenderer onGlossaryLink(java.util.function.Consumer<String> action) {
        onGlossary = action == null ? term -> { } : action;
        return this;
    }

    /** The Markdown as a column of blocks (empty text gives an empty box). */
    public VBox render(String markdown) {
        VBox box = new VBox();
        box.getStyleClass().add(DOCUMENT);
        if (markdown != null && !markdown.isBlank()) {
            blocks(PARSER.parse(markdown), box);
        }
        return box;
    }

    /**
     * The Markdown as one line of plain text, its maths as their plain Unicode reading ({@code $h_{t-1}$} as
     * {@code hₜ₋₁}): what a screen reader says for a typeset option, and what a plain label shows.
     */
    public static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        plain(PARSER.parse(markdown), out);
        return out.toString().strip().replaceAll("\\s{2,}", " ");
    }

    private static void plain(org.commonmark.node.Node parent, StringBuilder out) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof InlineMath m) {
                out.append(PlainMath.of(m.latex()));
            } else if (n instanceof DisplayMath m) {
                out.append(' ').append(PlainMath.of(m.latex())).append(' ');
            } else if (n instanceof org.commonmark.node.Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            } else {
                plain(n, out);
                if (n instanceof Paragraph || n instanceof ListItem || n instanceof Heading) {
                    out.append(' ');
                }
            }
        }
    }

    private void blocks(org.commonmark.node.Node parent, VBox into) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            javafx.scene.Node block = block(n);
            if (block != null) {
                into.getChildren().add(block);
            }
        }
    }

    private javafx.scene.Node block(org.commonmark.node.Node n) {
        if (n instanceof Paragraph) {
            return flow(n, PARAGRAPH);
        }
        if (n instanceof Heading h) {
            return flow(h, HEADING, "md-h" + Math.min(6, Math.max(1, h.getLevel())));
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            return list(n);
        }
        if (n instanceof BlockQuote) {
            VBox quote = new VBox();
            quote.getStyleClass().add(QUOTE);
            blocks(n, quote);
            return quote;
        }
        if (n instanceof DisplayMath m) {
            FormulaNode formula = new FormulaNode(m.latex(), true);
            // wider than the pane, it is set smaller rather than cut (the pane has no horizontal scroll bar)
            formula.setMinWidth(0);
            HBox line = new HBox(formula);
            line.getStyleClass().add(DISPLAY_MATH);
            line.setMinWidth(0);
            line.widthProperty().addListener((obs, o, w) -> formula.setFitWidth(
                    w.doubleValue() - line.snappedLeftInset() - line.snappedRightInset()));
            return line;
        }
        if (n instanceof FencedCodeBlock f) {
            return codeBlock(f.getLiteral());
        }
        if (n instanceof IndentedCodeBlock c) {
            return codeBlock(c.getLiteral());
        }
        if (n instanceof HtmlBlock html) {
            TextFlow flow = new TextFlow(text(html.getLiteral().strip(), List.of()));
            flow.getStyleClass().add(PARAGRAPH);
            return flow;
        }
        if (n instanceof ThematicBreak) {
            return new Separator();
        }
        if (n.getFirstChild() != null) {
            VBox other = new VBox();
            blocks(n, other);
            return other;
        }
        return null;
    }

    private TextFlow flow(org.commonmark.node.Node n, String... classes) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(classes);
        inlines(n, flow, List.of(), null);
        return flow;
    }

    private VBox list(org.commonmark.node.Node list) {
        VBox box = new VBox();
        box.getStyleClass().add(LIST);
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? number++ + "." : "•");
            marker.getStyleClass().add(LIST_MARKER);
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("md-list-item");
            blocks(item, content);
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.getStyleClass().add("md-list-row");
            box.getChildren().add(row);
        }
        return box;
    }

    /**
     * Code keeps its lines and wraps a line longer than the pane, with no scroll bar to hunt for (equations are
     * typeset from {@code $$...$$}, not written as code).
     */
    private TextFlow codeBlock(String literal) {
        String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        TextFlow box = new TextFlow(text(code, List.of(CODE)));
        box.getStyleClass().add(CODE_BLOCK);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }

    /** Adds the inline children of {@code parent} to {@code flow}, each text styled with {@code styles}. */
    private void inlines(org.commonmark.node.Node parent, TextFlow flow, List<String> styles, String link) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof InlineMath m) {
                flow.getChildren().add(new FormulaNode(m.latex(), m.display()));
            } else if (n instanceof org.commonmark.node.Text t) {
                flow.getChildren().add(linked(text(t.getLiteral(), styles), link));
            } else if (n instanceof Code c) {
                flow.getChildren().add(linked(text(c.getLiteral(), with(styles, CODE)), link));
            } else if (n instanceof Emphasis) {
                inlines(n, flow, with(styles, EMPHASIS), link);
            } else if (n instanceof StrongEmphasis) {
                inlines(n, flow, with(styles, STRONG), link);
            } else if (n instanceof Link l) {
                String term = LessonMarkdown.glossaryTerm(l.getDestination());
                String tip = term != null ? "In the glossary: click to read it"
                        : l.getTitle() == null || l.getTitle().isBlank() ? l.getDestination()
                        : l.getTitle() + " · " + l.getDestination();
                int first = flow.getChildren().size();
                inlines(n, flow, with(styles, LINK), tip);
                if (term != null) {
                    for (javafx.scene.Node t : flow.getChildren().subList(first, flow.getChildren().size())) {
                        t.getStyleClass().add(GLOSSARY_LINK);
                        t.setCursor(javafx.scene.Cursor.HAND);
                        t.setOnMouseClicked(e -> onGlossary.accept(term));
                    }
                }
            } else if (n instanceof org.commonmark.node.Image image) {
                flow.getChildren().add(image(image));
            } else if (n instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", styles));
            } else if (n instanceof HtmlInline html) {
                flow.getChildren().add(text(html.getLiteral(), styles));
            } else {
                inlines(n, flow, styles, link);
            }
        }
    }

    private static Text text(String s, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().add(TEXT);
        t.getStyleClass().addAll(styles);
        return t;
    }

    private static Text linked(Text t, String link) {
        if (link != null) {
            Tooltip.install(t, new Tooltip(link));
        }
        return t;
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> out = new ArrayList<>(styles);
        out.add(style);
        return List.copyOf(out);
    }

    /** The image, or a note saying why it is not shown. */
    private javafx.scene.Node image(org.commonmark.node.Image node) {
        String alt = altText(node);
        String label = alt.isBlank() ? "image" : "image \"" + alt + "\"";
        Path file;
        try {
            file = paths.resolve(node.getDestination(), folder);
        } catch (LessonPaths.RefusedPath e) {
            return note("[" + label + " not shown: " + e.getMessage() + "]");
        }
        Image img;
        try {
            img = new Image(file.toUri().toString(), false);
        } catch (RuntimeException e) {
            return note("[" + label + " could not be read]");
        }
        if (img.isError() || img.getWidth() <= 0) {
            return note("[" + label + " could not be read as a picture]");
        }
        ImageView view = new ImageView(img);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(Math.min(img.getWidth(), MAX_IMAGE_WIDTH));
        view.getStyleClass().add(IMAGE);
        if (!alt.isBlank()) {
            Tooltip.install(view, new Tooltip(alt));
            view.setAccessibleText(alt);
        }
        return view;
    }

    private static Text note(String message) {
        Text t = new Text(message);
        t.getStyleClass().addAll(TEXT, NOTE);
        return t;
    }

    private static String altText(org.commonmark.node.Node n) {
        StringBuilder b = new StringBuilder();
        for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Text t) {
                b.append(t.getLiteral());
            } else if (c instanceof Code code) {
                b.append(code.getLiteral());
            } else {
                b.append(altText(c));
            }
        }
        return b.toString();
    }
}
