package org.gatelab.ui.training;

import static org.gatelab.viewmodel.training.TrainingLabFixtures.tinyAdding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lab at a projector's largest type (3x of a 13 px font on 1366x768): the run bar's buttons and texts show
 * whole (they wrap to another line instead; the Start button read "▶ …"), and the charts keep a height that grows
 * with the type, the lab scrolling instead (the loss chart was squeezed to a line under the task's text).
 */
@ExtendWith(ApplicationExtension.class)
class LabAtLargeTypeTest {
    private static final double FONT = 39;
    private TrainingLabView view;

    @Start
    void start(Stage stage) {
        TrainingLabViewModel model = new TrainingLabViewModel(new WorkspaceViewModel(TaskRunner.direct()),
                TaskRunner.direct(), Runnable::run);
        tinyAdding(model, 3);
        view = new TrainingLabView(model);
        view.setStyle("-fx-font-size: " + FONT + "px;");
        Scene scene = new Scene(view, 1366, 768);
        Theme.DARK.applyTo(scene);
        stage.setScene(scene);
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    @Test
    void theRunBarShowsWholeAndTheChartsKeepTheirRoom(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Parent bar = robot.lookup(".lab-run-bar").query();
        int labeled = 0;
        for (Node n : bar.getChildrenUnmodifiable()) {
            if (!(n instanceof Labeled l) || !l.isVisible() || l.getText() == null || l.getText().isEmpty()) {
                continue;
            }
            labeled++;
            Text shown = (Text) robot.from(l).lookup(".text").query();
            String full = l.getText().replace("_", "");
            assertEquals(full, shown.getText().replace("_", ""), "shown whole: " + l.getId());
        }
        assertTrue(labeled >= 5, labeled + " labelled controls in the run bar");
        Node loss = robot.lookup("#lab-loss").query();
        assertTrue(loss.getLayoutBounds().getHeight() >= 8 * FONT,
                "the loss chart keeps room for its axes and a curve: " + loss.getLayoutBounds().getHeight());
    }
}
