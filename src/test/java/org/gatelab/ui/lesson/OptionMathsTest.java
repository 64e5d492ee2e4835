package org.gatelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.FormulaNode;
import org.gatelab.ui.testing.Nodes;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A choice whose options hold maths shows them typeset, as the question is, never as raw {@code $h_{t-1}$}: the
 * radio button's text and accessible text are the plain reading, and clicking the typeset option picks it.
 */
@ExtendWith(ApplicationExtension.class)
class OptionMathsTest {
    static final String LESSON = """
            ---
            id: 07-maths
            title: Maths in options
            summary: Options with subscripts.
            level: beginner
            minutes: 5
            ---
            ## Options with maths
            ```scene
            cell: rnn
            hidden: 3
            seed: 2
            length: 10
            step: 4
            views: [diagram]
            ```
            ```check
            kind: choice
            question: What does $W_{hh}$ multiply?
            options:
              - the input $x_t$
              - the previous state $h_{t-1}$, before $\\tanh$
              - nothing at t = 0, since the state starts empty
            answer: 2
            feedback:
              - $W_{ih}$ multiplies the input.
              - $h_t = \\tanh(W_{ih} x_t + b_{ih} + W_{hh} h_{t-1} + b_{hh})$.
              - At t = 0 it multiplies $h_{-1} = 0$.
            explain: $W_{hh}$ carries the state from step to step.
            ```
            """;

    @TempDir
    Path dir;
    private AppView shell;

    @Start
    void start(Stage stage) {
        LessonFixtures.write(LessonFixtures.lessons(dir), "07-maths.md", LESSON);
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        shell = LessonFixtures.shell(dir, session, new ArrayList<>(), (owner, name) -> dir.resolve(name));
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(0));
        robot.clickOn("#lesson-open-07-maths");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anOptionWithMathsIsTypesetAndReadsAsPlainText(FxRobot robot) {
        open(robot);
        Node options = robot.lookup("#check-0 .lesson-options").query();
        RadioButton state = robot.lookup("#check-0-option-1").queryAs(RadioButton.class);
        assertEquals("the previous state hₜ₋₁, before tanh", state.getText());
        assertEquals(state.getText(), state.getAccessibleText());
        List<String> latex = Nodes.byType(options, FormulaNode.class).stream().map(FormulaNode::latex).toList();
        assertTrue(latex.containsAll(List.of("x_t", "h_{t-1}", "\\tanh")), latex.toString());
        for (FormulaNode f : Nodes.byType(options, FormulaNode.class)) {
            assertTrue(f.isVisible() && f.getWidth() > 0 && f.box().width() > 0, "typeset: " + f.latex());
        }
        // nothing a learner reads shows the LaTeX source: every text and label but the formulas' own is plain
        for (Text t : Nodes.byType(options, Text.class)) {
            if (t.getParent() == null || !(t.getParent().getParent() instanceof FormulaNode)) {
                assertNoRawMaths(t.getText());
            }
        }
        for (Labeled l : Nodes.byType(options, Labeled.class)) {
            if (!(l instanceof FormulaNode)) {
                assertNoRawMaths(l.getText());
            }
        }
        // the row is as tall as the typeset option wrapped to its width, not as the hidden plain text would be
        javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) state.getParent();
        Node shown = row.getChildren().get(1);
        assertTrue(state.getHeight() < 2 * state.getFont().getSize() + 8, "a bare radio button: " + state.getHeight());
        assertTrue(row.getHeight() <= shown.prefHeight(shown.getLayoutBounds().getWidth()) + 1, row.getHeight() + " tall");
        assertTrue(shown.getLayoutBounds().getWidth() > row.getWidth() / 2, "the option has the row's width");
        RadioButton plain = robot.lookup("#check-0-option-2").queryAs(RadioButton.class);
        assertEquals("nothing at t = 0, since the state starts empty", plain.getText(), "an option without maths "
                + "reads as written");
        assertTrue(plain.getParent().getStyleClass().contains("lesson-option-row"), "and lines up with the others");
    }

    @Test
    void clickingTheTypesetOptionPicksIt(FxRobot robot) {
        open(robot);
        RadioButton state = robot.lookup("#check-0-option-1").queryAs(RadioButton.class);
        Node typeset = ((javafx.scene.layout.HBox) state.getParent()).getChildren().get(1);
        assertTrue(typeset.getStyleClass().contains("lesson-option-text"));
        robot.clickOn(typeset);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.isSelected(), "a click on the maths picks its option");
        javafx.scene.control.Button submit = robot.lookup("#check-0-submit").queryAs(javafx.scene.control.Button.class);
        assertFalse(submit.isDisabled(), "an option is picked, so Check is on");
        robot.interact(submit::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell.lessonDock().pane().card(0).verdictRight());
        assertFalse(robot.lookup("#check-0-option-0").queryAs(RadioButton.class).isSelected());
    }

    private static void assertNoRawMaths(String s) {
        if (s != null) {
            assertFalse(s.contains("$") || s.contains("_{") || s.contains("\\"), "raw maths shown: \"" + s + "\"");
        }
    }
}
