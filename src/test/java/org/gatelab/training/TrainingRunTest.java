package org.gatelab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.Model;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.AnomalyTask;
import org.gatelab.tasks.CopyTask;
import org.gatelab.tasks.ReberTask;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.RunStatus;
import org.junit.jupiter.api.Test;

class TrainingRunTest {
    private static final AddingTask TINY = new AddingTask(10, 64, 20);
    private static final TrainingConfig CONFIG = TrainingDefaults.config().withHidden(8).withEpochs(3)
            .withBatchSize(16);

    private static void assertSameParameters(Model a, Model b) {
        List<Tensor> pa = a.parameters();
        List<Tensor> pb = b.parameters();
        for (int k = 0; k < pa.size(); k++) {
            double[] va = pa.get(k).values();
            double[] vb = pb.get(k).values();
            for (int i = 0; i < va.length; i++) {
                assertEquals(Double.doubleToRawLongBits(va[i]), Double.doubleToRawLongBits(vb[i]),
                        pa.get(k).name() + "[" + i + "]");
            }
        }
    }

    @Test
    void aRunReportsEveryEpochAndCompletes() {
        List<String> events = new ArrayList<>();
        TrainingRun run = new TrainingRun(TINY.generate(1), CONFIG, new TrainingListener() {
            @Override
            public void batchDone(int epoch, int batch, int batches, double loss) {
                events.add("b" + epoch + "." + batch + "/" + batches);
            }

            @Override
            public void epochDone(EpochReport report) {
                events.add("e" + report.epoch());
            }

            @Override
            public void finished(TrainingResult result) {
                events.add("done " + result.status());
            }
        });
        assertEquals(RunStatus.READY, run.status());
        TrainingResult result = run.run();
        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals("completed 3 epochs", result.message());
        assertEquals(3, result.epochs().size());
        assertEquals(3 * 4 + 3 + 1, events.size(), events.toString());
        assertEquals("b1.1/4", events.get(0));
        assertEquals("e1", events.get(4));
        assertEquals("done COMPLETED", events.get(events.size() - 1));
        EpochReport last = result.last();
        assertTrue(last.trainLoss() > 0 && last.valLoss() > 0 && last.gradNormMax() >= last.gradNormMean());
        assertTrue(Double.isNaN(last.accuracy()));
        assertTrue(last.seconds() > 0);
        assertEquals(ModelSize.of(CellKind.LSTM, 2, 8, 1), result.parameters());
        assertNull(run.nextEpoch(), "nothing more to do");
    }

    @Test
    void theSameSeedGivesTheSameRunBitForBit() {
        TrainingRun a = new TrainingRun(TINY.generate(1), CONFIG);
        TrainingRun b = new TrainingRun(TINY.generate(1), CONFIG);
        List<EpochReport> ra = a.run().epochs();
        List<EpochReport> rb = b.run().epochs();
        for (int i = 0; i < ra.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(ra.get(i).trainLoss()), Double.doubleToRawLongBits(rb.get(i).trainLoss()));
            assertEquals(Double.doubleToRawLongBits(ra.get(i).valLoss()), Double.doubleToRawLongBits(rb.get(i).valLoss()));
            assertEquals(ra.get(i).gradNormMax(), rb.get(i).gradNormMax());
        }
        assertSameParameters(a.lastGoodModel(), b.lastGoodModel());
        TrainingRun c = new TrainingRun(TINY.generate(1), CONFIG.withSeed(2));
        assertTrue(c.run().last().valLoss() != ra.get(ra.size() - 1).valLoss(), "another seed, another run");
    }

    @Test
    void aHugeLearningRateStopsWithDivergedAndKeepsTheLastGoodParameters() {
        for (TrainingConfig config : List.of(
                CONFIG.withLearningRate(1e3),                                          // Adam, clipped: blows up
                CONFIG.withLearningRate(1e3).withOptimizer(OptimizerKind.SGD, 0.9).withClipNorm(0))) { // overflows
            TrainingRun run = new TrainingRun(TINY.generate(1), config);
            Model initial = run.lastGoodModel();
            TrainingResult result = run.run();
            assertEquals(RunStatus.DIVERGED, result.status(), config.describe());
            assertTrue(result.diverged());
            String m = result.message();
            assertTrue(m.startsWith("diverged in epoch 1, batch "), m);
            assertTrue(m.contains("gradient norm"), m);
            assertTrue(m.contains(config.clipNorm() == 0 ? "clipping off" : "clipping at 1"), m);
            assertTrue(m.contains("Lower the learning rate (now 1000)"), m);
            assertTrue(m.endsWith("The initial parameters are kept."), m);
            assertTrue(result.epochs().isEmpty());
            Model kept = run.lastGoodModel();
            assertTrue(kept.isFinite());
            assertSameParameters(initial, kept);
        }
    }

    @Test
    void epochByEpochTheKeptParametersFollowTheTraining() {
        TrainingRun run = new TrainingRun(TINY.generate(1), CONFIG);
        Model initial = run.lastGoodModel();
        EpochReport first = run.nextEpoch();
        assertEquals(1, first.epoch());
        assertEquals(RunStatus.RUNNING, run.status());
        assertEquals(List.of(first), run.reports());
        Model afterOne = run.lastGoodModel();
        assertTrue(afterOne.isFinite());
        assertFalse(initial.parameter("weight_hh_l0").values()[0] == afterOne.parameter("weight_hh_l0").values()[0]);
        // predictions come from the kept parameters and reproduce the reported validation loss
        assertEquals(first.valLoss(), run.data().validation().loss(run.predict(run.data().validation())), 1e-12);
    }

    @Test
    void cancellingStopsBetweenBatches() {
        TrainingRun[] holder = new TrainingRun[1];
        int[] batches = new int[1];
        TrainingRun run = new TrainingRun(TINY.generate(1), CONFIG.withEpochs(50), new TrainingListener() {
            @Override
            public void batchDone(int epoch, int batch, int total, double loss) {
                batches[0]++;
                if (epoch == 2 && batch == 3) {
                    holder[0].cancel();
                }
            }
        });
        holder[0] = run;
        TrainingResult result = run.run();
        assertEquals(RunStatus.CANCELLED, result.status());
        assertEquals(4 + 3, batches[0], "no batch runs after the request");
        assertEquals(1, result.epochs().size(), "the cut epoch has no report");
        assertEquals("stopped in epoch 2 after 3 of 4 batches; the current parameters are kept", result.message());
        assertTrue(run.lastGoodModel().isFinite());
        assertNull(run.nextEpoch());
    }

    @Test
    void classificationTasksReportAccuracyAndExtras() {
        TrainingConfig c = CONFIG.withEpochs(1);
        EpochReport copy = new TrainingRun(new CopyTask(2, 3, 2, 32, 16).generate(1), c).run().last();
        assertTrue(copy.hasAccuracy());
        assertTrue(copy.accuracy() >= 0 && copy.accuracy() <= 1);
        EpochReport reber = new TrainingRun(new ReberTask(12, 32, 16).generate(1), c).run().last();
        assertTrue(reber.extras().containsKey("echo_accuracy"));
        EpochReport anomaly = new TrainingRun(new AnomalyTask(10, 400, 20, 2).generate(1), c).run().last();
        assertEquals(List.of("precision", "recall", "threshold", "alarms"), List.copyOf(anomaly.extras().keySet()));
        assertFalse(anomaly.hasAccuracy());
    }

    /** Parameter counts by the formulas: G·H·(I + H + 2) recurrent (PyTorch's two biases) plus O·(H + 1). */
    static final class ModelSize {
        static long of(CellKind cell, int in, int hidden, int out) {
            return (long) cell.blockCount() * hidden * (in + hidden + 2) + (long) out * (hidden + 1);
        }
    }
}
