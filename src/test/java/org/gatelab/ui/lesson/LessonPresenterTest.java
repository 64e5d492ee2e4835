package org.gatelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenting a lesson: the lesson pane makes way, the step's views are the ones shown, and PageDown / N and
 * PageUp / B walk through the steps with the views following; leaving presenter mode brings the pane back.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPresenterTest {
    @TempDir
    Path dir;
    private Stage stage;
    private AppView shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        LessonFixtures.write(LessonFixtures.lessons(dir), "01-demo.md", LessonFixtures.DEMO);
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        shell = LessonFixtures.shell(dir, session, new ArrayList<>());
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    @AfterEach
    void leaveFullScreen(FxRobot robot) {
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

    @Test
    void presentingALessonShowsItsStepsViewsAndTheKeysWalkThroughIt(FxRobot robot) {
        robot.clickOn("#lesson-open-01-demo");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell.lessonDock().paneShown());
        press(robot, KeyCode.F5);
        assertTrue(shell.presenter().isPresenting());
        assertFalse(shell.lessonDock().paneShown(), "the lesson pane makes way");
        assertTrue(shell.lessonDock().isHidden());
        assertEquals(0, shell.player().stepIndex());
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS), shell.workspace().shownViews(),
                "the step's views");

        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(1, shell.player().stepIndex());
        assertEquals(List.of(ViewKind.GRADIENT_HEATMAP), shell.workspace().shownViews());
        press(robot, KeyCode.B);
        assertEquals(0, shell.player().stepIndex());
        assertTrue(shell.workspace().viewShown(ViewKind.DIAGRAM));
        press(robot, KeyCode.N);
        assertEquals(1, shell.player().stepIndex());
        press(robot, KeyCode.DIGIT1);
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.GRADIENT_HEATMAP), shell.workspace().shownViews(),
                "a digit adds a view to the step's for a while");
        press(robot, KeyCode.PAGE_UP);
        assertEquals(0, shell.player().stepIndex());
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS), shell.workspace().shownViews());

        press(robot, KeyCode.F5);
        assertTrue(shell.lessonDock().paneShown(), "the lesson pane is back");
        assertEquals(0, shell.player().stepIndex());
    }

    @Test
    void f5OnTheLessonListPresentsTheWorkspace(FxRobot robot) {
        assertEquals("tab-lessons", shell.tabs().getSelectionModel().getSelectedItem().getId());
        press(robot, KeyCode.F5);
        assertEquals("tab-workspace", shell.tabs().getSelectionModel().getSelectedItem().getId());
        press(robot, KeyCode.N);
        assertTrue(shell.presenter().isPresenting(), "N without a lesson does nothing");
    }
}
