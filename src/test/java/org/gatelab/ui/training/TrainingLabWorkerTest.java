package org.gatelab.ui.training;

import static org.gatelab.viewmodel.training.TrainingLabFixtures.assertSameEpochs;
import static org.gatelab.viewmodel.training.TrainingLabFixtures.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gatelab.tasks.TaskKind;
import org.gatelab.ui.theme.Theme;
import org.gatelab.viewmodel.Session;
import org.gatelab.viewmodel.training.TaskParameter;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.training.TrainingModel;
import org.gatelab.viewmodel.training.TrainingParameter;
import org.gatelab.viewmodel.training.TrainingSnapshot;
import org.gatelab.viewmodel.training.TrainingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lab with a real training thread: the view's timer publishes the progress, the FX thread stays free,
 * pausing stops between batches, and the numbers are those of an uninterrupted run.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingLabWorkerTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-training");
        t.setDaemon(true);
        return t;
    });
    private TrainingModel model;
    private TrainingLabView view;

    @Start
    void start(Stage stage) {
        Session session = new Session(TaskRunner.direct());
        model = new TrainingModel(session, TaskRunner.direct(), worker);
        model.selectTask(TaskKind.ADDING);
        // long enough that the pause below lands before the run ends: with the SIMD engine, hidden 8 at T = 30
        // trained an epoch in 0.07 s once compiled, and on a loaded machine the run ended before the pause
        // click was handled; this takes about 0.3 s an epoch once compiled, 1 s for the first
        model.setTaskValue(TaskParameter.ADDING_LENGTH, "100");
        model.setTaskValue(TaskParameter.ADDING_TRAIN, "4000");
        model.setTaskValue(TaskParameter.ADDING_VALIDATION, "50");
        model.setTrainingValue(TrainingParameter.HIDDEN, "16");
        model.setTrainingValue(TrainingParameter.BATCH_SIZE, "8");
        model.setTrainingValue(TrainingParameter.EPOCHS, "3");
        view = new TrainingLabView(model);
        Scene scene = new Scene(view, 1100, 700);
        Theme.DARK.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private TrainingSnapshot await(String what, java.util.function.Predicate<TrainingSnapshot> done) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> done.test(model.snapshot()));
        return model.snapshot();
    }

    @Test
    void trainsOffTheFxThreadAndPausesBetweenBatches(FxRobot robot) throws Exception {
        robot.interact(view.startButton()::fire);
        TrainingSnapshot running = await("running", s -> s.state() == TrainingState.RUNNING && s.batch() > 0);
        assertTrue(running.progressText().startsWith("epoch 1 of 3 · batch "), running.progressText());
        long t0 = System.nanoTime();
        robot.interact(() -> { });
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "the FX thread answers while training runs");
        assertEquals("❚❚ Pause", view.startButton().getText());

        robot.interact(view.startButton()::fire); // pause
        TrainingSnapshot paused = await("paused", s -> s.state() == TrainingState.PAUSED);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TrainingSnapshot still = model.snapshot();
        assertEquals(TrainingState.PAUSED, still.state());
        assertEquals(paused.epochsDone(), still.epochsDone(), "nothing runs while paused");
        assertEquals(paused.batch(), still.batch(), "stopped between two batches");
        assertEquals(paused.batchLoss().length, still.batchLoss().length);
        assertEquals("▶ Resume", view.startButton().getText());
        assertTrue(view.settingsLocked());

        robot.interact(view.startButton()::fire); // resume
        TrainingSnapshot done = await("completed", s -> s.state() == TrainingState.COMPLETED);
        assertSameEpochs(reference(model), done.epochs());
        assertEquals("epoch 3 of 3", view.shownProgressText());
        assertEquals(3, view.shownCurve(TrainingLabView.Plot.LOSS, TrainingPlots.VALIDATION).length);
    }

    @Test
    void theAppsLabMakesItsDataOffTheFxThread(FxRobot robot) throws Exception {
        TrainingLabView[] lab = new TrainingLabView[1];
        robot.interact(() -> lab[0] = new TrainingLabView(new Session(TaskRunner.direct())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lab[0].model().dataProperty().get() != null);
        assertEquals(4000, lab[0].model().dataProperty().get().trainSize(), "the lab's default adding problem");
        robot.interact(() -> lab[0].dispose());
    }

    @Test
    void closingTheWindowDuringTrainingStopsTheWorker(FxRobot robot) throws Exception {
        robot.interact(view.startButton()::fire);
        await("running", s -> s.state() == TrainingState.RUNNING && s.batch() > 0);
        robot.interact(view::dispose);
        assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS), "the worker stops between two batches");
        assertEquals(TrainingState.IDLE, model.state());
    }

    @Test
    void resetStopsARunningTraining(FxRobot robot) throws Exception {
        robot.interact(view.startButton()::fire);
        await("running", s -> s.state() == TrainingState.RUNNING && s.batch() > 0);
        robot.interact(view.resetButton()::fire);
        assertEquals(TrainingState.IDLE, model.state());
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TrainingState.IDLE, model.state(), "the stopped run publishes nothing more");
        assertTrue(model.snapshot().epochs().isEmpty());
        assertTrue(!view.settingsLocked());
    }
}
