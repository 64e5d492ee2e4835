package org.gatelab.training.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.tasks.text.TextData;
import org.gatelab.tasks.text.TextTask;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.RunStatus;
import org.junit.jupiter.api.Test;

class TextTrainingRunTest {
    private static TextData data(TrainingConfig c) {
        return new TextTask(TextFixtures.rhymes(), 20, 0.1).generate(c.seed(), c.batchSize());
    }

    /** A few epochs on a repetitive text leave both baselines far behind, on held-out text. */
    @Test
    void aCharacterModelBeatsTheBigramBaselineOnHeldOutText() {
        TrainingConfig c = TextFixtures.small(CellKind.LSTM, 8);
        TextData d = data(c);
        TextTrainingRun run = new TextTrainingRun(d, c, new SampleSpec("the ", 30, 0.5), null, 1);
        run.run();
        assertEquals(RunStatus.COMPLETED, run.status());
        assertEquals(8, run.reports().size());
        TextEpochReport last = run.last();
        assertTrue(last.validationBpc() < d.baselines().bigram(), last + " against " + d.baselines());
        assertTrue(d.baselines().bigram() < d.baselines().unigram());
        assertTrue(last.sample().startsWith("the "));
    }

    /** Every number and every sample is the same, bit for bit, with one thread or two. */
    @Test
    void theRunIsTheSameOnAnyThreadCount() {
        TrainingConfig c = TextFixtures.small(CellKind.GRU, 2);
        TextTrainingRun one = new TextTrainingRun(data(c), c, null, null, 1);
        TextTrainingRun two = new TextTrainingRun(data(c), c, null, null, 2);
        one.run();
        two.run();
        for (int e = 0; e < 2; e++) {
            TextEpochReport a = one.reports().get(e);
            TextEpochReport b = two.reports().get(e);
            assertEquals(a.trainBpc(), b.trainBpc(), 0.0);
            assertEquals(a.validationBpc(), b.validationBpc(), 0.0);
            assertEquals(a.gradNormMax(), b.gradNormMax(), 0.0);
            assertEquals(a.sample(), b.sample());
        }
    }

    /** The listener hears every window and epoch; a cancel stops the run between two windows. */
    @Test
    void cancellingStopsBetweenWindowsAndKeepsTheCurrentParameters() {
        TrainingConfig c = TextFixtures.small(CellKind.RNN, 5);
        List<String> heard = new ArrayList<>();
        TextTrainingRun[] holder = new TextTrainingRun[1];
        holder[0] = new TextTrainingRun(data(c), c, null, new TextTrainingListener() {
            @Override
            public void windowDone(int epoch, int window, int windows, double bpc) {
                heard.add(epoch + ":" + window);
                if (epoch == 2 && window == 3) {
                    holder[0].cancel();
                }
            }
        }, 1);
        holder[0].run();
        assertEquals(RunStatus.CANCELLED, holder[0].status());
        assertEquals(1, holder[0].reports().size());
        assertEquals("2:3", heard.get(heard.size() - 1));
        assertTrue(holder[0].message().startsWith("stopped in epoch 2 after 3 of "), holder[0].message());
        assertNull(holder[0].nextEpoch());
    }

    /** SGD with a far too large learning rate and no clipping overflows; the initial parameters are put back. */
    @Test
    void aRunThatBlowsUpStopsAndKeepsTheLastGoodParameters() {
        TrainingConfig c = TextFixtures.small(CellKind.RNN, 3).withLearningRate(1000)
                .withOptimizer(org.gatelab.vocabulary.OptimizerKind.SGD, 0.9).withClipNorm(0);
        TextTrainingRun run = new TextTrainingRun(data(c), c, null, null, 1);
        org.gatelab.engine.Model initial = run.lastGoodModel();
        run.run();
        assertEquals(RunStatus.DIVERGED, run.status(), run.message());
        assertTrue(run.message().contains("Lower the learning rate (now 1000) or turn on gradient clipping."),
                run.message());
        if (run.reports().isEmpty()) {
            for (String p : initial.parameterNames()) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(initial.parameter(p).values(),
                        run.lastGoodModel().parameter(p).values(), 0.0);
            }
        }
    }
}
