package org.gatelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.gatelab.io.ResultsCsv;
import org.gatelab.lesson.Check;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.lesson.CheckJudge;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A check card in the window: the options in the learner's order, the chosen option's feedback scrolled into
 * view, Skip, and the learner's results saved from the lesson list.
 */
@ExtendWith(ApplicationExtension.class)
class CheckCardTest {
    /** A step long enough that its check sits below the fold of a laptop screen. */
    static final String LESSON = """
            ---
            id: 06-cards
            title: Cards
            summary: Long text, then checks.
            level: beginner
            minutes: 5
            ---
            ## A long read
            ```scene
            cell: gru
            hidden: 3
            seed: 2
            length: 10
            step: 4
            views: [diagram]
            ```
            %s
            ```check
            kind: choice
            question: Which gate decides how much of h_{t-1} is kept?
            options:
              - the reset gate r
              - the update gate z
              - the candidate n
            answer: 2
            feedback:
              - r only scales what h_{t-1} adds to the candidate.
              - z mixes the old state and the candidate.
              - n is the new content, not a gate.
            explain: h_t = (1 - z_t) n_t + z_t h_{t-1}.
            ```
            ```check
            kind: predict
            question: z of unit 0 at t = 4?
            quantity: gate
            gate: z
            t: 4
            tolerance: 0.05
            explain: Near a half at the start.
            ```
            """.formatted("A paragraph of reading that takes room on the screen.\n\n".repeat(40));

    @TempDir
    Path dir;
    private AppView shell;
    private final List<Path> saved = new ArrayList<>();

    @Start
    void start(Stage stage) {
        LessonFixtures.write(LessonFixtures.lessons(dir), "06-cards.md", LESSON);
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        shell = LessonFixtures.shell(dir, session, new ArrayList<>(), (owner, name) -> {
            Path file = dir.resolve(name);
            saved.add(file);
            return file;
        });
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    private LessonPlayerViewModel player() {
        return shell.player();
    }

    private LessonPlayerView pane() {
        return shell.lessonDock().pane();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(0));
        robot.clickOn("#lesson-open-06-cards");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True when {@code node} lies wholly inside the lesson pane's scrolled viewport. */
    private boolean inView(Node node) {
        ScrollPane scroll = (ScrollPane) pane().lookup(".lesson-scroll");
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
    }

    @Test
    void theOptionsComeInTheLearnersOrderEachWithItsAuthoredIndex(FxRobot robot) {
        open(robot);
        int[] order = player().optionOrder(0);
        Check.Choice c = (Check.Choice) player().step().checks().get(0);
        List<Node> shown = robot.lookup("#check-0").queryAs(CheckCard.class).lookupAll(".radio-button").stream()
                .toList();
        assertEquals(3, shown.size());
        for (int k = 0; k < 3; k++) {
            RadioButton b = (RadioButton) shown.get(k);
            assertEquals(order[k], b.getUserData());
            assertEquals(c.options().get(order[k]), b.getText());
            assertEquals("check-0-option-" + order[k], b.getId());
        }
    }

    @Test
    void theVerdictWithTheChosenOptionsFeedbackIsScrolledIntoView(FxRobot robot) {
        open(robot);
        Node verdict = robot.lookup("#verdict-0").query();
        assertFalse(inView(robot.lookup("#check-0").query()), "the check starts below the fold");
        robot.interact(() -> player().answerChoice(0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        Check.Choice c = (Check.Choice) player().step().checks().get(0);
        assertEquals("✗ " + CheckJudge.choice(c, 0).message(), pane().card(0).verdictText());
        assertTrue(pane().card(0).verdictText().contains("r only scales what h_{t-1} adds to the candidate."));
        assertTrue(inView(verdict), "the feedback is on screen, not below the fold");
    }

    @Test
    void skipShowsTheAnswerAndTakesNoMoreAnswers(FxRobot robot) {
        open(robot);
        robot.interact(() -> robot.lookup("#check-1-skip").query().requestFocus());
        robot.clickOn("#check-1-skip");
        WaitForAsyncUtils.waitForFxEvents();
        String said = pane().card(1).verdictText();
        assertTrue(said.startsWith("Skipped. The engine records "), said);
        assertTrue(robot.lookup("#verdict-1").query().getStyleClass().contains(CheckCard.SKIPPED));
        assertTrue(robot.lookup("#check-1-number").query().isDisabled(), "no answer after the answer was shown");
        assertFalse(robot.lookup("#check-1-skip").query().isVisible());
        assertTrue(player().progress("06-cards").check(0, 1).skipped());
        assertFalse(player().stepFinished(player().lesson(), 0), "the choice is still open");

        robot.interact(() -> player().answerChoice(0, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#check-0-skip").query().isVisible(), "answered: nothing to skip");
        assertTrue(player().stepFinished(player().lesson(), 0));
    }

    @Test
    void exportMyResultsSavesTheCsvWhereTheLearnerChose(FxRobot robot) throws IOException {
        open(robot);
        robot.interact(() -> {
            player().answerChoice(0, 1);
            player().skip(1);
        });
        robot.clickOn("#lesson-all");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-export-results");
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("gatelab-results.csv");
        assertEquals(List.of(file), saved, "the dialog suggests gatelab-results.csv");
        List<String> lines = Files.readAllLines(file);
        assertEquals(String.join(",", ResultsCsv.HEADER), lines.get(0));
        assertTrue(lines.get(1).startsWith("06-cards,1.1,Which gate decides how much of h_{t-1} is kept?,"
                + "the update gate z,true,1,false,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("06-cards,1.2,z of unit 0 at t = 4?,,,0,true,"), lines.get(2));
        assertEquals("Saved 2 checks to " + file, robot.lookup("#lesson-export-status").queryLabeled().getText());
        assertEquals("Checks: 1 right on the first try · 1 answered · 1 skipped, of 2",
                shell.lessonList().card("06-cards").checksText());
    }
}
