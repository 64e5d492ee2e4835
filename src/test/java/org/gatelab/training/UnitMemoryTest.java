package org.gatelab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.Model;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.io.ModelFiles;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.Batch;
import org.gatelab.tasks.MemoryQuantity;
import org.gatelab.tasks.ReberTask;
import org.gatelab.tasks.SequenceSet;
import org.junit.jupiter.api.Test;

/**
 * The ranking of units by what they remember, against the statistics computed by hand from one trace of the
 * same sequences, and on the bundled trained cells: the adding problem's LSTM has a unit whose c holds the running
 * sum, the RNN trained with the same budget has none.
 */
class UnitMemoryTest {
    private static final Path MODELS = Path.of("assets", "models");

    private static Model model(String file) throws IOException {
        return ModelFiles.load(MODELS.resolve(file), null, null);
    }

    /** The state and the quantity at every (sequence, step) where the quantity is defined, for one unit. */
    private static double[][] pairs(Model m, SequenceSet set, int n, MemoryQuantity q, UnitMemory.State state,
                                    int unit) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Batch b = set.batch(all);
        LayerTrace l = new SequenceRunner().trace(m, b.input(), null, null).layer(0);
        List<double[]> out = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            double[] v = q.values(set, s);
            for (int t = 0; t < v.length; t++) {
                if (!Double.isNaN(v[t])) {
                    out.add(new double[] {state == UnitMemory.State.CELL ? l.cellState(t, s, unit)
                            : l.hidden(t, s, unit), v[t]});
                }
            }
        }
        return out.toArray(new double[0][]);
    }

    private static double mean(double[][] p, int k) {
        double s = 0;
        for (double[] x : p) {
            s += x[k];
        }
        return s / p.length;
    }

    @Test
    void theNumericScoreIsPearsonsRAndTheLineIsLeastSquares() throws IOException {
        Model lstm = model("adding-T100-lstm.safetensors");
        AddingTask task = new AddingTask(100, 10, 60);
        SequenceSet set = task.generate(7).validation();
        MemoryQuantity q = MemoryQuantity.byId(task, "first-marked");
        UnitMemory.Ranking r = UnitMemory.rank(lstm, set, 60, q, UnitMemory.State.CELL, 0);
        assertEquals(32, r.scores().size());
        assertEquals(60, r.sequences());
        for (int unit : new int[] {r.best().unit(), r.scores().get(31).unit(), 5}) {
            double[][] p = pairs(lstm, set, 60, q, UnitMemory.State.CELL, unit);
            double mx = mean(p, 0);
            double mq = mean(p, 1);
            double sxq = 0;
            double sxx = 0;
            double sqq = 0;
            for (double[] x : p) {
                sxq += (x[0] - mx) * (x[1] - mq);
                sxx += (x[0] - mx) * (x[0] - mx);
                sqq += (x[1] - mq) * (x[1] - mq);
            }
            UnitMemory.Score s = r.of(unit);
            assertEquals(p.length, r.samples());
            assertEquals(Math.abs(sxq / Math.sqrt(sxx * sqq)), s.score(), 1e-9, "unit " + unit);
            assertEquals(sxq / sqq, s.slope(), 1e-9);
            assertEquals(mx - s.slope() * mq, s.intercept(), 1e-9);
        }
        for (int i = 1; i < 32; i++) {
            assertTrue(r.scores().get(i - 1).score() >= r.scores().get(i).score(), "best first");
        }
    }

    @Test
    void theCategoricalScoreIsTheCorrelationRatio() throws IOException {
        Model reber = model("reber-lstm.safetensors");
        ReberTask task = ReberTask.defaults().withSizes(10, 40);
        SequenceSet set = task.generate(7).validation();
        MemoryQuantity q = MemoryQuantity.of(task).get(0);
        UnitMemory.Ranking r = UnitMemory.rank(reber, set, 40, q, UnitMemory.State.HIDDEN, 0);
        int unit = r.best().unit();
        double[][] p = pairs(reber, set, 40, q, UnitMemory.State.HIDDEN, unit);
        double m = mean(p, 0);
        double[] sum = new double[2];
        int[] count = new int[2];
        double total = 0;
        for (double[] x : p) {
            sum[(int) x[1]] += x[0];
            count[(int) x[1]]++;
            total += (x[0] - m) * (x[0] - m);
        }
        double between = 0;
        for (int k = 0; k < 2; k++) {
            double mk = sum[k] / count[k];
            between += count[k] * (mk - m) * (mk - m);
            assertEquals(mk, r.best().means()[k], 1e-9);
        }
        assertEquals(Math.sqrt(between / total), r.best().score(), 1e-9);
        assertTrue(Double.isNaN(r.best().slope()));
    }

    @Test
    void theTrainedLstmHasAUnitThatHoldsTheSumAndTheRnnHasNone() throws IOException {
        AddingTask task = new AddingTask(100, 10, 200);
        SequenceSet set = task.generate(7).validation();
        MemoryQuantity sum = MemoryQuantity.byId(task, "running-sum");
        UnitMemory.Ranking lstm = UnitMemory.rank(model("adding-T100-lstm.safetensors"), set, 200, sum,
                UnitMemory.State.CELL, 0);
        UnitMemory.Ranking rnn = UnitMemory.rank(model("adding-T100-rnn.safetensors"), set, 200, sum,
                UnitMemory.State.HIDDEN, 0);
        assertTrue(lstm.best().score() > 0.98, "LSTM " + lstm.best());
        assertTrue(rnn.best().score() < 0.2, "RNN " + rnn.best());
    }

    @Test
    void impossibleRankingsAreRefusedWithAReason() throws IOException {
        AddingTask task = new AddingTask(100, 10, 20);
        SequenceSet set = task.generate(7).validation();
        MemoryQuantity q = MemoryQuantity.byId(task, "first-marked");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitMemory.rank(
                model("adding-T100-gru.safetensors"), set, 20, q, UnitMemory.State.CELL, 0));
        assertEquals("only the LSTM has a cell state c; read h of the GRU", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> UnitMemory.rank(model("reber-lstm.safetensors"), set,
                20, q, UnitMemory.State.HIDDEN, 0));
        assertEquals("the model reads 7 input feature(s) but the adding task's sequences have 2", e.getMessage());
    }
}
