package org.gatelab.course;

import static org.gatelab.course.Course.check;
import static org.gatelab.course.Course.choice;
import static org.gatelab.course.Course.read;
import static org.gatelab.course.Course.scene;
import static org.gatelab.course.Course.train;
import static org.gatelab.course.Course.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Scene;
import org.gatelab.tasks.SineTask;
import org.junit.jupiter.api.Test;

/**
 * Lesson 8, "Common mistakes". Its first step recalls results of lessons 6 and 7; those are asserted by
 * {@link InPracticeLessonTest} (T = 10 and T = 30, the GRU leaving the baseline before the LSTM) and
 * {@link RealWorldLessonTest} (the Reber echo steps, the random walk). Here: the parameter count, the
 * overfitting pair of runs with the lesson's settings (about 3 s) and the open experiment's task.
 */
class CommonMistakesLessonTest {
    private static final Lesson L = Course.lesson("08-common-mistakes");
    /** The sine task's noise variance: no honest forecast can get its loss much below this. */
    private static final double NOISE_FLOOR = 0.25;

    @Test
    void popularityIsNoReason() {
        choice(L, "Picking a model by popularity", 2);
    }

    @Test
    void doublingTheUnitsRoughlyQuadruplesTheParameters() {
        Check.Predict p = check(L, "Ignoring compute limits", Check.Predict.class);
        Scene s = scene(L, "Ignoring compute limits");
        double at64 = read(p.probe(), s);
        assertEquals(17_217, at64, 0.0);
        assertEquals(4_513, read(p.probe(), with(s, "hidden: 32")), 0.0);
        assertTrue(Math.abs(4 * 4_513 - at64) <= p.tolerance(), "the estimate 4 x 4,513 counts");
        assertEquals(3.8, at64 / 4_513, 0.1);
    }

    @Test
    void theLargeModelLearnsTheNoiseByHeart() {
        choice(L, "Overfitting with a too-large model", 2);
        Course.Trained big = train(L, "Overfitting with a too-large model");
        assertEquals(0.5, ((SineTask) big.data().task()).noise(), 0.0);
        assertEquals(2_617, big.result().parameters());
        assertEquals(80, big.result().epochs().size());
        // "Both hover near 0.25 to 0.35 for a while"
        for (int e = 2; e <= 20; e++) {
            double train = big.epoch(e).trainLoss();
            double val = big.epoch(e).valLoss();
            assertTrue(train > 0.2 && train < 0.4 && val > 0.2 && val < 0.4, "epoch " + e + ": " + train + " / " + val);
        }
        // "The training loss ends near 0.07, far below the 0.25 that the noise allows"
        double train = big.last().trainLoss();
        assertTrue(train < 0.5 * NOISE_FLOOR && train > 0.04 && train < 0.1, "training loss " + train);
        // "best (about 0.23) around epoch 30, ends near 0.43, worse than the naive forecast's 0.33"
        double val = big.last().valLoss();
        assertTrue(big.bestValLoss() > 0.2 && big.bestValLoss() < 0.26, "best " + big.bestValLoss());
        assertTrue(big.bestEpoch() >= 20 && big.bestEpoch() <= 40, "best epoch " + big.bestEpoch());
        assertTrue(val > 1.5 * big.bestValLoss(), "the validation loss climbed: " + val);
        assertTrue(val > 0.38 && val < 0.48, "final validation loss " + val);
        assertTrue(val > big.naive() && big.naive() > 0.3 && big.naive() < 0.36, "naive " + big.naive());
    }

    @Test
    void theSmallModelStaysHonest() {
        choice(L, "The same data, a small model", 2);
        Course.Trained small = train(L, "The same data, a small model");
        Course.Trained big = train(L, "Overfitting with a too-large model");
        assertEquals(117, small.result().parameters());
        assertEquals(big.data().train().size(), small.data().train().size(), "the same data");
        // "about 300 training windows"
        assertEquals(300, small.data().train().size(), 20);
        // "Its training loss stays near the noise level ... a validation loss near 0.24"
        assertTrue(small.last().trainLoss() > 0.9 * NOISE_FLOOR, "training loss " + small.last().trainLoss());
        double val = small.last().valLoss();
        assertTrue(val > 0.2 && val < 0.28, "validation loss " + val);
        assertTrue(val < small.naive() && val < big.last().valLoss(), "small " + val + ", big " + big.last().valLoss()
                + ", naive " + small.naive());
    }

    @Test
    void severalRunsBeforeAWinner() {
        choice(L, "Not trying several models", 2);
    }

    @Test
    void theOpenExperimentHasSeveralSolutions() {
        Check.Task task = check(L, "An open experiment", Check.Task.class);
        Scene s = scene(L, "An open experiment");
        double before = read(task.probe(), s);
        assertTrue(before > 1e-12 && before < 5e-12, "\"about 3e-12\": " + before);
        assertFalse(task.met(before));
        assertTrue(task.met(read(task.probe(), with(s, "recurrent_scale: 2.5"))));
        assertTrue(task.met(read(task.probe(), with(s, "init: irnn"))));
        assertTrue(task.met(read(task.probe(), with(s, "init: irnn\nnonlinearity: relu"))));
        // "An orthogonal W_hh gets close, to about 0.008"
        double orthogonal = read(task.probe(), with(s, "init: orthogonal"));
        assertTrue(orthogonal > 0.005 && orthogonal < 0.01, "orthogonal " + orthogonal);
    }
}
