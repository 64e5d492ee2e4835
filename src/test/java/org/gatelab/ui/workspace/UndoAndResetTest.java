package org.gatelab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatelab.ui.testing.CourseWindow;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14's undo and "reset everything", in the real window: Ctrl+Z and the Undo button put back the settings
 * before each change, newest first; "Reset everything" returns to the workspace's start (and can be undone); a
 * lesson's scene is not the user's change and is not undone.
 */
@ExtendWith(ApplicationExtension.class)
class UndoAndResetTest {
    @TempDir
    Path user;
    private AppView shell;

    @Start
    void start(Stage stage) {
        shell = CourseWindow.of(user);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    private WorkspaceViewModel workspace() {
        return shell.player().session();
    }

    @Test
    void ctrlZAndUndoPutBackEachChangeAndResetEverythingReturnsToTheStart(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(shell.tabs().getTabs().stream()
                .filter(t -> "tab-workspace".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Button undo = robot.lookup("#workspace-undo").queryAs(Button.class);
        assertTrue(undo.isDisabled(), "nothing to undo at the start");
        WorkspaceSettings start = workspace().settings();
        robot.interact(() -> {
            workspace().setCell(CellKind.GRU);
            workspace().setHiddenSize(12);
            workspace().setSeed(7);
        });
        assertFalse(undo.isDisabled());
        robot.interact(() -> shell.requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start.withCell(CellKind.GRU).withHiddenSize(12), workspace().settings(), "Ctrl+Z: the seed back");
        robot.clickOn(undo);
        assertEquals(start.withCell(CellKind.GRU), workspace().settings(), "Undo: the size back");

        robot.interact(() -> {
            workspace().timeline().toEnd();
            workspace().selection().selectUnit(3);
        });
        robot.clickOn("#workspace-reset-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WorkspaceSettings.defaults(), workspace().settings());
        assertEquals(0, workspace().timeline().step());
        assertEquals(0, workspace().selection().unit());
        robot.clickOn(undo);
        assertEquals(start.withCell(CellKind.GRU), workspace().settings(), "reset everything can be undone");
        robot.clickOn(undo);
        assertEquals(start, workspace().settings());
        assertTrue(undo.isDisabled(), "back at the start: nothing left to undo");

        robot.interact(() -> workspace().setAll(start.withCell(CellKind.RNN)));
        assertTrue(undo.isDisabled(), "a lesson's scene is not the user's change");
    }
}
