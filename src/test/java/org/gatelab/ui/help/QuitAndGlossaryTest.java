package org.gatelab.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatelab.lesson.Glossary;
import org.gatelab.ui.canvas.FormulaNode;
import org.gatelab.ui.lesson.GlossaryPane;
import org.gatelab.ui.lesson.MarkdownRenderer;
import org.gatelab.ui.testing.CourseWindow;
import org.gatelab.ui.testing.Nodes;
import org.gatelab.ui.window.AppView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14's small things a class expects, in the real window: Ctrl+Q quits (through the window's close request,
 * so what runs on closing runs), and Help &gt; Glossary shows the terms the lessons use, maths typeset, a link to
 * another term opening that term.
 */
@ExtendWith(ApplicationExtension.class)
class QuitAndGlossaryTest {
    @TempDir
    Path user;
    private AppView shell;

    @Start
    void start(Stage stage) {
        shell = CourseWindow.of(user);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
        HelpWiring.install(shell, new AboutInfo("test", user, null, user.resolve("lessons"), null), f -> { });
    }

    @Test
    void ctrlQClosesTheWindowThroughItsCloseRequest(FxRobot robot) {
        Stage[] second = new Stage[1];
        boolean[] asked = new boolean[1];
        robot.interact(() -> {
            // a second window, so the test's own stays open
            second[0] = new Stage();
            AppView other = CourseWindow.of(user.resolve("other"));
            second[0].setScene(new Scene(other, 1000, 640));
            second[0].setOnCloseRequest(e -> asked[0] = true);
            second[0].show();
            second[0].requestFocus();
            other.requestFocus();
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(asked[0], "the close request ran");
        assertFalse(second[0].isShowing(), "Ctrl+Q closed the window");
    }

    @Test
    void helpGlossaryShowsTheTermsAndALinkOpensItsTerm(FxRobot robot) {
        HelpMenu menu = robot.lookup("#help-menu").queryAs(HelpMenu.class);
        robot.interact(() -> menu.getItems().stream().filter(i -> "help-glossary".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        GlossaryPane pane = robot.lookup("#glossary").queryAs(GlossaryPane.class);
        assertEquals(Glossary.bundled().entries().get(0), pane.shown(), "the first term on show");
        robot.interact(() -> pane.show("cell-state"));
        assertEquals("Cell state", pane.shown().term());
        assertTrue(Nodes.byType(pane, FormulaNode.class).stream().anyMatch(f -> f.latex().contains("c_t")),
                "its maths typeset");
        var link = Nodes.byType(pane, javafx.scene.text.Text.class).stream()
                .filter(t -> t.getStyleClass().contains(MarkdownRenderer.GLOSSARY_LINK)
                        && t.getText().contains("forget gate")).findFirst().orElseThrow();
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("forget-gate", pane.shown().id(), "a link to another term opens it");
        robot.interact(() -> pane.getScene().getWindow().hide());
    }
}
