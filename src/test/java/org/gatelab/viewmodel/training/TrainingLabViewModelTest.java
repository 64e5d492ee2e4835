package org.gatelab.viewmodel.training;

import static org.gatelab.viewmodel.training.TrainingLabFixtures.assertSameEpochs;
import static org.gatelab.viewmodel.training.TrainingLabFixtures.assertSameParameters;
import static org.gatelab.viewmodel.training.TrainingLabFixtures.reference;
import static org.gatelab.viewmodel.training.TrainingLabFixtures.synchronous;
import static org.gatelab.viewmodel.training.TrainingLabFixtures.tinyAdding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.gatelab.engine.Model;
import org.gatelab.engine.trace.Trace;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.CopyTask;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.Inspection;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.ChoiceSetting;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;
import org.junit.jupiter.api.Test;

/** The training lab's view model without a window: runs, controls, settings, divergence, workspace. */
class TrainingLabViewModelTest {
    private final WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
    private final TrainingLabViewModel model = synchronous(session);

    @Test
    void startsFromTheLabDefaults() {
        assertEquals(TaskKind.ADDING, model.taskKind());
        assertEquals(TrainingDefaults.config(), model.settings().config());
        assertEquals(AddingTask.defaults(), model.settings().task());
        assertEquals(TrainingState.IDLE, model.state());
        assertEquals(AddingTask.defaults().explanation(), model.explanationProperty().get());
        assertEquals("Adding problem", model.titleProperty().get());
        DataSummary d = model.dataProperty().get();
        assertNotNull(d, "the data is made at once with a direct runner");
        assertEquals(4000, d.trainSize());
        assertEquals(AddingTask.defaults().generate(1).baselineValLoss(), d.baselineValLoss(), 0.0);
        assertEquals(d.baselineValLoss(), model.snapshot().baselineLoss(), 0.0, "the idle plot shows the baseline");
        assertTrue(model.snapshot().message().startsWith("Ready: Start trains a fresh LSTM"),
                model.snapshot().message());
    }

    @Test
    void aTinyRunPublishesTheEpochsTrainingRunReports() {
        tinyAdding(model, 2);
        model.start();
        TrainingSnapshot s = model.snapshot();
        assertEquals(TrainingState.COMPLETED, s.state());
        assertEquals(2, s.epochsDone());
        assertEquals(2, s.epochsTotal());
        assertEquals(1.0, s.progress(), 0.0);
        assertEquals("epoch 2 of 2", s.progressText());
        assertSameEpochs(reference(model), s.epochs());
        assertEquals(2 * 4, s.batchLoss().length, "64 / 16 = 4 batches per epoch");
        assertEquals(0.25, s.batchX()[0], 0.0, "batch 1 of 4 sits a quarter into epoch 1");
        assertEquals(2.0, s.batchX()[7], 0.0);
        assertNotNull(s.predictions());
        assertEquals(2, s.predictions().epoch(), "predictions of the model after the last epoch");
        assertEquals(ValidationPredictions.Kind.TARGET_VS_PREDICTION, s.predictions().kind());
        assertEquals(20, s.predictions().points().size());
        assertTrue(s.message().startsWith("Completed 2 epochs: validation loss"), s.message());
        assertFalse(model.lockedProperty().get());
        // the same settings again: the same numbers
        model.reset();
        model.start();
        assertSameEpochs(reference(model), model.snapshot().epochs());
    }

    @Test
    void stepRunsOneEpochAtATimeAndResumeFinishesWithTheSameNumbers() {
        tinyAdding(model, 3);
        model.step();
        assertEquals(TrainingState.PAUSED, model.state());
        assertEquals(1, model.snapshot().epochsDone());
        assertEquals("epoch 1 of 3 done", model.snapshot().progressText());
        assertTrue(model.lockedProperty().get(), "settings are locked while paused");
        assertFalse(model.setTrainingValue(TrainingSetting.HIDDEN, "8"));
        assertTrue(model.problem(TrainingSetting.HIDDEN).startsWith("Reset the training"));
        model.step();
        assertEquals(2, model.snapshot().epochsDone());
        assertEquals(TrainingState.PAUSED, model.state());
        model.pause(); // already paused: nothing changes
        assertEquals(2, model.snapshot().epochsDone());
        model.resume();
        assertEquals(TrainingState.COMPLETED, model.state());
        assertSameEpochs(reference(model), model.snapshot().epochs());
        model.reset();
        assertEquals(TrainingState.IDLE, model.state());
        assertTrue(model.snapshot().epochs().isEmpty());
        assertFalse(model.hasModel());
        assertNull(model.currentModel());
        assertTrue(model.setTrainingValue(TrainingSetting.HIDDEN, "8"), "unlocked after reset");
    }

    @Test
    void pauseBeforeTheFirstEpochStopsAtTheBoundaryAndResumeGoesOn() {
        List<Runnable> queued = new ArrayList<>();
        Executor held = queued::add; // the worker runs only when the test says so
        TrainingLabViewModel m = new TrainingLabViewModel(session, TaskRunner.direct(), held);
        tinyAdding(m, 2);
        m.start();
        assertEquals(TrainingState.RUNNING, m.state());
        assertTrue(m.lockedProperty().get());
        m.pause();
        assertEquals(TrainingState.PAUSING, m.state(), "the worker has not stopped yet");
        assertTrue(m.state().canResume());
        queued.remove(0).run(); // the pass sees the pause and ends before an epoch
        m.drain();
        assertEquals(TrainingState.PAUSED, m.state());
        assertEquals(0, m.snapshot().epochsDone());
        assertNotNull(m.snapshot().predictions(), "the initial weights' predictions are shown");
        assertEquals(0, m.snapshot().predictions().epoch());
        m.resume();
        assertEquals(1, queued.size(), "resuming submits a new pass");
        queued.remove(0).run();
        m.drain();
        assertEquals(TrainingState.COMPLETED, m.state());
        assertSameEpochs(reference(m), m.snapshot().epochs());
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheConfigsReason() {
        double before = model.settings().config().learningRate();
        assertFalse(model.setTrainingValue(TrainingSetting.LEARNING_RATE, "5000"));
        assertEquals("Learning rate must be between 0.000001 and 1000, got 5000",
                model.problem(TrainingSetting.LEARNING_RATE));
        assertEquals(before, model.settings().config().learningRate(), 0.0, "nothing changed");
        assertFalse(model.setTrainingValue(TrainingSetting.LEARNING_RATE, "fast"));
        assertEquals("Learning rate: \"fast\" is not a number", model.problem(TrainingSetting.LEARNING_RATE));
        assertFalse(model.setTrainingValue(TrainingSetting.HIDDEN, "2.5"));
        assertEquals("Hidden units must be a whole number, got \"2.5\"", model.problem(TrainingSetting.HIDDEN));
        assertFalse(model.setTaskValue(TaskSetting.ADDING_LENGTH, "501"));
        assertEquals("Length T must be between 10 and 500, got 501", model.problem(TaskSetting.ADDING_LENGTH));
        assertTrue(model.setTrainingValue(TrainingSetting.LEARNING_RATE, "0.003"));
        assertEquals("", model.problem(TrainingSetting.LEARNING_RATE), "a good value clears the problem");
        assertEquals(0.003, model.settings().config().learningRate(), 0.0);
        assertEquals("0.003", model.trainingText(TrainingSetting.LEARNING_RATE));
        assertFalse(model.setInit(org.gatelab.vocabulary.InitScheme.IRNN), "IRNN is for the vanilla RNN");
        assertTrue(model.problem(ChoiceSetting.INIT).contains("irnn is for the vanilla RNN"));
        assertTrue(model.setTrainingValue(TrainingSetting.GATE_BIAS, "2"));
        assertEquals(2, model.settings().config().gateBias(), 0.0);
        assertTrue(model.setTrainingValue(TrainingSetting.GATE_BIAS, ""), "empty: the scheme's own");
        assertTrue(Double.isNaN(model.settings().config().gateBias()));
    }

    @Test
    void eachTaskKeepsItsSettingsAndExplainsItself() {
        assertTrue(model.setTaskValue(TaskSetting.ADDING_LENGTH, "100"));
        model.selectTask(TaskKind.COPY);
        assertEquals(CopyTask.defaults(), model.settings().task());
        assertEquals(CopyTask.defaults().explanation(), model.explanationProperty().get());
        assertEquals(List.of(TaskSetting.COPY_SYMBOLS, TaskSetting.COPY_ALPHABET, TaskSetting.COPY_DELAY,
                TaskSetting.COPY_TRAIN, TaskSetting.COPY_VALIDATION), model.taskFieldsProperty().get().fields());
        assertFalse(model.setTaskValue(TaskSetting.COPY_DELAY, "500"));
        assertEquals("Delay must be between 0 and 200, got 500", model.problem(TaskSetting.COPY_DELAY));
        assertFalse(model.setTaskValue(TaskSetting.ADDING_LENGTH, "20"), "not a setting of the copy task");
        model.selectTask(TaskKind.ADDING);
        assertEquals(100, ((AddingTask) model.settings().task()).length(), "the adding task kept its length");
        assertTrue(model.problems().keySet().stream().noneMatch(k -> k instanceof TaskSetting),
                "another task's problems are dropped");
        for (TaskKind kind : TaskKind.values()) {
            model.selectTask(kind);
            assertFalse(model.explanationProperty().get().isBlank(), kind.id());
            assertFalse(model.titleProperty().get().isBlank(), kind.id());
        }
        model.selectTask(TaskKind.CSV);
        assertFalse(model.settings().ready(), "the csv task waits for a file");
        model.start();
        assertEquals(TrainingState.IDLE, model.state());
        assertTrue(model.noticeProperty().get().problem());
        assertTrue(model.problem(ChoiceSetting.CSV_FILE).startsWith("Choose a CSV file"));
    }

    @Test
    void aDivergingRunStopsWithTheLessonAndFiniteParameters() {
        tinyAdding(model, 2);
        assertTrue(model.setTrainingValue(TrainingSetting.LEARNING_RATE, "1000"));
        model.start();
        TrainingSnapshot s = model.snapshot();
        assertEquals(TrainingState.DIVERGED, s.state());
        DivergenceNote note = s.divergence();
        assertNotNull(note);
        assertEquals("Training diverged in epoch 1", note.headline());
        assertTrue(note.what().startsWith("diverged in epoch 1, batch "), note.what());
        assertTrue(note.advice().startsWith("Lower the learning rate, e.g. to 100"), note.advice());
        assertTrue(note.explanation().contains("loss plot"), note.explanation());
        assertTrue(s.message().startsWith("Diverged in epoch 1"), s.message());
        assertEquals("diverged in epoch 1 of 2", s.progressText());
        Model kept = model.currentModel();
        assertTrue(kept.isFinite(), "the last good parameters are kept");
        assertFalse(model.lockedProperty().get());
        model.applyLowerLearningRate();
        assertEquals(100, model.settings().config().learningRate(), 0.0);
        assertEquals(TrainingState.IDLE, model.state());
        assertTrue(model.noticeProperty().get().text().contains("Learning rate set to 100"));
    }

    @Test
    void aDivergenceAfterSomeEpochsPointsAtTheGradientNormPlot() {
        tinyAdding(model, 40);
        assertTrue(model.setTrainingValue(TrainingSetting.CLIP_NORM, "0"));
        assertTrue(model.setOptimizer(org.gatelab.vocabulary.OptimizerKind.SGD));
        assertTrue(model.setTrainingValue(TrainingSetting.LEARNING_RATE, "2")); // SGD, no clipping: epoch 2 blows up
        model.start();
        TrainingSnapshot s = model.snapshot();
        assertEquals(TrainingState.DIVERGED, s.state());
        assertEquals(1, s.epochsDone());
        DivergenceNote note = s.divergence();
        assertEquals("Training diverged in epoch 2", note.headline());
        assertTrue(note.explanation().contains("Look at the gradient-norm plot: in epoch 1 the largest gradient norm"),
                note.explanation());
        assertTrue(note.advice().contains("Or clip the gradient norm (e.g. at 1)"), note.advice());
        assertEquals(1, note.suggestedClipNorm(), 0.0);
        assertTrue(model.currentModel().isFinite());
        model.applyClipping();
        assertEquals(1, model.settings().config().clipNorm(), 0.0);
        assertEquals(TrainingState.IDLE, model.state());
    }

    @Test
    void inspectPutsTheTrainedModelIntoTheWorkspace() {
        tinyAdding(model, 2);
        model.setCell(CellKind.GRU);
        assertTrue(model.setTrainingValue(TrainingSetting.HIDDEN, "6"));
        assertFalse(model.hasModel());
        model.inspect();
        assertTrue(model.noticeProperty().get().problem(), "nothing to inspect yet");
        model.start();
        model.inspect(3);
        Trace trace = session.trace();
        Model trained = model.currentModel();
        assertEquals(CellKind.GRU, trace.cell());
        assertEquals(trained.config().cell(), trace.cell());
        assertEquals(trained.config().hiddenSize(), trace.hiddenSize());
        assertEquals(6, trace.hiddenSize());
        assertEquals(10, trace.length(), "a validation sequence of the task");
        Inspection shown = session.inspectionProperty().get();
        assertNotNull(shown);
        assertSameParameters(trained, shown.model());
        assertEquals(model.settings().task().generate(1).validation().describe(3), shown.sample().description());
        assertTrue(shown.label().startsWith("trained GRU · Adding problem · epoch 2 of 2"), shown.label());
        assertTrue(model.noticeProperty().get().text().contains("validation sequence 4"));
    }

    @Test
    void followingShowsEachEpochsModelInTheWorkspaceUntilTheUserTakesItBack() {
        tinyAdding(model, 3);
        model.followInWorkspaceProperty().set(true);
        model.step();
        model.drain();
        Inspection first = session.inspectionProperty().get();
        assertNotNull(first, "the first epoch's model is shown");
        assertTrue(first.label().contains("epoch 1 of 3"), first.label());
        assertSameParameters(model.currentModel(), first.model());
        model.step();
        model.drain();
        Inspection second = session.inspectionProperty().get();
        assertTrue(second.label().contains("epoch 2 of 3"), second.label());
        assertSameParameters(model.currentModel(), second.model());
        session.setSeed(7);
        assertFalse(model.followInWorkspaceProperty().get(), "changing the workspace ends the following");
        model.step();
        model.drain();
        assertEquals(null, session.inspectionProperty().get());
    }

    @Test
    void theWorkerPausesBetweenBatchesWithoutChangingTheNumbers() {
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            TrainingLabViewModel m = new TrainingLabViewModel(session, TaskRunner.direct(), thread);
            tinyAdding(m, 3);
            ExperimentSettings s = m.settings();
            TrainingJob job = new TrainingJob(s.task().generate(s.config().seed()), s.config());
            int[] batches = {0};
            job.afterBatch(() -> {
                if (++batches[0] == 6) {
                    job.pause(); // half-way through epoch 2, on the training thread
                }
            });
            assertTrue(job.request(TrainingJob.Mode.RUN));
            thread.execute(job);
            TrainingSnapshot paused = await(job, x -> x.state() == TrainingState.PAUSED && x.batch() == 2);
            assertEquals(1, paused.epochsDone());
            assertEquals(4, paused.batches());
            assertTrue(paused.insideEpoch());
            assertEquals("epoch 2 of 3 · batch 2 of 4", paused.progressText());
            assertEquals(0.5, paused.progress(), 1e-12, "(1 + 2/4) / 3");
            assertFalse(job.request(TrainingJob.Mode.STEP), "the paused pass goes on: no new pass");
            TrainingSnapshot stepped = await(job, x -> x.state() == TrainingState.PAUSED && x.epochsDone() == 2);
            assertEquals(0, stepped.batch(), "paused at the end of epoch 2");
            assertEquals("epoch 2 of 3 done", stepped.progressText());
            if (job.request(TrainingJob.Mode.RUN)) {
                thread.execute(job); // the pass had ended at the epoch boundary
            }
            TrainingSnapshot done = await(job, x -> x.state() == TrainingState.COMPLETED);
            assertSameEpochs(reference(m), done.epochs());
        } finally {
            thread.shutdownNow();
        }
    }

    private static TrainingSnapshot await(TrainingJob job, java.util.function.Predicate<TrainingSnapshot> done) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            TrainingSnapshot s = job.snapshot();
            if (done.test(s)) {
                return s;
            }
            org.testfx.util.WaitForAsyncUtils.sleep(2, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("timed out; last: " + job.snapshot().state() + " " + job.snapshot().progressText());
    }

    @Test
    void settingsTooLargeForThisMachineAreRefusedBeforeAnythingIsAllocated() {
        model.selectTask(TaskKind.ADDING);
        model.setTaskValue(TaskSetting.ADDING_LENGTH, "500");
        model.setTrainingValue(TrainingSetting.HIDDEN, "1024");
        model.setTrainingValue(TrainingSetting.LAYERS, "3");
        model.setTrainingValue(TrainingSetting.BATCH_SIZE, "1024");
        String expected = org.gatelab.training.TrainingMemory.refusal(model.settings().config(), 500,
                Runtime.getRuntime().maxMemory());
        org.junit.jupiter.api.Assumptions.assumeTrue(expected != null, "a machine with this much memory trains it");
        model.start();
        assertEquals(TrainingState.IDLE, model.state(), "nothing started");
        Notice n = model.noticeProperty().get();
        assertTrue(n.problem());
        assertTrue(n.text().startsWith("One batch of this run needs about"), n.text());
        assertTrue(n.text().contains("Lower the batch size"), n.text());
    }

    @Test
    void theLabsDefaultsFitEasily() {
        double need = org.gatelab.training.TrainingMemory.batchBytes(model.settings().config(),
                model.settings().task().length());
        assertTrue(need < 100e6, "the defaults need " + need + " bytes per batch");
    }
}
