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

import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Scene;
import org.junit.jupiter.api.Test;

/** Lesson 1, "Sequences and memory": the claims its steps make about its own scenes. */
class SequencesLessonTest {
    private static final Lesson L = Course.lesson("01-sequences-and-memory");

    private static double output(String step) {
        Trace t = compute(scene(L, step)).trace();
        return t.output(t.length() - 1, 0, 0);
    }

    private static double h5(String step) {
        return layer(scene(L, step)).hidden(5, 0, 0);
    }

    /** The distance between the last states of two steps' scenes, over all units. */
    private static double lastStateGap(String a, String b) {
        LayerTrace x = layer(scene(L, a));
        LayerTrace y = layer(scene(L, b));
        double s = 0;
        for (int u = 0; u < x.hiddenSize(); u++) {
            double d = x.hidden(5, 0, u) - y.hidden(5, 0, u);
            s += d * d;
        }
        return Math.sqrt(s);
    }

    @Test
    void reversingTheSameNumbersChangesTheLastStateAndThePrediction() {
        choice(L, "A sequence is not a bag of numbers", 3);
        // "Compare unit 0's h_5 ... with the last step's, about 0.30: it moved by about 0.2, and the prediction
        // moved with it"
        double forward = h5("A sequence is not a bag of numbers");
        double reversed = h5("Reverse the order");
        assertTrue(forward > 0.28 && forward < 0.32, "h_5 " + forward);
        assertTrue(Math.abs(reversed - forward) > 0.15 && Math.abs(reversed - forward) < 0.25, "h_5 " + reversed);
        assertTrue(Math.abs(output("A sequence is not a bag of numbers") - output("Reverse the order")) > 0.03);
    }

    @Test
    void theColumnsForTheFirstAndLastStepChangeTheMost() {
        LayerTrace forward = layer(scene(L, "A sequence is not a bag of numbers"));
        LayerTrace reversed = layer(scene(L, "Reverse the order"));
        double[] change = new double[forward.length()];
        for (int t = 0; t < change.length; t++) {
            for (int u = 0; u < forward.hiddenSize(); u++) {
                change[t] += Math.abs(forward.hidden(t, 0, u) - reversed.hidden(t, 0, u));
            }
        }
        for (int t = 1; t < change.length - 1; t++) {
            assertTrue(change[t] < change[0] && change[t] < change[change.length - 1], "t = " + t + ": "
                    + java.util.Arrays.toString(change));
        }
    }

    @Test
    void aOneAtTheLastStepMovesTheLastStateMoreThanAOneAtTheFirst() {
        choice(L, "Reverse the order", 1);
        double atFirst = lastStateGap("A sequence is not a bag of numbers", "Memory fades");
        double atLast = lastStateGap("Reverse the order", "Memory fades");
        assertTrue(atLast > 10 * atFirst, "a 1 at the last step moves h_5 by " + atLast + ", at the first by "
                + atFirst);
        double zeros = output("Memory fades");
        assertTrue(Math.abs(output("Reverse the order") - zeros)
                > 10 * Math.abs(output("A sequence is not a bag of numbers") - zeros), "and the prediction");
    }

    @Test
    void theUntrainedRnnHasNearlyForgottenTheFirstInputAfterFiveSteps() {
        Check.Predict p = check(L, "Memory fades", Check.Predict.class);
        double zeros = read(p.probe(), scene(L, "Memory fades"));
        double forward = h5("A sequence is not a bag of numbers");
        // "they differ by less than 0.001, and the predictions by about 0.001": the learner who answers with
        // step 1's h_5 is right ...
        assertTrue(Math.abs(zeros - forward) < 0.001, "zeros " + zeros + ", 1 then zeros " + forward);
        assertTrue(Math.abs(output("Memory fades") - output("A sequence is not a bag of numbers")) < 0.002);
        assertTrue(Math.abs(zeros - forward) <= p.tolerance());
        // ... and one who answers with the reversed order's is not, so the check tells the two apart
        assertTrue(Math.abs(zeros - h5("Reverse the order")) > p.tolerance());
        // "Over the whole state the difference the first 1 made falls from 0.32 at t = 0 to 0.009 at t = 5, about
        // half at every step"
        LayerTrace one = layer(scene(L, "A sequence is not a bag of numbers"));
        LayerTrace none = layer(scene(L, "Memory fades"));
        double first = gap(one, none, 0);
        double last = gap(one, none, 5);
        assertEquals(0.32, first, 0.005);
        assertEquals(0.009, last, 0.0005);
        double perStep = Math.pow(last / first, 1.0 / 5);
        assertTrue(perStep > 0.45 && perStep < 0.55, "per step " + perStep);
        // and every step shrank it by less than that step's spectral norm allows
        for (int t = 1; t < 6; t++) {
            assertTrue(gap(one, none, t) / gap(one, none, t - 1)
                    < Norms.of(Norms.rnnJacobian(scene(L, "A sequence is not a bag of numbers"), t)).spectral());
        }
    }

    private static double gap(LayerTrace a, LayerTrace b, int t) {
        double s = 0;
        for (int u = 0; u < a.hiddenSize(); u++) {
            double d = a.hidden(t, 0, u) - b.hidden(t, 0, u);
            s += d * d;
        }
        return Math.sqrt(s);
    }

    @Test
    void withoutWhhTheStateDependsOnTheCurrentInputAlone() {
        Scene s = scene(L, "The hidden state, with memory switched off");
        LayerTrace l = layer(s);
        // inputs 0.5, -1, 2, 0.5, 0, 0.5: t = 0, 3 and 5 see the same input
        for (int u = 0; u < l.hiddenSize(); u++) {
            assertEquals(l.hidden(0, 0, u), l.hidden(3, 0, u), 1e-12, "unit " + u);
            assertEquals(l.hidden(0, 0, u), l.hidden(5, 0, u), 1e-12, "unit " + u);
        }
        for (int t = 0; t < l.length(); t++) {
            assertEquals(0.0, l.stepJacobianNorm(t, 0), 1e-12, "Jacobian at t = " + t);
        }
        Check.Predict p = check(L, "The hidden state, with memory switched off", Check.Predict.class);
        assertEquals(l.hidden(0, 0, 0), read(p.probe(), s), 1e-12);
        // with memory the same inputs give different states
        LayerTrace withMemory = layer(with(s, "recurrent_scale: 1"));
        assertTrue(Math.abs(withMemory.hidden(3, 0, 0) - withMemory.hidden(0, 0, 0)) > 0.05);
    }

    @Test
    void theUnrolledCopiesShareOneSetOfWeights() {
        choice(L, "Unrolling through time", 2);
        Scene s = scene(L, "Unrolling through time");
        // "The W_hh scale is back at 1": the memory is on again in this step
        assertTrue(layer(s).stepJacobianNorm(3, 0) > 0.5);
        long six = compute(s).pytorchParameters();
        long twelve = compute(with(s, "values: 0.5, -1, 2, 0.5, 0, 0.5, 1, 1, 1, 1, 1, 1")).pytorchParameters();
        assertEquals(six, twelve, "the parameter count does not depend on the length");
    }

    @Test
    void recurrentScaleOneSwitchesTheMemoryBackOn() {
        Check.Task task = check(L, "Switch the memory back on", Check.Task.class);
        Scene s = scene(L, "Switch the memory back on");
        assertFalse(task.met(read(task.probe(), s)));
        double on = read(task.probe(), with(s, "recurrent_scale: 1"));
        assertTrue(task.met(on), "Jacobian norm at t = 3 with recurrent_scale 1: " + on);
        assertEquals(1.1, on, 0.05, "\"about 1.1\"");
        // the dashed line is the Frobenius norm; "the spectral norm ... about 0.82 and the spectral radius ...
        // about 0.63. Always Frobenius ≥ spectral norm ≥ spectral radius"
        Norms n = Norms.of(Norms.rnnJacobian(with(s, "recurrent_scale: 1"), 3));
        assertEquals(on, n.frobenius(), 1e-9);
        assertEquals(0.82, n.spectral(), 0.005);
        assertEquals(0.63, n.radius(), 0.005);
    }

    @Test
    void thirtyThreeParametersWhateverTheLength() {
        Check.Predict p = check(L, "One set of weights for any length", Check.Predict.class);
        Scene s = scene(L, "One set of weights for any length");
        assertEquals(33, read(p.probe(), s), 0.0);
        assertEquals(33, read(p.probe(), with(s, "values: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12")), 0.0);
        assertEquals(29, compute(s).textbookParameters(), "textbooks count one bias vector, 29");
    }
}
