package org.gatelab.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.Targets;
import org.gatelab.vocabulary.LossKind;
import org.junit.jupiter.api.Test;

class AddingTaskTest {
    private static final AddingTask SMALL = new AddingTask(20, 50, 30);

    @Test
    void shapesFollowTheSettings() {
        TaskData data = SMALL.generate(1);
        assertEquals(50, data.train().size());
        assertEquals(30, data.validation().size());
        assertEquals(20, data.train().length());
        assertEquals(2, data.train().features());
        assertEquals(1, data.train().outputSize());
        assertEquals(LossKind.MSE_LAST, data.train().loss());
        Batch b = data.train().batch(new int[] {3, 1, 4}, 0, 3);
        assertEquals(20, b.input().length());
        assertEquals(3, b.input().batchSize());
        assertEquals(3, b.targets().values().length);
        assertTrue(Double.isNaN(data.chanceAccuracy()));
        assertTrue(!data.hasAccuracy());
    }

    @Test
    void eachSequenceHasTwoMarkersOneInEachHalfAndTheTargetIsTheirSum() {
        TaskData data = new AddingTask(31, 200, 10).generate(7);
        SequenceSet set = data.train();
        int half = 31 / 2;
        for (int n = 0; n < set.size(); n++) {
            int marks = 0;
            int firstHalf = 0;
            double sum = 0;
            for (int t = 0; t < set.length(); t++) {
                double u = set.input(n, t, 0);
                assertTrue(u >= 0 && u < 1, "value " + u);
                double m = set.input(n, t, 1);
                assertTrue(m == 0 || m == 1);
                if (m == 1) {
                    marks++;
                    firstHalf += t < half ? 1 : 0;
                    sum += u;
                }
            }
            assertEquals(2, marks, "sequence " + n);
            assertEquals(1, firstHalf, "one marker in each half, sequence " + n);
            assertEquals(sum, set.targetValue(n, 0), 0.0, "target = sum of the marked values");
        }
    }

    @Test
    void theBatchLayoutIsTimeMajorAsTheEngineWantsIt() {
        SequenceSet set = SMALL.generate(3).train();
        Batch b = set.batch(new int[] {5, 9}, 0, 2);
        SequenceBatch x = b.input();
        for (int t = 0; t < set.length(); t++) {
            assertEquals(set.input(9, t, 0), x.get(t, 1, 0));
            assertEquals(set.input(5, t, 1), x.get(t, 0, 1));
        }
        Targets y = b.targets();
        assertEquals(set.targetValue(5, 0), y.values()[0]);
        assertEquals(set.targetValue(9, 0), y.values()[1]);
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        double[] a = SMALL.generate(5).train().batch(0, 1, 2).input().values();
        double[] b = SMALL.generate(5).train().batch(0, 1, 2).input().values();
        double[] c = SMALL.generate(6).train().batch(0, 1, 2).input().values();
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(c));
        // the validation set is not a copy of the training set
        double[] v = SMALL.generate(5).validation().batch(0, 1, 2).input().values();
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(v));
    }

    @Test
    void theBestConstantGivesTheVarianceOfTheSumAboutOneSixth() {
        TaskData data = new AddingTask(50, 10, 20_000).generate(1);
        // Var(U1 + U2) = 2/12; with 20,000 sequences the sample variance is within ~0.003 of it
        assertEquals(1.0 / 6, data.baselineValLoss(), 0.006);
    }

    @Test
    void settingsOutsideTheirRangeAreRefusedWithTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AddingTask(5, 100, 100));
        assertEquals("length T must be between 10 and 500, got 5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AddingTask(50, 2, 100));
        assertEquals("training sequences must be between 10 and 100000, got 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AddingTask(501, 100, 100));
    }

    @Test
    void aSampleDescribesItself() {
        SampleSequence s = SMALL.generate(1).train().sample(0);
        assertTrue(s.description().startsWith("marked steps "), s.description());
        assertEquals(1, s.input().batchSize());
    }
}
