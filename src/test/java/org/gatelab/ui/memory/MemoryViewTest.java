package org.gatelab.ui.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.memory.MemorySources;
import org.gatelab.viewmodel.memory.MemoryViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Memory tab's view against its model: the controls show the model's choices; the button opens the workspace. */
@ExtendWith(ApplicationExtension.class)
class MemoryViewTest {
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(TaskRunner.direct());
    private MemoryViewModel model;
    private final AtomicInteger switched = new AtomicInteger();

    @Start
    void start(Stage stage) {
        workspace.timeline().setTransitionMillis(0);
        model = new MemoryViewModel(TaskRunner.direct(), workspace, MemorySources.bundled(Path.of("assets", "models")));
        MemoryView view = new MemoryView(model);
        view.setOnShowInWorkspace(switched::incrementAndGet);
        Scene scene = new Scene(view, 1366, 720);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFirstModelIsRankedWhenShownAndTheControlsFollowTheModel(FxRobot robot) {
        assertNotNull(model.pictureProperty().get(), "ranked when the view joined the window");
        ComboBox<?> source = robot.lookup("#memory-model").queryAs(ComboBox.class);
        assertEquals(model.sources().get(0), source.getValue());
        assertEquals("first marked value", robot.lookup("#memory-quantity").queryAs(ComboBox.class).getValue());
        assertEquals("cell state c", robot.lookup("#memory-state").queryAs(ComboBox.class).getValue());
        assertEquals(model.unitProperty().get(), robot.lookup("#memory-unit").queryAs(Spinner.class).getValue());
        assertEquals(model.summaryProperty().get(), robot.lookup("#memory-summary").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#memory-figure").queryAs(MemoryFigureView.class).lastDrawingSize() != null);

        robot.interact(() -> model.setSource(model.sources().get(2)));
        assertEquals("hidden state h", robot.lookup("#memory-state").queryAs(ComboBox.class).getValue());
        assertEquals(1, robot.lookup("#memory-state").queryAs(ComboBox.class).getItems().size(), "an RNN has no c");
    }

    @Test
    void theButtonOpensTheUnitInTheWorkspace(FxRobot robot) {
        Button b = robot.lookup("#memory-show-diagram").queryAs(Button.class);
        assertFalse(b.isDisabled());
        robot.clickOn(b);
        assertEquals(1, switched.get());
        assertNotNull(workspace.inspectionProperty().get());
        assertEquals(model.unitProperty().get(), workspace.selection().unit());
    }
}
