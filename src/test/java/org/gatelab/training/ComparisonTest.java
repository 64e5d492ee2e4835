package org.gatelab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.ModelConfig;
import org.gatelab.io.ComparisonCsv;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {
    private static final TrainingConfig CONFIG = TrainingDefaults.config().withHidden(6).withEpochs(1)
            .withBatchSize(16);
    private static final AddingTask TINY = new AddingTask(10, 32, 16);

    @TempDir
    Path dir;

    @Test
    void theGruHasThreeQuartersOfTheLstmsRecurrentParameters() {
        ModelConfig lstm = ModelConfig.of(CellKind.LSTM, 2, 32, 1);
        ModelConfig gru = ModelConfig.of(CellKind.GRU, 2, 32, 1);
        assertEquals(4 * 32 * (2 + 32 + 2), lstm.recurrentParameterCount());
        assertEquals(4 * 32 * (2 + 32 + 1), lstm.textbookRecurrentParameterCount());
        assertEquals(3 * lstm.recurrentParameterCount(), 4 * gru.recurrentParameterCount());
    }

    @Test
    void theBudgetPicksTheClosestHiddenSize() {
        long budget = ModelConfig.of(CellKind.LSTM, 2, 32, 1).parameterCount(); // 4641
        assertEquals(32, Comparison.hiddenForBudget(CellKind.LSTM, 2, 1, 1, budget));
        for (CellKind cell : CellKind.values()) {
            int h = Comparison.hiddenForBudget(cell, 2, 1, 1, budget);
            long best = Long.MAX_VALUE;
            for (int k = 1; k <= 200; k++) {
                best = Math.min(best, Math.abs(new ModelConfig(cell, null, 2, k, 1, 1).parameterCount() - budget));
            }
            assertEquals(best, Math.abs(new ModelConfig(cell, null, 2, h, 1, 1).parameterCount() - budget), cell.id());
        }
        // GRU: 3H(H+4)+H+1 = 4641 near H = 37; RNN: H(H+4)+H+1 near H = 66
        assertEquals(37, Comparison.hiddenForBudget(CellKind.GRU, 2, 1, 1, budget));
        assertEquals(66, Comparison.hiddenForBudget(CellKind.RNN, 2, 1, 1, budget));
        assertEquals(1, Comparison.hiddenForBudget(CellKind.LSTM, 2, 1, 1, 1));
        // two RNN layers: H(2 + H + 2) + H(2H + 2) + H + 1 is 27 for H = 2 and 49 for H = 3
        assertEquals(3, Comparison.hiddenForBudget(CellKind.RNN, 2, 1, 2, 40));
        assertEquals(2, Comparison.hiddenForBudget(CellKind.RNN, 2, 1, 2, 37));
        assertThrows(IllegalArgumentException.class, () -> Comparison.hiddenForBudget(CellKind.RNN, 2, 1, 1, 0));
    }

    @Test
    void everyCellTrainsOnTheSameDataAtTheSameHiddenSize() {
        List<String> seen = new ArrayList<>();
        List<ComparisonRow> rows = new Comparison(CONFIG, 0, new Comparison.Listener() {
            @Override
            public void started(TrainingTask task, CellKind cell, int hidden, long parameters) {
                seen.add(cell.id() + hidden);
            }
        }).run(TINY);
        assertEquals(List.of("rnn6", "lstm6", "gru6"), seen);
        assertEquals(3, rows.size());
        double baseline = rows.get(0).baselineValLoss();
        for (ComparisonRow r : rows) {
            assertEquals("adding", r.task());
            assertEquals(10, r.length());
            assertEquals(6, r.hidden());
            assertEquals(baseline, r.baselineValLoss(), "the same validation data");
            assertEquals(1, r.epochs());
            assertEquals(RunStatus.COMPLETED, r.status());
            assertTrue(r.secondsPerEpoch() > 0);
        }
        assertEquals(new ModelConfig(CellKind.GRU, null, 2, 6, 1, 1).parameterCount(), rows.get(2).parameters());
    }

    @Test
    void aBudgetGivesEachCellItsOwnHiddenSizeAndASweepRunsEveryLength() {
        List<ComparisonRow> rows = new Comparison(CONFIG, 200, List.of(CellKind.RNN, CellKind.LSTM), null)
                .sweepAdding(TINY, List.of(10, 12));
        assertEquals(4, rows.size());
        assertEquals(List.of(10, 10, 12, 12), rows.stream().map(ComparisonRow::length).toList());
        assertEquals(Comparison.hiddenForBudget(CellKind.RNN, 2, 1, 1, 200), rows.get(0).hidden());
        assertEquals(Comparison.hiddenForBudget(CellKind.LSTM, 2, 1, 1, 200), rows.get(1).hidden());
        assertTrue(rows.get(0).hidden() > rows.get(1).hidden());
    }

    /** Cells trained at once on two threads give the rows, in the same order, that one thread gives. */
    @Test
    void twoThreadsGiveTheSameRowsAsOne() {
        TrainingConfig config = CONFIG.withEpochs(2);
        List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
        Comparison.Listener listener = new Comparison.Listener() {
            @Override
            public void started(TrainingTask task, CellKind cell, int hidden, long parameters) {
                started.add(task.length() + cell.id());
            }
        };
        List<ComparisonRow> one = new Comparison(config, 0, List.of(CellKind.RNN, CellKind.LSTM, CellKind.GRU),
                null, 1, 0).sweepAdding(TINY, List.of(10, 12));
        List<ComparisonRow> two = new Comparison(config, 0, List.of(CellKind.RNN, CellKind.LSTM, CellKind.GRU),
                listener, 2, 0).sweepAdding(TINY, List.of(10, 12));
        assertEquals(6, two.size());
        assertEquals(6, started.size());
        for (int i = 0; i < one.size(); i++) {
            ComparisonRow a = one.get(i);
            ComparisonRow b = two.get(i);
            assertEquals(List.of(a.length(), a.cell(), a.hidden(), a.epochs(), a.status()),
                    List.of(b.length(), b.cell(), b.hidden(), b.epochs(), b.status()));
            assertEquals(a.trainLoss(), b.trainLoss(), 0.0, "bit for bit");
            assertEquals(a.valLoss(), b.valLoss(), 0.0, "bit for bit");
        }
    }

    /**
     * With a stopping fraction a cell ends after the first epoch whose validation loss is at most that fraction
     * of the constant's, exactly where the same run without the rule first gets there, and counts as completed.
     */
    @Test
    void aStoppingFractionEndsEachCellOnceItIsGoodEnough() {
        TrainingConfig config = CONFIG.withHidden(16).withEpochs(6).withBatchSize(32);
        AddingTask task = new AddingTask(10, 1024, 64);
        double fraction = 0.5;
        List<List<EpochReport>> full = new ArrayList<>();
        for (CellKind cell : List.of(CellKind.RNN, CellKind.LSTM, CellKind.GRU)) {
            full.add(new TrainingRun(task.generate(config.seed()), config.withCell(cell)).run().epochs());
        }
        List<ComparisonRow> rows = new Comparison(config, 0, List.of(CellKind.RNN, CellKind.LSTM, CellKind.GRU),
                null, 1, fraction).run(task);
        int stoppedEarly = 0;
        for (int c = 0; c < 3; c++) {
            double baseline = rows.get(c).baselineValLoss();
            int expected = full.get(c).size();
            for (EpochReport r : full.get(c)) {
                if (r.valLoss() <= fraction * baseline) {
                    expected = r.epoch();
                    break;
                }
            }
            assertEquals(expected, rows.get(c).epochs(), rows.get(c).cell() + " epochs");
            assertEquals(full.get(c).get(expected - 1).valLoss(), rows.get(c).valLoss(), 0.0);
            assertEquals(RunStatus.COMPLETED, rows.get(c).status());
            stoppedEarly += expected < 6 ? 1 : 0;
            System.out.println("[ComparisonTest] " + rows.get(c).cell() + " stopped after " + expected + " of 6 epochs; "
                    + full.get(c).stream().map(r -> String.format("%.2f", r.valLoss() / baseline)).toList());
        }
        assertTrue(stoppedEarly > 0, "no cell reached the fraction early: the test shows nothing");
        assertThrows(IllegalArgumentException.class, () -> new Comparison(config, 0, List.of(CellKind.RNN), null, 1,
                1.5));
    }

    @Test
    void cancellingReturnsTheRowsSoFar() {
        Comparison[] holder = new Comparison[1];
        holder[0] = new Comparison(CONFIG, 0, new Comparison.Listener() {
            @Override
            public void rowDone(ComparisonRow row) {
                holder[0].cancel();
            }
        });
        List<ComparisonRow> rows = holder[0].run(TINY);
        assertEquals(1, rows.size());
        assertTrue(holder[0].isCancelled());
    }

    @Test
    void resultsExportAsCsv() throws IOException {
        List<ComparisonRow> rows = List.of(
                new ComparisonRow("adding", 50, CellKind.LSTM, 32, 4641, 0.001, 0.0005, 0.1525, Double.NaN, 1.9, 20,
                        RunStatus.COMPLETED),
                new ComparisonRow("copy", 18, CellKind.RNN, 32, 1200, Double.NaN, Double.NaN, 0.8, 0.25, 0.5, 0,
                        RunStatus.DIVERGED));
        Path out = dir.resolve("results.csv");
        ComparisonCsv.write(out, rows);
        List<String> lines = Files.readAllLines(out);
        assertEquals(List.of(
                "task,length,cell,hidden,parameters,train_loss,val_loss,baseline_val_loss,accuracy,seconds_per_epoch,"
                        + "epochs,status",
                "adding,50,lstm,32,4641,0.00100000,0.000500000,0.152500,,1.90000,20,completed",
                "copy,18,rnn,32,1200,,,0.800000,0.250000,0.500000,0,diverged"), lines);
    }
}
