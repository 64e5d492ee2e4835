package org.gatelab.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.vocabulary.LossKind;
import org.junit.jupiter.api.Test;

class CopyTaskTest {
    private static final CopyTask TASK = new CopyTask(3, 4, 5, 40, 20);

    @Test
    void shapes() {
        TaskData data = TASK.generate(1);
        assertEquals(2 * 3 + 5 + 1, TASK.length());
        assertEquals(12, data.train().length());
        assertEquals(6, data.train().features(), "4 symbols + blank + go");
        assertEquals(5, data.train().outputSize(), "4 symbols + blank");
        assertEquals(LossKind.CE_ALL, data.train().loss());
        assertTrue(data.hasAccuracy());
        assertEquals(9, TASK.firstRecallStep());
        Batch b = data.train().batch(0, 1);
        assertEquals(12 * 2, b.targets().classIndices().length);
    }

    @Test
    void inputsShowTheSymbolsThenBlanksThenGoAndTheTargetsRecallThem() {
        SequenceSet set = TASK.generate(2).train();
        for (int n = 0; n < set.size(); n++) {
            int[] symbols = new int[3];
            for (int t = 0; t < set.length(); t++) {
                int hot = -1;
                for (int i = 0; i < set.features(); i++) {
                    if (set.input(n, t, i) == 1) {
                        assertEquals(-1, hot, "one-hot");
                        hot = i;
                    }
                }
                if (t < 3) {
                    assertTrue(hot >= 0 && hot < 4, "a symbol at step " + t);
                    symbols[t] = hot;
                } else if (t == 3 + 5) {
                    assertEquals(TASK.go(), hot, "go marker");
                } else {
                    assertEquals(TASK.blank(), hot, "blank at step " + t);
                }
            }
            for (int t = 0; t < set.length(); t++) {
                int expected = t >= 9 ? symbols[t - 9] : TASK.blank();
                assertEquals(expected, set.targetClass(n, t), "target at step " + t);
                assertEquals(t >= 9 ? 1 << symbols[t - 9] : 0, set.acceptMask(n, t), "scored on recall steps only");
            }
        }
    }

    @Test
    void accuracyCountsTheRecallStepsOnly() {
        SequenceSet set = TASK.generate(3).validation();
        int steps = set.length();
        double[] perfect = new double[set.size() * steps * 5];
        double[] blankOnly = new double[perfect.length];
        for (int n = 0; n < set.size(); n++) {
            for (int t = 0; t < steps; t++) {
                perfect[(n * steps + t) * 5 + set.targetClass(n, t)] = 5;
                blankOnly[(n * steps + t) * 5 + TASK.blank()] = 5;
            }
        }
        assertEquals(1.0, set.accuracy(new Predictions(set.size(), steps, 5, perfect)));
        // predicting blank everywhere is right on 9 of 12 steps, but wrong on every recall step
        assertEquals(0.0, set.accuracy(new Predictions(set.size(), steps, 5, blankOnly)));
        assertEquals(1.0 / 5, set.chanceAccuracy(), 1e-12);
        // the loss of a confident perfect prediction is small, of the blank-only one large on recall steps
        assertTrue(set.loss(new Predictions(set.size(), steps, 5, perfect)) < 0.05);
    }

    @Test
    void theBaselineIsTheEntropyOfTheClassFrequencies() {
        TaskData data = new CopyTask(3, 4, 5, 10, 5000).generate(1);
        // blank on 9 of 12 steps, each symbol on about 3/12 x 1/4
        double pBlank = 9.0 / 12;
        double pSymbol = 3.0 / 12 / 4;
        double entropy = -pBlank * Math.log(pBlank) - 4 * pSymbol * Math.log(pSymbol);
        assertEquals(entropy, data.baselineValLoss(), 0.01);
    }

    @Test
    void settingsAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CopyTask(3, 4, 201, 10, 10));
        assertEquals("delay must be between 0 and 200, got 201", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CopyTask(0, 4, 5, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new CopyTask(3, 9, 5, 10, 10));
    }
}
