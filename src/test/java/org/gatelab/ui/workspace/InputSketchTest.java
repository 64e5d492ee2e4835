package org.gatelab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gatelab.ui.testing.CourseWindow;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.SequenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14: draw an input sequence with the mouse. A drag across the sketch in the real window becomes the typed
 * sequence the engine runs on: a bar drawn at the top is 1 at its step, one at the bottom −1, the rest kept.
 */
@ExtendWith(ApplicationExtension.class)
class InputSketchTest {
    @TempDir
    Path user;
    private AppView shell;

    @Start
    void start(Stage stage) {
        shell = CourseWindow.of(user);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    @Test
    void aDragAcrossTheSketchBecomesTheInputTheEngineRunsOn(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(shell.tabs().getTabs().stream()
                .filter(t -> "tab-workspace".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        WorkspaceViewModel w = shell.player().session();
        robot.interact(() -> w.setLength(10));
        InputSketch sketch = robot.lookup("#input-sketch").queryAs(InputSketch.class);
        robot.interact(() -> ((javafx.scene.control.ScrollPane) shell.workspace().getLeft()).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        double before = w.trace().layer(0).input(5, 0, 0);
        Bounds b = sketch.localToScreen(sketch.getBoundsInLocal());
        double col = b.getWidth() / 10;
        // step 2 pulled to the top, step 7 to the bottom
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 2.5 * col, b.getMinY() + 1));
        robot.press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // the typed sequence's fields appear above the sketch: find it again
        robot.interact(() -> ((javafx.scene.control.ScrollPane) shell.workspace().getLeft()).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds a = sketch.localToScreen(sketch.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(a.getMinX() + 7.5 * col, a.getMaxY() - 1));
        robot.press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SequenceKind.CUSTOM, w.settings().source());
        assertEquals(10, w.trace().length());
        assertTrue(w.trace().layer(0).input(2, 0, 0) > 0.95, "drawn at the top: " + w.trace().layer(0).input(2, 0, 0));
        assertTrue(w.trace().layer(0).input(7, 0, 0) < -0.95, "at the bottom: " + w.trace().layer(0).input(7, 0, 0));
        assertEquals(Math.round(before * 100) / 100.0, w.trace().layer(0).input(5, 0, 0), 1e-9, "the rest kept");
    }
}
