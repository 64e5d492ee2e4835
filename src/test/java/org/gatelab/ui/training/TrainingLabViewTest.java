package org.gatelab.ui.training;

import static org.gatelab.viewmodel.training.TrainingLabFixtures.assertSameEpochs;
import static org.gatelab.viewmodel.training.TrainingLabFixtures.reference;
import static org.gatelab.viewmodel.training.TrainingLabFixtures.tinyAdding;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.gatelab.engine.trace.Trace;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.training.EpochPoint;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.training.TrainingSnapshot;
import org.gatelab.viewmodel.training.TrainingState;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.RealDataSet;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The training lab's window: its buttons drive the view model; its plots show exactly what the run recorded. */
@ExtendWith(ApplicationExtension.class)
class TrainingLabViewTest {
    private WorkspaceViewModel session;
    private TrainingLabViewModel model;
    private TrainingLabView view;
    private TrainingLabPage page;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        model = new TrainingLabViewModel(session, TaskRunner.direct(), Runnable::run);
        tinyAdding(model, 3);
        view = new TrainingLabView(model);
        page = new TrainingLabPage(view);
        Scene scene = new Scene(view, 1200, 760);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void startTrainsAndThePlotsShowTheRecordedEpochs(FxRobot robot) {
        assertEquals("▶ St_art", page.startButton().getText());
        assertEquals("3 epochs", page.shownProgressText());
        assertTrue(page.inspectButton().isDisabled(), "nothing to inspect yet");
        assertEquals(List.of(TrainingPlots.BASELINE), page.seriesNames(TrainingLabPage.Plot.LOSS),
                "before training: the line to beat");
        robot.clickOn(page.startButton());
        TrainingSnapshot s = model.snapshot();
        assertEquals(TrainingState.COMPLETED, s.state());
        assertSameEpochs(reference(model), s.epochs());
        assertEquals("epoch 3 of 3", page.shownProgressText());
        assertEquals(1.0, page.shownProgress(), 0.0);
        double[] val = page.shownCurve(TrainingLabPage.Plot.LOSS, TrainingPlots.VALIDATION);
        double[] train = page.shownCurve(TrainingLabPage.Plot.LOSS, TrainingPlots.TRAIN);
        double[] gradMean = page.shownCurve(TrainingLabPage.Plot.GRADIENT, TrainingPlots.GRAD_MEAN);
        double[] gradMax = page.shownCurve(TrainingLabPage.Plot.GRADIENT, TrainingPlots.GRAD_MAX);
        for (int i = 0; i < 3; i++) {
            EpochPoint p = s.epochs().get(i);
            assertEquals(p.valLoss(), val[i], 0.0);
            assertEquals(p.trainLoss(), train[i], 0.0);
            assertEquals(p.gradNormMean(), gradMean[i], 0.0);
            assertEquals(p.gradNormMax(), gradMax[i], 0.0);
        }
        assertArrayEquals(new double[] {1, 2, 3}, page.shownX(TrainingLabPage.Plot.LOSS, TrainingPlots.VALIDATION));
        assertArrayEquals(s.batchLoss(), page.shownCurve(TrainingLabPage.Plot.LOSS, TrainingPlots.BATCH), 0.0);
        assertArrayEquals(new double[] {s.baselineLoss(), s.baselineLoss()},
                page.shownCurve(TrainingLabPage.Plot.LOSS, TrainingPlots.BASELINE), 0.0);
        assertTrue(page.shownPlot(TrainingLabPage.Plot.LOSS).yAxis().logarithmic(), "the loss on a log axis");
        assertArrayEquals(new double[] {1, 1}, page.shownCurve(TrainingLabPage.Plot.GRADIENT, TrainingPlots.CLIP),
                0.0, "the clip norm, dashed");
        // adding problem: prediction against target, one dot per validation sequence
        double[] dots = page.shownCurve(TrainingLabPage.Plot.PREDICTIONS, PredictionPlots.DOTS);
        double[] predicted = s.predictions().points().prediction();
        for (int i = 0; i < predicted.length; i++) {
            assertEquals(predicted[i], dots[2 * i], 0.0);
            assertTrue(Double.isNaN(dots[2 * i + 1]));
        }
        assertFalse(page.figureShown(TrainingLabPage.Plot.SCORES), "the adding problem has no accuracy");
        assertTrue(page.heading(TrainingLabPage.Plot.LOSS).startsWith("Loss · validation "));
        assertTrue(page.shownStatus().startsWith("Completed 3 epochs"), page.shownStatus());
        assertFalse(page.inspectButton().isDisabled());
        assertFalse(page.settingsLocked());
    }

    @Test
    void stepPausesAndResetForgets(FxRobot robot) {
        robot.interact(page.stepButton()::fire);
        assertEquals(TrainingState.PAUSED, model.state());
        assertEquals("epoch 1 of 3 done", page.shownProgressText());
        assertEquals("▶ _Resume", page.startButton().getText());
        assertTrue(page.settingsLocked(), "settings are locked while a run is live");
        assertEquals(1, page.shownCurve(TrainingLabPage.Plot.LOSS, TrainingPlots.VALIDATION).length);
        robot.interact(page.stepButton()::fire);
        assertEquals(2, model.snapshot().epochsDone());
        robot.interact(page.startButton()::fire);
        assertEquals(TrainingState.COMPLETED, model.state());
        assertSameEpochs(reference(model), model.snapshot().epochs());
        robot.interact(page.resetButton()::fire);
        assertEquals(TrainingState.IDLE, model.state());
        assertEquals("3 epochs", page.shownProgressText());
        assertEquals(List.of(TrainingPlots.BASELINE), page.seriesNames(TrainingLabPage.Plot.LOSS));
        assertFalse(page.settingsLocked());
        assertTrue(page.resetButton().isDisabled());
    }

    @Test
    void anOutOfRangeLearningRateIsRefusedBesideTheField(FxRobot robot) {
        robot.clickOn(page.field(TrainingSetting.LEARNING_RATE)).eraseText(8).write("5000").type(
                javafx.scene.input.KeyCode.ENTER);
        assertEquals("Learning rate must be between 0.000001 and 1000, got 5000",
                page.shownProblem(TrainingSetting.LEARNING_RATE));
        assertEquals("5000", page.field(TrainingSetting.LEARNING_RATE).getText(), "the typed value stays to fix");
        assertEquals(0.01, model.settings().config().learningRate(), 0.0, "the model did not change");
        robot.interact(() -> {
            page.field(TrainingSetting.LEARNING_RATE).setText("0.02");
            page.field(TrainingSetting.LEARNING_RATE).fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("", page.shownProblem(TrainingSetting.LEARNING_RATE));
        assertEquals(0.02, model.settings().config().learningRate(), 0.0);
        robot.interact(() -> {
            page.field(TaskSetting.ADDING_LENGTH).setText("9");
            page.field(TaskSetting.ADDING_LENGTH).fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("Length T must be between 10 and 500, got 9", page.shownProblem(TaskSetting.ADDING_LENGTH));
    }

    @Test
    void aDivergingRunShowsTheLessonAndPointsAtTheGradientNorm(FxRobot robot) {
        robot.interact(() -> {
            model.setTrainingValue(TrainingSetting.LEARNING_RATE, "1000");
            model.start();
        });
        assertEquals(TrainingState.DIVERGED, model.state());
        String note = page.divergenceText();
        assertTrue(note.startsWith("⚠ Training diverged in epoch 1: a lesson, not a bug"), note);
        assertTrue(note.contains("What to try: Lower the learning rate, e.g. to 100"), note);
        assertTrue(note.contains("What happened: diverged in epoch 1, batch"), note);
        assertTrue(page.gradientHighlighted(), "the gradient-norm plot is framed");
        assertTrue(page.message(TrainingLabPage.Plot.GRADIENT).startsWith("Diverged within the first epoch"));
        assertTrue(model.currentModel().isFinite());
        assertEquals("diverged in epoch 1 of 3", page.shownProgressText());
        robot.interact(page.lowerLearningRateButton()::fire);
        assertEquals(100, model.settings().config().learningRate(), 0.0);
        assertEquals("", page.divergenceText());
        assertFalse(page.gradientHighlighted());
        assertEquals("100", page.field(TrainingSetting.LEARNING_RATE).getText());
    }

    @Test
    void inspectSendsTheTrainedModelToTheWorkspace(FxRobot robot) {
        robot.interact(page.cellButton(CellKind.GRU)::fire);
        assertEquals(CellKind.GRU, model.cell());
        robot.interact(page.startButton()::fire);
        int[] called = {0};
        robot.interact(() -> view.setOnInspect(() -> called[0]++));
        robot.interact(page.inspectButton()::fire);
        Trace trace = session.trace();
        assertEquals(CellKind.GRU, trace.cell());
        assertEquals(model.currentModel().config().hiddenSize(), trace.hiddenSize());
        assertEquals(1, called[0]);
        assertTrue(page.shownNotice().startsWith("The workspace now shows the trained GRU"), page.shownNotice());
    }

    @Test
    void classificationTasksShowAccuracyAndSymbols(FxRobot robot) {
        robot.interact(() -> {
            model.selectTask(TaskKind.COPY);
            model.setTaskValue(TaskSetting.COPY_TRAIN, "64");
            model.setTaskValue(TaskSetting.COPY_VALIDATION, "16");
            model.setTaskValue(TaskSetting.COPY_DELAY, "4");
        });
        assertEquals(TaskKind.COPY, page.taskChoice().getValue());
        assertTrue(page.shownExplanation().startsWith("The model is shown 3 symbols"), page.shownExplanation());
        assertTrue(page.shownDataText().contains("guessing scores"), page.shownDataText());
        robot.interact(page.startButton()::fire);
        robot.interact(() -> { });
        assertTrue(page.figureShown(TrainingLabPage.Plot.SCORES));
        double[] acc = page.shownCurve(TrainingLabPage.Plot.SCORES, TrainingPlots.ACCURACY);
        for (int i = 0; i < acc.length; i++) {
            assertEquals(model.snapshot().epochs().get(i).accuracy(), acc[i], 0.0);
        }
        assertArrayEquals(new double[] {0.2, 0.2}, page.shownCurve(TrainingLabPage.Plot.SCORES, TrainingPlots.CHANCE),
                1e-12, "guessing: one of 5 outputs");
        assertTrue(page.shownLabelRows() > 0, "rows of symbols are drawn");
        assertTrue(page.heading(TrainingLabPage.Plot.PREDICTIONS).startsWith("Predicted symbols · after 3 epochs"));
    }

    @Test
    void forecastingTasksStateTheirNormalisation(FxRobot robot) {
        robot.interact(() -> model.selectTask(TaskKind.RANDOM_WALK));
        assertTrue(page.shownDataText().contains("Values are z-scored with mean 10"), page.shownDataText());
        assertTrue(page.shownDataText().contains("from the training part"), page.shownDataText());
        robot.interact(() -> {
            model.setTaskValue(TaskSetting.WALK_SERIES, "200");
            model.setTrainingValue(TrainingSetting.EPOCHS, "1");
            model.start();
        });
        assertEquals(List.of(TrainingPlots.BATCH, TrainingPlots.TRAIN, TrainingPlots.VALIDATION,
                TrainingPlots.BASELINE, TrainingPlots.NAIVE), page.seriesNames(TrainingLabPage.Plot.LOSS));
        assertEquals(List.of(PredictionPlots.TARGET, PredictionPlots.FORECAST),
                page.seriesNames(TrainingLabPage.Plot.PREDICTIONS));
        double[] x = page.shownX(TrainingLabPage.Plot.PREDICTIONS, PredictionPlots.TARGET);
        assertEquals(160, x[0], 0.0, "the validation part starts at 80% of 200");
    }

    @Test
    void theGalleryShowsTheChosenRecordingsCreditAndItsReferences(FxRobot robot) {
        assertEquals("", page.shownCredit(), "a generated task has no credit");
        assertEquals(null, page.dataSetChoice(), "no recording to choose for the adding problem");
        robot.interact(() -> page.taskChoice().setValue(TaskKind.REAL));
        assertEquals(RealDataSet.CO2, page.dataSetChoice().getValue(), "the gallery opens on the CO2 record");
        assertTrue(page.shownCredit().startsWith("Data: Keeling, C.D. and T.P. Whorf. 2004."), page.shownCredit());
        assertTrue(page.shownCredit().endsWith("Licence: public domain."), page.shownCredit());
        assertTrue(page.shownDataText().contains("the naive forecast, 0.00157, the seasonal naive (52 steps), 0.0202, "
                + "and the linear AR(20), 0.00122"), page.shownDataText());
        assertTrue(page.shownDataText().contains("59 missing values filled in"), page.shownDataText());
        // choosing a recording that requires attribution shows its citation, and the detectors' scores
        robot.interact(() -> page.dataSetChoice().setValue(RealDataSet.SENSORS_INDOOR));
        assertEquals(RealDataSet.SENSORS_INDOOR, model.dataSet());
        assertTrue(page.shownCredit().contains("Labelled data collection for anomaly detection in wireless sensor "
                + "networks"), page.shownCredit());
        assertTrue(page.shownCredit().endsWith("Licence: ODC-BY-1.0 and CC-BY-4.0: attribution required."));
        assertTrue(page.shownDataText().contains("as detectors (precision, recall): naive forecast 95.0%, 81.2%; "
                + "linear AR(20) 95.1%, 82.1%"), page.shownDataText());
        assertEquals(model.explanationProperty().get(), page.shownExplanation());
        // the differencing field belongs to the task's form
        robot.interact(() -> model.setTaskValue(TaskSetting.REAL_DIFFERENCE, "1"));
        assertEquals("1", page.field(TaskSetting.REAL_DIFFERENCE).getText());
        assertTrue(page.shownDataText().contains("differenced: the model reads the changes"), page.shownDataText());
    }

    @Test
    void aCorruptSettingsFileIsReportedUnderThePlots(FxRobot robot, @org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("lab.json");
        java.nio.file.Files.writeString(file, "{\"gatelab\": \"experiment\", \"task\": {\"kind\": \"adding\", "
                + "\"length\": 9999}}");
        var before = model.settings();
        robot.interact(() -> model.loadSettings(file));
        assertEquals("lab.json: field \"task.length\": length T must be between 10 and 500, got 9999",
                page.shownNotice());
        assertEquals(before, model.settings());
        assertEquals("10", page.field(TaskSetting.ADDING_LENGTH).getText(), "the form still shows the settings");
        robot.interact(() -> model.saveSettings(file));
        assertEquals("Saved the settings to lab.json.", page.shownNotice());
    }

    @Test
    void theViewIsNotBlank(FxRobot robot) {
        robot.interact(() -> model.start());
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = Snapshots.of(view));
        assertNotNull(img[0]);
        assertTrue(Snapshots.variance(img[0]) > 0);
        robot.interact(() -> img[0] = Snapshots.of(page.figureRegion(TrainingLabPage.Plot.LOSS)));
        assertTrue(Snapshots.variance(img[0]) > 0, "the loss plot draws something");
    }
}
