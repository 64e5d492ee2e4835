package org.gatelab.viewmodel.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gatelab.engine.ModelConfig;
import org.gatelab.tasks.AddingTask;
import org.gatelab.training.Comparison;
import org.gatelab.training.ComparisonRow;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.RunStatus;
import org.gatelab.vocabulary.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison lab's view model without a window: synchronous worker, tiny settings, fixed seed. */
class CompareViewModelTest {
    private static final List<CellKind> CELLS = List.of(CellKind.RNN, CellKind.LSTM, CellKind.GRU);

    /** Adding problem, T = 10, 64 training / 32 validation sequences, hidden 4, 2 epochs, seed 1. */
    static CompareViewModel tiny(java.util.concurrent.Executor worker) {
        CompareViewModel m = new CompareViewModel(worker);
        assertTrue(m.setTaskKind(TaskKind.ADDING));
        assertTrue(m.setTaskField("length", 10));
        assertTrue(m.setTaskField("train", 64));
        assertTrue(m.setTaskField("validation", 32));
        assertTrue(m.setHidden(4));
        assertTrue(m.setEpochs(2));
        assertTrue(m.setSeed(1));
        return m;
    }

    /** Everything of a row but its wall-clock time, which no two runs share. */
    private static void assertSameRow(ComparisonRow expected, ComparisonRow actual) {
        assertEquals(expected.task(), actual.task());
        assertEquals(expected.length(), actual.length());
        assertEquals(expected.cell(), actual.cell());
        assertEquals(expected.hidden(), actual.hidden());
        assertEquals(expected.parameters(), actual.parameters());
        assertEquals(expected.trainLoss(), actual.trainLoss(), 0.0);
        assertEquals(expected.valLoss(), actual.valLoss(), 0.0);
        assertEquals(expected.baselineValLoss(), actual.baselineValLoss(), 0.0);
        assertEquals(expected.accuracy(), actual.accuracy(), 0.0);
        assertEquals(expected.epochs(), actual.epochs());
        assertEquals(expected.status(), actual.status());
    }

    private static void assertShownAs(ComparisonRow engine, CompareRow shown) {
        assertEquals(engine.cell(), shown.cell());
        assertEquals(engine.length(), shown.length());
        assertEquals(engine.hidden(), shown.hidden());
        assertEquals(engine.parameters(), shown.parameters());
        assertEquals(engine.trainLoss(), shown.trainLoss(), 0.0);
        assertEquals(engine.valLoss(), shown.valLoss(), 0.0);
        assertEquals(engine.baselineValLoss(), shown.baselineValLoss(), 0.0);
        assertEquals(engine.relativeValLoss(), shown.relativeValLoss(), 0.0);
        assertEquals(engine.secondsPerEpoch(), shown.secondsPerEpoch(), 0.0);
        assertEquals(engine.status(), shown.status());
    }

    @Test
    void defaultsComeFromTrainingDefaults() {
        CompareViewModel m = new CompareViewModel(Runnable::run);
        assertEquals(TrainingDefaults.config(), m.config());
        assertEquals(TaskKind.ADDING, m.taskKindProperty().get());
        assertEquals(AddingTask.defaults(), m.task());
        assertEquals("Adding problem", m.taskTitleProperty().get());
        assertEquals(AddingTask.defaults().explanation(), m.taskExplanationProperty().get());
        assertEquals(List.of("length", "train", "validation"),
                m.taskFieldsProperty().get().stream().map(CompareTaskField::key).toList());
        assertEquals(CompareMode.SINGLE, m.modeProperty().get());
        assertEquals(List.of(10, 25, 50, 100, 200), m.lengthsProperty().get());
        assertEquals("10, 25, 50, 100, 200", m.lengthsTextProperty().get());
        assertEquals(1, m.seedsProperty().get());
        assertEquals(InitScheme.PYTORCH_DEFAULT, m.init(), "a single comparison starts as the lab does");
        m.setMode(CompareMode.SWEEP);
        assertEquals(InitScheme.CHRONO, m.init(), "a sweep starts the gated cells with chrono initialisation");
        assertTrue(m.workloadProperty().get().contains("at most 10 epochs"), m.workloadProperty().get());
        assertTrue(m.workloadProperty().get().contains("chrono"), m.workloadProperty().get());
        m.setMode(CompareMode.SINGLE);
        assertFalse(m.isRunning());
        assertNull(m.resultModeProperty().get());
        assertTrue(m.workloadProperty().get().contains("20 epochs"), m.workloadProperty().get());
    }

    @Test
    void comparisonGivesTheRowsOfComparisonRun() {
        CompareViewModel m = tiny(Runnable::run);
        assertTrue(m.start());
        assertTrue(m.isRunning(), "running until the last snapshot is drained");
        m.drain();
        assertFalse(m.isRunning());

        List<ComparisonRow> expected = new Comparison(m.config(), 0, null).run(m.task());
        assertEquals(3, expected.size());
        assertEquals(3, m.results().size());
        assertEquals(3, m.rows().size());
        for (int i = 0; i < 3; i++) {
            assertSameRow(expected.get(i), m.results().get(i));
            assertShownAs(m.results().get(i), m.rows().get(i));
            assertEquals(CELLS.get(i), m.rows().get(i).cell());
            assertEquals(4, m.rows().get(i).hidden());
            assertEquals(RunStatus.COMPLETED, m.rows().get(i).status());
        }
        // the curves hold every epoch's losses; the last equals the row's
        CompareCurves curves = m.curvesProperty().get();
        assertEquals(10, curves.length());
        assertEquals(CELLS, curves.cells());
        for (int i = 0; i < 3; i++) {
            CellKind cell = CELLS.get(i);
            assertEquals(2, curves.epochs(cell));
            assertEquals(m.results().get(i).valLoss(), curves.validation(cell)[1], 0.0);
            assertEquals(m.results().get(i).trainLoss(), curves.train(cell)[1], 0.0);
            assertEquals(m.results().get(i).baselineValLoss(), curves.baseline(), 0.0);
        }
        CompareProgress p = m.progressProperty().get();
        assertEquals(2, p.epochs());
        assertEquals(3, p.done());
        assertEquals(3, p.runs());
        assertEquals(1.0, p.fraction(), 0.0);
        assertEquals("3 of 3 models done", p.text());
        assertTrue(m.statusProperty().get().startsWith("Done: 3 models in"), m.statusProperty().get());
        assertEquals(CompareMode.SINGLE, m.resultModeProperty().get());
        assertTrue(m.sweepProperty().get().isEmpty());
    }

    @Test
    void aSecondRunWithTheSameSettingsGivesTheSameNumbers() {
        CompareViewModel m = tiny(Runnable::run);
        m.start();
        m.drain();
        List<ComparisonRow> first = m.results();
        m.start();
        m.drain();
        for (int i = 0; i < 3; i++) {
            assertSameRow(first.get(i), m.results().get(i));
        }
    }

    @Test
    void budgetModeGivesTheHiddenSizesOfHiddenForBudget() {
        CompareViewModel m = tiny(Runnable::run);
        m.setSizing(CompareSizing.SAME_BUDGET);
        assertTrue(m.setBudget(300));
        for (ComparePlan p : m.planProperty().get()) {
            int expected = Comparison.hiddenForBudget(p.cell(), 2, 1, 1, 300);
            assertEquals(expected, p.hidden(), p.cell() + " at a budget of 300");
            ModelConfig shape = new ModelConfig(p.cell(), Nonlinearity.TANH, 2, expected, 1, 1);
            assertEquals(shape.parameterCount(), p.pytorchParameters());
            assertEquals(shape.textbookRecurrentParameterCount() + shape.headParameterCount(),
                    p.textbookParameters());
        }
        // the plan follows the budget at once
        assertTrue(m.setBudget(2000));
        assertEquals(Comparison.hiddenForBudget(CellKind.RNN, 2, 1, 1, 2000),
                m.planByCell().get(CellKind.RNN).hidden());
        assertTrue(m.planByCell().get(CellKind.RNN).hidden() > m.planByCell().get(CellKind.LSTM).hidden(),
                "the RNN gets more units than the LSTM for the same budget");
        assertTrue(m.setBudget(300));

        m.start();
        m.drain();
        assertEquals(300, m.budgetForRun());
        List<ComparisonRow> expected = new Comparison(m.config(), 300, null).run(m.task());
        for (int i = 0; i < 3; i++) {
            CellKind cell = CELLS.get(i);
            assertEquals(Comparison.hiddenForBudget(cell, 2, 1, 1, 300), m.rows().get(i).hidden());
            assertSameRow(expected.get(i), m.results().get(i));
        }
        // back to the same hidden size: every cell gets it
        m.setSizing(CompareSizing.SAME_HIDDEN);
        assertEquals(0, m.budgetForRun());
        for (ComparePlan p : m.planProperty().get()) {
            assertEquals(4, p.hidden());
        }
        assertFalse(m.setBudget(0));
        assertTrue(m.problemProperty().get().contains("budget"), m.problemProperty().get());
    }

    @Test
    void sweepOverTwoLengthsGivesSixRows() {
        CompareViewModel m = tiny(Runnable::run);
        m.setMode(CompareMode.SWEEP);
        assertEquals(CompareChoices.SWEEP_EPOCHS, m.epochs(), "a sweep has its own, smaller epoch count");
        assertEquals(List.of("train", "validation"),
                m.taskFieldsProperty().get().stream().map(CompareTaskField::key).toList());
        assertTrue(m.setTaskField("train", 64));
        assertTrue(m.setTaskField("validation", 32));
        assertTrue(m.setEpochs(2));
        assertEquals(4, m.hidden(), "the hidden size is shared with the single comparison");
        assertTrue(m.setLengths("20, 10"));
        assertEquals(List.of(10, 20), m.lengthsProperty().get());
        assertTrue(m.taskExplanationProperty().get().startsWith("The adding problem at several lengths"));

        assertTrue(m.start());
        m.drain();
        assertEquals(6, m.rows().size());
        // the sweep trains with chrono initialisation and stops a cell below a tenth of the baseline
        assertEquals(InitScheme.CHRONO, m.config().init());
        List<ComparisonRow> expected = new Comparison(m.config(), 0, CELLS, null, 1, CompareChoices.SWEEP_STOP_BELOW)
                .sweepAdding(new AddingTask(10, 64, 32), List.of(10, 20));
        for (int i = 0; i < 6; i++) {
            assertSameRow(expected.get(i), m.results().get(i));
            assertEquals(i < 3 ? 10 : 20, m.rows().get(i).length());
        }
        CompareSweep sweep = m.sweepProperty().get();
        assertArrayEquals(new double[] {10, 20}, sweep.lengths(), 0.0);
        assertEquals(CELLS, sweep.cells());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(new double[] {expected.get(i).valLoss(), expected.get(i + 3).valLoss()},
                    sweep.valLoss(CELLS.get(i)), 0.0);
        }
        assertArrayEquals(new double[] {expected.get(0).baselineValLoss(), expected.get(3).baselineValLoss()},
                sweep.baseline(), 0.0);
        assertEquals(CompareMode.SWEEP, m.resultModeProperty().get());
        assertEquals(20, m.curvesProperty().get().length(), "the curves of the last length");
        assertEquals("6 of 6 models done", m.progressProperty().get().text());

        // the single comparison kept its own epochs
        m.setMode(CompareMode.SINGLE);
        assertEquals(2, m.epochs());
    }

    @Test
    void severalSeedsGiveOneComparisonPerSeedAndTheirSpread() {
        CompareViewModel m = tiny(Runnable::run);
        assertTrue(m.setSeed(4));
        assertTrue(m.setSeeds(3));
        assertTrue(m.workloadProperty().get().contains("seeds 4 to 6 (9 models"), m.workloadProperty().get());
        assertFalse(m.setSeeds(CompareChoices.SEEDS.maxInt() + 1));
        assertEquals(3, m.seedsProperty().get());
        assertTrue(m.start());
        m.drain();
        assertEquals(9, m.rows().size());
        for (int k = 0; k < 3; k++) {
            List<ComparisonRow> expected = new Comparison(m.config().withSeed(4 + k), 0, null).run(m.task());
            for (int i = 0; i < 3; i++) {
                assertSameRow(expected.get(i), m.results().get(3 * k + i));
                assertEquals(4 + k, m.rows().get(3 * k + i).seed());
            }
        }
        CompareSpread spread = m.spreadProperty().get();
        assertEquals(List.of(4L, 5L, 6L), spread.seeds());
        for (CellKind cell : CELLS) {
            double[] rel = m.rows().stream().filter(r -> r.cell() == cell).mapToDouble(CompareRow::relativeValLoss)
                    .toArray();
            assertEquals(3, rel.length);
            CompareSpread.Cell c = spread.cell(cell);
            assertEquals(3, c.runs());
            assertEquals((rel[0] + rel[1] + rel[2]) / 3, c.mean(), 1e-15);
            assertEquals(Math.min(rel[0], Math.min(rel[1], rel[2])), c.min(), 0.0);
            assertEquals(Math.max(rel[0], Math.max(rel[1], rel[2])), c.max(), 0.0);
        }
        assertTrue(spread.describe().startsWith("RNN: "), spread.describe());
        // one seed has no spread
        assertTrue(m.setSeeds(1));
        m.start();
        m.drain();
        assertTrue(m.spreadProperty().get().isEmpty());
    }

    @Test
    void theGatedCellsInitializationIsAChoice() {
        CompareViewModel m = tiny(Runnable::run);
        assertTrue(m.setInit(InitScheme.CHRONO));
        assertEquals(InitScheme.CHRONO, m.config().init());
        assertFalse(m.setInit(InitScheme.IRNN));
        assertEquals(InitScheme.CHRONO, m.init());
        m.start();
        m.drain();
        List<ComparisonRow> expected = new Comparison(m.config(), 0, null).run(m.task());
        for (int i = 0; i < 3; i++) {
            assertSameRow(expected.get(i), m.results().get(i));
        }
        // the sweep keeps its own initialization
        m.setMode(CompareMode.SWEEP);
        assertTrue(m.setInit(InitScheme.PYTORCH_DEFAULT));
        m.setMode(CompareMode.SINGLE);
        assertEquals(InitScheme.CHRONO, m.init());
    }

    @Test
    void cancelBeforeTheWorkerStartsGivesNoRows() {
        List<Runnable> queued = new ArrayList<>();
        CompareViewModel m = tiny(queued::add);
        assertTrue(m.start());
        assertFalse(m.start(), "one comparison at a time");
        assertTrue(m.problemProperty().get().contains("already running"));
        m.cancel();
        queued.get(0).run();
        m.drain();
        assertFalse(m.isRunning());
        assertEquals(0, m.rows().size());
        assertTrue(m.statusProperty().get().startsWith("Cancelled"), m.statusProperty().get());
    }

    @Test
    void cancelStopsARunningComparison() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        CompareViewModel m = tiny(r -> {
            Thread t = new Thread(() -> {
                r.run();
                done.countDown();
            }, "compare-test");
            t.setDaemon(true);
            t.start();
        });
        assertTrue(m.setEpochs(2000), "long enough to be cancelled in the middle");
        assertTrue(m.start());
        // wait until the first epoch is published, then cancel
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (m.curvesProperty().get().maxEpochs() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
            m.drain();
        }
        assertTrue(m.curvesProperty().get().maxEpochs() >= 1, "the first epoch was published");
        m.cancel();
        assertTrue(done.await(60, TimeUnit.SECONDS), "the job stopped");
        m.drain();
        assertFalse(m.isRunning());
        assertTrue(m.rows().size() <= 2, "at most the rows of the two cells trained at once");
        for (CompareRow r : m.rows()) {
            assertEquals(RunStatus.CANCELLED, r.status());
            assertTrue(r.epochs() < 2000);
        }
        assertTrue(m.statusProperty().get().startsWith("Cancelled"), m.statusProperty().get());
    }

    @Test
    void csvExportWritesTheRows(@TempDir Path dir) throws IOException {
        CompareViewModel m = tiny(Runnable::run);
        Path file = dir.resolve("compare.csv");
        assertFalse(m.exportCsv(file), "nothing to export before a run");
        assertTrue(m.exportMessageProperty().get().startsWith("Nothing to export"));
        m.start();
        m.drain();
        assertTrue(m.exportCsv(file));
        assertFalse(m.exportFailedProperty().get());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(Comparison.toCsv(m.results()), text);
        List<String> lines = text.lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("task,length,cell,hidden,parameters"));
        assertTrue(lines.get(1).startsWith("adding,10,rnn,4,"));
        assertTrue(lines.get(2).startsWith("adding,10,lstm,4,"));
        assertTrue(lines.get(3).startsWith("adding,10,gru,4,"));
        assertTrue(m.exportMessageProperty().get().contains("Saved 3 rows"));
        assertEquals("compare-adding-T10.csv", m.suggestedFileName());
    }

    @Test
    void csvExportIntoAMissingFolderSaysWhy(@TempDir Path dir) throws IOException {
        CompareViewModel m = tiny(Runnable::run);
        m.start();
        m.drain();
        Path file = dir.resolve("no-such-folder").resolve("compare.csv");
        assertFalse(m.exportCsv(file));
        assertTrue(m.exportFailedProperty().get());
        String message = m.exportMessageProperty().get();
        assertTrue(message.startsWith("Could not save the results: cannot write"), message);
        assertTrue(message.contains("does not exist"), message);
        assertFalse(Files.exists(file));
    }

    @Test
    void invalidLengthsAreRefusedWithAMessage() {
        CompareViewModel m = tiny(Runnable::run);
        m.setMode(CompareMode.SWEEP);
        assertFalse(m.setLengths("10, abc, 50"));
        assertEquals("\"abc\" (entry 2) is not a whole number", m.lengthsProblemProperty().get());
        assertEquals("10, abc, 50", m.lengthsTextProperty().get(), "the typed text stays, to be fixed");
        assertEquals(CompareChoices.SWEEP_LENGTHS, m.lengthsProperty().get(), "the last valid lengths stay");
        assertFalse(m.start(), "a sweep with invalid lengths does not start");
        assertTrue(m.problemProperty().get().contains("not a whole number"), m.problemProperty().get());
        assertFalse(m.isRunning());

        assertFalse(m.setLengths("5, 50"));
        assertTrue(m.lengthsProblemProperty().get().contains("from 10 to 500"), m.lengthsProblemProperty().get());
        assertFalse(m.setLengths("10, 10"));
        assertTrue(m.lengthsProblemProperty().get().contains("twice"));
        assertFalse(m.setLengths(" "));
        assertTrue(m.lengthsProblemProperty().get().contains("at least one"));
        assertFalse(m.setLengths("10,,50"));
        assertTrue(m.lengthsProblemProperty().get().contains("entry 2 is empty"));
        assertFalse(m.setLengths("10,20,30,40,50,60,70,80,90"));
        assertTrue(m.lengthsProblemProperty().get().contains("at most 8"));
        assertTrue(m.setLengths("10,50"));
        assertEquals("", m.lengthsProblemProperty().get());
    }

    @Test
    void invalidSettingsAreRefusedAndKept() {
        CompareViewModel m = tiny(Runnable::run);
        assertFalse(m.setEpochs(0));
        assertTrue(m.problemProperty().get().contains("epochs must be between 1"), m.problemProperty().get());
        assertEquals(2, m.epochs());
        assertFalse(m.setLearningRate(-1));
        assertTrue(m.problemProperty().get().contains("learning rate"));
        assertEquals(TrainingDefaults.LEARNING_RATE, m.learningRate(), 0.0);
        assertFalse(m.setHidden(0));
        assertFalse(m.setSeed(-3));
        assertFalse(m.setTaskField("length", 5));
        assertTrue(m.problemProperty().get().contains("length T must be between 10 and 500"),
                m.problemProperty().get());
        assertEquals(10, m.task().length());
        assertFalse(m.setTaskKind(TaskKind.CSV));
        assertTrue(m.setLearningRate(0.02));
        assertEquals("", m.problemProperty().get(), "a valid change clears the message");
    }

    @Test
    void eachTaskKeepsItsOwnSettings() {
        CompareViewModel m = tiny(Runnable::run);
        assertTrue(m.setTaskKind(TaskKind.COPY));
        assertEquals("Copy / memory", m.taskTitleProperty().get());
        assertTrue(m.setTaskField("delay", 3));
        assertTrue(m.taskDescriptionProperty().get().contains("3"), m.taskDescriptionProperty().get());
        assertTrue(m.setTaskKind(TaskKind.ADDING));
        assertEquals(10, m.task().length(), "the adding problem kept T = 10");
        for (TaskKind kind : CompareChoices.taskKinds()) {
            assertTrue(m.setTaskKind(kind));
            assertFalse(m.taskFieldsProperty().get().isEmpty(), kind + " has settings");
            assertFalse(m.taskExplanationProperty().get().isEmpty());
        }
    }

    @Test
    void givesUpAtIsTheFirstLengthWhereACellStopsBeatingHalfTheBaseline() {
        List<CompareRow> rows = List.of(
                row(10, CellKind.RNN, 0.02, 0.17), row(10, CellKind.GRU, 0.001, 0.17),
                row(50, CellKind.RNN, 0.15, 0.15), row(50, CellKind.GRU, 0.001, 0.15),
                row(100, CellKind.RNN, 0.16, 0.16), row(100, CellKind.GRU, 0.002, 0.16));
        CompareSweep s = CompareSweep.of(rows);
        assertEquals(50, s.givesUpAt(CellKind.RNN), 0.0);
        assertTrue(Double.isNaN(s.givesUpAt(CellKind.GRU)));
        assertTrue(Double.isNaN(s.givesUpAt(CellKind.LSTM)));
    }

    private static CompareRow row(int length, CellKind cell, double val, double baseline) {
        return new CompareRow(1, length, cell, 4, 100, 90, 0.1, val, val, baseline, val / baseline, Double.NaN, 2,
                RunStatus.COMPLETED);
    }
}
