package org.gatelab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.export.ExportSubject;
import org.gatelab.render.diagram.DiagramFormat;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.ui.canvas.CanvasProbe;
import org.gatelab.ui.plots.GradientFlowPage;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.export.ExportTarget;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.training.TrainingState;
import org.gatelab.viewmodel.window.AppViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, defects 1 and 2, as the lecturer met them: train an LSTM on the adding problem in the lab, press
 * "Inspect in workspace". The overlay then shows the three cells (the trained one and the other two with their
 * initial weights) instead of "computing…" forever; the settings, the status line and the export file names
 * describe the trained model; the diagram shows both features of the input (the value and the marker).
 */
@ExtendWith(ApplicationExtension.class)
class InspectInWorkspaceTest {
    private WorkspaceViewModel session;
    private AppViewModel app;
    private AppView shell;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        app = TestApp.of(session);
        shell = new AppView(app, null);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> shell.dispose());
    }

    private void trainAndInspect(FxRobot robot) throws Exception {
        TrainingLabViewModel lab = app.training();
        robot.interact(() -> {
            shell.tabs().getSelectionModel().select(1);
            lab.selectTask(TaskKind.ADDING);
            lab.setTaskValue(TaskSetting.ADDING_LENGTH, "50");
            lab.setTaskValue(TaskSetting.ADDING_TRAIN, "64");
            lab.setTaskValue(TaskSetting.ADDING_VALIDATION, "8");
            lab.setTrainingValue(TrainingSetting.HIDDEN, "32");
            lab.setTrainingValue(TrainingSetting.EPOCHS, "1");
            lab.setTrainingValue(TrainingSetting.BATCH_SIZE, "16");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lab.dataProperty().get() != null
                && lab.dataProperty().get().trainSize() == 64);
        robot.interact(lab::start);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> lab.snapshot().state() == TrainingState.COMPLETED);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lab-inspect");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-workspace", shell.tabs().getSelectionModel().getSelectedItem().getId());
    }

    /** One training, both defects (training takes most of the test's time). */
    @Test
    void theWorkspaceShowsTheTrainedModelAsItIs(FxRobot robot) throws Exception {
        trainAndInspect(robot);
        theOverlayShowsTheTrainedModelBesideTheOtherTwoCells(robot);
        theSettingsTheStatusAndTheFileNamesDescribeTheTrainedModel(robot);
    }

    private void theOverlayShowsTheTrainedModelBesideTheOtherTwoCells(FxRobot robot) {
        GradientFlowPage flow = new GradientFlowPage(new WorkspacePage(shell.workspace()).gradientFlow());
        robot.clickOn("#flow-overlay");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", flow.message(), "no 'computing…' that never ends");
        assertEquals(List.of("RNN", "LSTM", "GRU"), flow.seriesNames());
        assertTrue(flow.legendLabels().contains("LSTM (the model inspected)"), flow.legendLabels().toString());
        assertTrue(flow.legendLabels().contains("GRU (initial weights)"));
        assertArrayEquals(session.trace().gradHiddenNormCurve(), flow.shownCurve("LSTM"), 0.0,
                "the LSTM curve is the trained model's");
        assertEquals(3, session.comparison().size());
        assertEquals(32, session.comparison().get(org.gatelab.vocabulary.CellKind.GRU).hiddenSize());
        assertTrue(flow.caption().contains("initial weights"), flow.caption());
    }

    private void theSettingsTheStatusAndTheFileNamesDescribeTheTrainedModel(FxRobot robot) throws Exception {
        Node card = robot.lookup("#inspection-card").query();
        assertTrue(card.isVisible() && card.isManaged(), "the trained model is described at the top");
        String model = robot.lookup("#inspection-model").queryAs(Label.class).getText();
        assertTrue(model.startsWith("Trained LSTM") && model.contains("Adding problem"), model);
        assertTrue(robot.lookup("#inspection-input").queryAs(Label.class).getText().contains("T = 50"));
        assertFalse(robot.lookup("#source").query().isVisible() && robot.lookup("#source").query().getParent()
                .isVisible(), "no 'Sine wave' input beside a model trained on the adding problem");
        assertEquals(32, robot.lookup("#hidden-size").queryAs(Spinner.class).getValue());
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.contains("32 units") && status.contains("T = 50") && status.contains("Adding problem"),
                status);
        assertFalse(status.contains("-0.000") || status.contains("\u22120.000"), "no negative zero: " + status);
        String name = app.exports().suggestedName(ExportTarget.of(ExportSubject.DIAGRAM), app.exports().lastChoice());
        assertTrue(name.startsWith("lstm-adding-diagram-"), name);

        // every input feature in the diagram: the adding problem's value and its marker
        robot.interact(() -> session.timeline().setStep(3));
        LayerTrace l = session.trace().layer(0);
        String both = DiagramFormat.value(l.input(3, 0, 0)) + "  " + DiagramFormat.value(l.input(3, 0, 1));
        var diagram = new WorkspacePage(shell.workspace()).diagram();
        List<String> drawn = WaitForAsyncUtils.asyncFx(() -> CanvasProbe.texts(diagram)).get(10, TimeUnit.SECONDS)
                .stream().map(CanvasProbe.Drawn::text).toList();
        assertTrue(drawn.contains(both), "x_t shows " + both + ": " + drawn);

        robot.clickOn("#inspection-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(card.isVisible(), "back to the seed's weights");
        assertTrue(robot.lookup("#source").query().isVisible());
    }
}
