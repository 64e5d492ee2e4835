package org.gatelab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.gatelab.render.Palette;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.compare.CompareCurves;
import org.gatelab.viewmodel.compare.CompareMode;
import org.gatelab.viewmodel.compare.ComparePlan;
import org.gatelab.viewmodel.compare.CompareRow;
import org.gatelab.viewmodel.compare.CompareSweep;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison view against its view model: the table and the plots show the model's rows and curves; the
 * buttons start, cancel and export; the sweep plots T; invalid lengths are refused with a message. Tiny
 * settings (adding T = 10, 64 sequences, hidden 4, 2 epochs) and a worker that queues the job, so the test
 * decides when it runs.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    private static final List<CellKind> CELLS = List.of(CellKind.RNN, CellKind.LSTM, CellKind.GRU);

    private final List<Runnable> queued = new ArrayList<>();
    private CompareViewModel model;
    private CompareView view;
    private ComparePage page;
    private Scene scene;

    @Start
    void start(Stage stage) {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        Executor worker = queued::add;
        model = tiny(new CompareViewModel(worker));
        view = new CompareView(model);
        page = new ComparePage(view);
        scene = new Scene(view, 1200, 720);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Adding problem, T = 10, 64 training / 32 validation sequences, hidden 4, 2 epochs, seed 1. */
    static CompareViewModel tiny(CompareViewModel m) {
        assertTrue(m.setTaskKind(TaskKind.ADDING));
        assertTrue(m.setTaskField("length", 10));
        assertTrue(m.setTaskField("train", 64));
        assertTrue(m.setTaskField("validation", 32));
        assertTrue(m.setHidden(4));
        assertTrue(m.setEpochs(2));
        return m;
    }

    /** Runs the queued job on the FX thread and publishes its result, as the animation timer would. */
    private void runQueued(FxRobot robot) {
        robot.interact(() -> {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
            model.drain();
        });
    }

    @Test
    void theTableAndTheCurvesShowTheModelsResults(FxRobot robot) {
        assertTrue(page.shownRows().isEmpty());
        assertTrue(page.cancelButton().isDisabled(), "nothing to cancel yet");
        assertFalse(page.startButton().isDisabled());
        assertTrue(page.exportButton().isDisabled(), "nothing to export yet");
        robot.clickOn("#compare-start");
        assertTrue(model.isRunning());
        assertFalse(page.cancelButton().isDisabled(), "cancel is enabled while it runs");
        assertTrue(page.startButton().isDisabled());
        runQueued(robot);
        assertFalse(model.isRunning());

        List<CompareRow> rows = model.rows();
        assertEquals(3, rows.size());
        assertEquals(rows, page.shownRows());
        for (int i = 0; i < 3; i++) {
            CompareRow r = rows.get(i);
            assertEquals(CELLS.get(i).name(), page.shownCell(i, "Cell"));
            assertEquals("4", page.shownCell(i, "Hidden"));
            assertEquals(CompareText.count(r.parameters()), page.shownCell(i, "Parameters"));
            assertEquals(CompareText.loss(r.trainLoss()), page.shownCell(i, "Train loss"));
            assertEquals(CompareText.loss(r.valLoss()), page.shownCell(i, "Val loss"));
            assertEquals(CompareText.loss(r.baselineValLoss()), page.shownCell(i, "Constant"));
            assertEquals(CompareText.seconds(r.secondsPerEpoch()), page.shownCell(i, "s / epoch"));
            assertEquals("completed, 2 epochs", page.shownCell(i, "Status"));
        }
        assertFalse(page.columnShown("T"), "one task: no length column");
        assertFalse(page.columnShown("Accuracy"), "the adding problem has no accuracy");

        // the curves are the model's, in the cells' series colours, train dashed
        CompareCurves curves = model.curvesProperty().get();
        assertEquals(List.of("RNN val", "LSTM val", "GRU val", "RNN train", "LSTM train", "GRU train"),
                page.curveNames());
        for (CellKind cell : CELLS) {
            assertArrayEquals(curves.validation(cell), page.shownCurve(cell.name() + " val"), 0.0);
            assertArrayEquals(curves.train(cell), page.shownCurve(cell.name() + " train"), 0.0);
        }
        assertEquals(rows.get(0).baselineValLoss(), page.shownReferences().get(0).y(), 0.0);
        Palette p = page.curvesView().palette();
        for (CellKind cell : CELLS) {
            var s = ((CompareCurvesView) page.curvesView()).plot().series().stream()
                    .filter(x -> x.name().equals(cell.name() + " train")).findFirst().orElseThrow();
            assertEquals(p.series(cell.ordinal()), s.colour());
            assertTrue(s.dashed());
        }
        assertEquals("3 of 3 models done", page.progressText());
        assertTrue(page.statusText().startsWith("Done: 3 models in"), page.statusText());
        assertFalse(page.sweepShown());
        assertFalse(page.exportButton().isDisabled());
    }

    @Test
    void budgetModeShowsEachCellsHiddenSizeLive(FxRobot robot) {
        assertEquals(List.of("4", CompareText.count(model.planByCell().get(CellKind.RNN).pytorchParameters()),
                CompareText.count(model.planByCell().get(CellKind.RNN).textbookParameters())),
                page.planRow(CellKind.RNN));
        // the radio button may sit below the form's scrolled part: fire it as a click would
        robot.interact(() -> ((javafx.scene.control.RadioButton) scene.lookup("#compare-same-budget")).fire());
        robot.interact(() -> ((javafx.scene.control.Spinner<?>) scene.lookup("#compare-budget")).getEditor()
                .setText("300"));
        for (CellKind cell : CELLS) {
            int expected = org.gatelab.training.Comparison.hiddenForBudget(cell, 2, 1, 1, 300);
            assertEquals(String.valueOf(expected), page.planRow(cell).get(0), cell + " at a budget of 300");
            ComparePlan plan = model.planByCell().get(cell);
            assertEquals(CompareText.count(plan.pytorchParameters()), page.planRow(cell).get(1));
            assertEquals(CompareText.count(plan.textbookParameters()), page.planRow(cell).get(2));
        }
        robot.interact(() -> ((javafx.scene.control.Spinner<?>) scene.lookup("#compare-budget")).getEditor()
                .setText("2000"));
        assertEquals(String.valueOf(org.gatelab.training.Comparison.hiddenForBudget(CellKind.LSTM, 2, 1, 1, 2000)),
                page.planRow(CellKind.LSTM).get(0));
        robot.clickOn("#compare-start");
        runQueued(robot);
        for (int i = 0; i < 3; i++) {
            assertEquals(String.valueOf(org.gatelab.training.Comparison.hiddenForBudget(CELLS.get(i), 2, 1, 1, 2000)),
                    page.shownCell(i, "Hidden"));
        }
    }

    @Test
    void aModeSetBeforeTheFormJoinsAWindowStaysAndClickingTheChosenModeKeepsIt(FxRobot robot) {
        // as when a lesson or a loaded experiment sets the sweep before the Compare tab was ever shown
        CompareViewModel early = tiny(new CompareViewModel(queued::add));
        early.setMode(CompareMode.SWEEP);
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        CompareView late = new CompareView(early);
        robot.interact(() -> scene.setRoot(late));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CompareMode.SWEEP, early.modeProperty().get(), "the buttons' skin does not choose the mode");
        ToggleButton sweep = robot.lookup("#compare-mode-sweep").queryAs(ToggleButton.class);
        ToggleButton single = robot.lookup("#compare-mode-single").queryAs(ToggleButton.class);
        assertTrue(sweep.isSelected());
        assertFalse(single.isSelected());
        robot.clickOn(sweep);
        assertEquals(CompareMode.SWEEP, early.modeProperty().get());
        assertTrue(sweep.isSelected(), "clicking the chosen mode keeps it chosen");
        robot.clickOn(single);
        assertEquals(CompareMode.SINGLE, early.modeProperty().get());
        assertTrue(single.isSelected());
        assertFalse(sweep.isSelected());
    }

    @Test
    void aSweepOverTwoLengthsPlotsValidationLossAgainstT(FxRobot robot) {
        robot.clickOn("#compare-mode-sweep");
        assertEquals(CompareMode.SWEEP, model.modeProperty().get());
        assertEquals("_Run the sweep", page.startButton().getText());
        robot.interact(() -> {
            assertTrue(model.setTaskField("train", 64));
            assertTrue(model.setTaskField("validation", 32));
            assertTrue(model.setEpochs(2));
            page.lengthsField().setText("10, 20");
        });
        assertEquals(List.of(10, 20), model.lengthsProperty().get());
        assertEquals("", page.lengthsProblemText());
        robot.clickOn("#compare-start");
        runQueued(robot);
        assertEquals(6, page.shownRows().size());
        assertTrue(page.columnShown("T"));
        assertEquals("10", page.shownCell(0, "T"));
        assertEquals("20", page.shownCell(5, "T"));
        assertTrue(page.sweepShown());
        CompareSweep sweep = model.sweepProperty().get();
        assertEquals(List.of("RNN", "LSTM", "GRU", "constant"), page.sweepNames());
        for (CellKind cell : CELLS) {
            assertArrayEquals(sweep.valLoss(cell), page.shownSweep(cell.name()), 0.0);
        }
        assertArrayEquals(sweep.baseline(), page.shownSweep("constant"), 0.0);
        assertEquals("6 of 6 models done", page.progressText());
    }

    @Test
    void invalidLengthsAreRefusedWithAMessage(FxRobot robot) {
        robot.clickOn("#compare-mode-sweep");
        robot.interact(() -> page.lengthsField().setText("10, seven"));
        assertEquals("\"seven\" (entry 2) is not a whole number", page.lengthsProblemText());
        assertTrue(robot.lookup("#compare-lengths-problem").query().isVisible());
        robot.clickOn("#compare-start");
        assertFalse(model.isRunning());
        assertTrue(queued.isEmpty(), "nothing was started");
        assertTrue(page.problemText().contains("fix the lengths first"), page.problemText());
        robot.interact(() -> page.lengthsField().setText("10, 70"));
        assertEquals("", page.lengthsProblemText());
        assertFalse(robot.lookup("#compare-lengths-problem").query().isVisible());
    }

    @Test
    void cancelStopsTheComparison(FxRobot robot) {
        robot.clickOn("#compare-start");
        assertTrue(model.isRunning());
        robot.clickOn("#compare-cancel");
        runQueued(robot);
        assertFalse(model.isRunning());
        assertTrue(page.shownRows().isEmpty());
        assertTrue(page.statusText().startsWith("Cancelled"), page.statusText());
        assertTrue(page.cancelButton().isDisabled());
        assertFalse(page.startButton().isDisabled());
    }

    @Test
    void exportWritesTheRowsOrSaysWhyNot(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#compare-start");
        runQueued(robot);
        Path file = dir.resolve("out.csv");
        robot.interact(() -> assertTrue(view.exportCsv(file)));
        assertEquals(4, Files.readAllLines(file).size(), "a header and three rows");
        assertTrue(page.exportMessageText().startsWith("Saved 3 rows"), page.exportMessageText());
        Path bad = dir.resolve("missing").resolve("out.csv");
        robot.interact(() -> assertFalse(view.exportCsv(bad)));
        assertTrue(page.exportMessageText().startsWith("Could not save the results"), page.exportMessageText());
        assertTrue(robot.lookup("#compare-export-message").query().getStyleClass().contains("compare-export-failed"));
    }

    @Test
    void aRefusedSettingIsShownAndPutBack(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.control.TextField lr = (javafx.scene.control.TextField) scene.lookup("#compare-lr");
            lr.setText("fast");
            lr.fireEvent(new javafx.event.ActionEvent());
        });
        assertTrue(page.problemText().contains("\"fast\" is not a number"), page.problemText());
        assertEquals(0.01, model.learningRate(), 0.0);
    }

    @Test
    void aComparisonRunsOffTheFxThreadAndTheTimerPublishesIt(FxRobot robot) throws Exception {
        // a second view on a model with a real worker thread: the view's animation timer drains it
        CompareViewModel threaded = tiny(new CompareViewModel(TestApp.worker("test-compare")));
        CompareView[] second = new CompareView[1];
        robot.interact(() -> {
            second[0] = new CompareView(threaded);
            scene.setRoot(second[0]);
        });
        robot.clickOn("#compare-start");
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> !threaded.isRunning());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, new ComparePage(second[0]).shownRows().size());
        assertTrue(new ComparePage(second[0]).statusText().startsWith("Done"), new ComparePage(second[0]).statusText());
        // the same numbers as the synchronous run
        robot.interact(() -> scene.setRoot(view));
        robot.clickOn("#compare-start");
        runQueued(robot);
        for (int i = 0; i < 3; i++) {
            assertEquals(model.rows().get(i).valLoss(), threaded.rows().get(i).valLoss(), 0.0);
        }
    }

    @Test
    void theSnapshotIsNotBlank(FxRobot robot) {
        robot.clickOn("#compare-start");
        runQueued(robot);
        robot.interact(() -> {
            WritableImage whole = Snapshots.of(view);
            assertTrue(Snapshots.variance(whole) > 0);
            WritableImage plot = Snapshots.of(page.curvesView());
            assertTrue(Snapshots.variance(plot) > 0);
        });
        robot.interact(() -> Theme.DARK.applyTo(scene));
        assertEquals(Palette.DARK, page.curvesView().palette());
        robot.interact(() -> assertTrue(Snapshots.variance(Snapshots.of(view)) > 0));
    }
}
