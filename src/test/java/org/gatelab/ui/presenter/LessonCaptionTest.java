package org.gatelab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.ui.lesson.LessonCaption;
import org.gatelab.ui.testing.CourseWindow;
import org.gatelab.ui.testing.Nodes;
import org.gatelab.ui.window.AppView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, defect 8: presenter mode showed neither the lesson step's title nor its question, so PageDown changed
 * the scene without the class knowing why. In the real window on the bundled lesson 01: the caption band names the
 * step and asks its question with its options; A shows the room the answer and its explanation; PageDown moves the
 * caption on with the scene; outside presenter mode the band is gone (the lesson pane has it all).
 */
@ExtendWith(ApplicationExtension.class)
class LessonCaptionTest {
    @TempDir
    Path user;
    private AppView shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = CourseWindow.of(user);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    @AfterEach
    void leave(FxRobot robot) {
        robot.interact(() -> {
            shell.presenter().exit();
            stage.setFullScreen(false);
        });
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.interact(() -> shell.requestFocus());
        for (KeyCode k : keys) {
            robot.type(k);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LessonCaption caption(FxRobot robot) {
        return robot.lookup("#lesson-caption").queryAs(LessonCaption.class);
    }

    private String captionText(FxRobot robot) {
        return String.join(" ", Nodes.texts(caption(robot)));
    }

    @Test
    void theRoomSeesTheStepsTitleAndQuestionAndOnATheAnswerWithItsExplanation(FxRobot robot) {
        Lesson lesson = CourseWindow.lesson(shell, "01");
        Check.Choice check = (Check.Choice) lesson.steps().get(0).checks().get(0);
        robot.interact(() -> shell.player().open(lesson));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(caption(robot).isVisible(), "outside presenter mode the lesson pane has the step");

        press(robot, KeyCode.F5);
        assertTrue(caption(robot).isVisible());
        String shown = captionText(robot);
        assertTrue(shown.contains(lesson.steps().get(0).title()), shown);
        assertTrue(shown.contains("step 1 of " + lesson.steps().size()), shown);
        assertTrue(shown.contains("reverse order"), "the question: " + shown);
        for (String option : check.options()) {
            assertTrue(shown.contains(option), "option \"" + option + "\" in " + shown);
        }
        String explanationStart = check.explain().substring(0, 20);
        assertFalse(shown.contains(explanationStart), "no answer before A: " + shown);

        press(robot, KeyCode.A);
        shown = captionText(robot);
        assertTrue(shown.contains("The answer is \"" + check.options().get(check.answer()) + "\""), shown);
        assertTrue(shown.contains(explanationStart), "the explanation: " + shown);
        assertTrue(shell.player().checkSkipped(0), "revealed to the room, the check counts as skipped");

        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(1, shell.player().stepIndex());
        shown = captionText(robot);
        assertTrue(shown.contains(lesson.steps().get(1).title()), "the caption follows the step: " + shown);
        assertFalse(shown.contains(explanationStart), shown);

        press(robot, KeyCode.ESCAPE);
        assertFalse(caption(robot).isVisible());
        assertFalse(caption(robot).isManaged(), "and it takes no room");
    }
}
