package org.gatelab.course;

import static org.gatelab.course.Course.check;
import static org.gatelab.course.Course.choice;
import static org.gatelab.course.Course.compute;
import static org.gatelab.course.Course.layer;
import static org.gatelab.course.Course.read;
import static org.gatelab.course.Course.scene;
import static org.gatelab.course.Course.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.engine.Model;
import org.gatelab.engine.ParameterNames;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Scene;
import org.gatelab.viewmodel.workspace.WorkspaceComputation;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;

/** Lesson 2, "The vanilla RNN, step by step": the claims its steps make about its own scenes. */
class VanillaRnnLessonTest {
    private static final Lesson L = Course.lesson("02-vanilla-rnn");

    @Test
    void atTheFirstStepTheRecurrentPartIsOnlyTheBias() {
        choice(L, "One equation, four units", 4);
        Scene s = scene(L, "One equation, four units");
        WorkspaceResult r = compute(s);
        LayerTrace l = r.trace().layer(0);
        Model m = WorkspaceComputation.model(r.settings(), r.settings().cell());
        Tensor bhh = m.parameter(ParameterNames.biasHh(0));
        for (int u = 0; u < l.hiddenSize(); u++) {
            assertEquals(0.0, l.previousHidden(0, 0, u), 0.0);
            assertEquals(bhh.get(u), l.preActivationHiddenPart(0, 0, Gate.A, u), 1e-12, "unit " + u);
        }
        // "the sine does start near 0, but it carries a little noise"
        double x0 = l.input(0, 0, 0);
        assertTrue(x0 != 0 && Math.abs(x0) < 0.2, "x_0 = " + x0);
        // "PyTorch's default draws every parameter from U(-0.5, 0.5)" for 4 units
        for (Tensor t : m.parameters()) {
            for (double v : t.values()) {
                assertTrue(Math.abs(v) <= 0.5, t.name() + " " + v);
            }
        }
    }

    @Test
    void theStepsThatAskForAGuessBeforePlayingDoNotPlay() {
        // "Before you press Play, guess", "The timeline waits at t = 0"
        for (String title : new String[] {"Watch h evolve", "A stronger W_hh: a rhythm of its own"}) {
            assertFalse(Boolean.TRUE.equals(Course.step(L, title).scene().play()), title);
            assertEquals(0, scene(L, title).step());
        }
    }

    @Test
    void oneInputPeriodLaterTheStateRepeats() {
        Check.Predict p = check(L, "Same history, same state", Check.Predict.class);
        Scene s = scene(L, "Same history, same state");
        LayerTrace l = layer(s);
        double h12 = l.hidden(12, 0, 0);
        double h32 = read(p.probe(), s);
        // "h_32 is within about 0.01 of h_12": the learner who answers h_12 is right
        assertTrue(Math.abs(h32 - h12) < 0.015, "h_12 " + h12 + ", h_32 " + h32);
        assertTrue(Math.abs(h32 - h12) <= p.tolerance());
        // and the state does move within a period, so the check is not trivially met by any value
        assertTrue(Math.abs(l.hidden(22, 0, 0) - h12) > 3 * p.tolerance());
    }

    @Test
    void theSharedWeightsGetOneSummedGradient() {
        choice(L, "Shared weights", 2);
        Scene s = scene(L, "Shared weights");
        assertEquals(compute(s).pytorchParameters(), compute(with(s, "length: 80")).pytorchParameters());
    }

    @Test
    void unitZeroSaturatesOnlyForALargeFirstInput() {
        Check.Task task = check(L, "Saturation", Check.Task.class);
        Scene s = scene(L, "Saturation");
        double h0 = read(task.probe(), s);
        assertTrue(h0 > 0.55 && h0 < 0.62, "\"about 0.58\": " + h0);
        assertFalse(task.met(h0));
        // "Unit 0's sum is about 0.44 + 0.23 x_0"
        LayerTrace one = layer(s);
        LayerTrace zero = layer(with(s, "values: 0, 0, 0, 0, 0, 0"));
        double intercept = zero.preActivation(0, 0, Gate.A, 0);
        double slope = one.preActivation(0, 0, Gate.A, 0) - intercept;
        assertTrue(intercept > 0.41 && intercept < 0.47, "intercept " + intercept);
        assertTrue(slope > 0.2 && slope < 0.26, "slope " + slope);
        // "h_0 passes 0.95 only when x_0 is above 6"
        assertFalse(task.met(read(task.probe(), with(s, "values: 5.5, 0, 0, 0, 0, 0"))));
        double at6 = read(task.probe(), with(s, "values: 6, 0, 0, 0, 0, 0"));
        assertTrue(Math.abs(at6 - 0.95) < 0.01, "x_0 = 6 gives " + at6);
        double at65 = read(task.probe(), with(s, "values: 6.5, 0, 0, 0, 0, 0"));
        assertTrue(task.met(at65), "x_0 = 6.5 gives " + at65);
        // "doubling it again adds only 0.05 more"
        double at12 = read(task.probe(), with(s, "values: 12, 0, 0, 0, 0, 0"));
        assertTrue(at12 - at6 > 0.03 && at12 - at6 < 0.06, "x_0 = 12 gives " + at12);
    }

    @Test
    void doublingWhhGivesTheStateARhythmOfItsOwn() {
        choice(L, "A stronger W_hh: a rhythm of its own", 1);
        LayerTrace strong = layer(scene(L, "A stronger W_hh: a rhythm of its own"));
        LayerTrace original = layer(scene(L, "Watch h evolve"));
        int flips = 0;
        double min = 1;
        double max = -1;
        for (int t = 0; t < strong.length(); t++) {
            double h = strong.hidden(t, 0, 0);
            min = Math.min(min, h);
            max = Math.max(max, h);
            if (t > 0 && Math.signum(h) != Math.signum(strong.hidden(t - 1, 0, 0))) {
                flips++;
            }
            assertTrue(original.hidden(t, 0, 0) > 0, "with the original W_hh unit 0 stays positive (t = " + t + ")");
        }
        // "swings between about -0.9 and +0.97, changing sign about every 4 steps" over 40 steps; a wave with a
        // period of 20 changes sign 4 times in 40 steps, so more than 8 flips is more than twice as fast
        assertTrue(flips >= 8 && flips <= 12, flips + " sign changes");
        assertTrue(min < -0.85 && min > -0.95, "min " + min);
        assertTrue(max > 0.94 && max < 0.99, "max " + max);
    }
}
