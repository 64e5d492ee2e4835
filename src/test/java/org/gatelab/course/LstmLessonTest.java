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
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Scene;
import org.gatelab.viewmodel.workspace.WorkspaceComputation;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;

/** Lesson 4, "The LSTM" (04-lstm): the claims its steps make about its own scenes. */
class LstmLessonTest {
    private static final Lesson L = Course.lesson("04-lstm");

    @Test
    void theHighwayHasNoWeightMatrix() {
        choice(L, "The cell-state highway", 1);
        LayerTrace l = layer(scene(L, "The cell-state highway"));
        // c_t = f_t c_{t-1} + i_t g_t at every step and unit: nothing else acts on the cell state
        for (int t = 0; t < l.length(); t++) {
            for (int u = 0; u < l.hiddenSize(); u++) {
                double expected = l.gate(t, 0, Gate.F, u) * l.previousCellState(t, 0, u)
                        + l.gate(t, 0, Gate.I, u) * l.gate(t, 0, Gate.G, u);
                assertEquals(expected, l.cellState(t, 0, u), 1e-12);
            }
        }
    }

    @Test
    void theUntrainedForgetGateIsNearOneHalf() {
        Check.Predict p = check(L, "The forget gate", Check.Predict.class);
        Scene s = scene(L, "The forget gate");
        double f = read(p.probe(), s);
        assertTrue(f > 0.5 && f < 0.58, "\"about 0.54\": " + f);
        assertTrue(Math.abs(f - 0.5) <= p.tolerance(), "an answer of sigmoid(0) = 0.5 counts");
        // "every weight and bias is small (within ±1/sqrt(8) ≈ ±0.35 here)"
        WorkspaceResult r = compute(s);
        Model m = WorkspaceComputation.model(r.settings(), CellKind.LSTM);
        for (Tensor t : m.parameters()) {
            for (double v : t.values()) {
                assertTrue(Math.abs(v) <= 1 / Math.sqrt(8), t.name() + " " + v);
            }
        }
    }

    @Test
    void theCellStateIsKeptPlusWritten() {
        Check.Predict p = check(L, "The input gate and the candidate", Check.Predict.class);
        Scene s = scene(L, "The input gate and the candidate");
        LayerTrace l = layer(s);
        double c5 = read(p.probe(), s);
        double f = l.gate(5, 0, Gate.F, 0);
        double i = l.gate(5, 0, Gate.I, 0);
        double g = l.gate(5, 0, Gate.G, 0);
        assertEquals(f * l.cellState(4, 0, 0) + i * g, c5, 1e-12);
        // "c_5 is about 0.40. Roughly 0.54 of the old c_4 is kept, and 0.62 * 0.32 ≈ 0.2 is written"
        assertTrue(c5 > 0.38 && c5 < 0.42, "c_5 " + c5);
        assertTrue(i > 0.6 && i < 0.64 && g > 0.3 && g < 0.34, "i " + i + ", g " + g);
        assertTrue(i * g > 0.18 && i * g < 0.22);
    }

    @Test
    void theOutputGateScalesTheSquashedCell() {
        Check.Predict p = check(L, "The output gate", Check.Predict.class);
        Scene s = scene(L, "The output gate");
        LayerTrace l = layer(s);
        double h5 = read(p.probe(), s);
        double o = l.gate(5, 0, Gate.O, 0);
        assertEquals(o * Math.tanh(l.cellState(5, 0, 0)), h5, 1e-12);
        // "≈ 0.43 * tanh(0.40) ≈ 0.16"
        assertTrue(o > 0.41 && o < 0.45, "o " + o);
        assertTrue(h5 > 0.15 && h5 < 0.17, "h_5 " + h5);
    }

    @Test
    void aForgetGateBiasOfTwoOpensTheHighway() {
        Check.Task task = check(L, "Why a forget gate near 1 lets the gradient through", Check.Task.class);
        Scene s = scene(L, "Why a forget gate near 1 lets the gradient through");
        double before = read(task.probe(), s);
        assertTrue(before > 5e-8 && before < 3e-7, "\"about 1e-7 now\": " + before);
        assertFalse(task.met(before));
        // "With gate_bias 2 the forget gates sit near 0.9 and the gradient at t = 0 is about 0.01, 100,000 times
        // larger than before. With gate_bias 1 it reaches about 7e-4."
        Scene open = with(s, "gate_bias: 2");
        double after = read(task.probe(), open);
        assertTrue(task.met(after), "gate_bias 2: " + after);
        assertTrue(after > 0.005 && after < 0.02, "gate_bias 2: " + after);
        assertTrue(after / before > 5e4, "gain " + after / before);
        double one = read(task.probe(), with(s, "gate_bias: 1"));
        assertTrue(one > 5e-4 && one < 1e-3, "gate_bias 1: " + one);
        LayerTrace l = layer(open);
        double sum = 0;
        for (int t = 0; t < l.length(); t++) {
            for (int u = 0; u < l.hiddenSize(); u++) {
                sum += l.gate(t, 0, Gate.F, u);
            }
        }
        double mean = sum / (l.length() * l.hiddenSize());
        assertTrue(mean > 0.85 && mean < 0.95, "mean forget gate " + mean);
    }

    @Test
    void withGateBiasThreeTheForgetGateStartsOpen() {
        Check.Predict p = check(L, "Forget-gate bias initialisation", Check.Predict.class);
        Scene s = scene(L, "Forget-gate bias initialisation");
        double f = read(p.probe(), s);
        double sigmoid3 = 1 / (1 + Math.exp(-3));
        assertTrue(f > 0.95 && f < 0.99, "\"about 0.97\": " + f);
        assertTrue(Math.abs(f - sigmoid3) <= p.tolerance(), "an answer of sigmoid(3) counts");
        // only the forget gate's bias changed: the weights are those of the first step
        WorkspaceResult before = compute(scene(L, "The cell-state highway"));
        WorkspaceResult after = compute(s);
        Model a = WorkspaceComputation.model(before.settings(), CellKind.LSTM);
        Model b = WorkspaceComputation.model(after.settings(), CellKind.LSTM);
        assertTrue(java.util.Arrays.equals(a.parameter(org.gatelab.engine.ParameterNames.weightHh(0)).values(),
                b.parameter(org.gatelab.engine.ParameterNames.weightHh(0)).values()));
    }

    @Test
    void theLstmKeepsOverABillionTimesTheRnnsGradient() {
        choice(L, "LSTM against RNN", 3);
        WorkspaceResult r = compute(scene(L, "LSTM against RNN"));
        double lstm = r.comparison().get(CellKind.LSTM).layer(0).gradHiddenNorm(0);
        double rnn = r.comparison().get(CellKind.RNN).layer(0).gradHiddenNorm(0);
        assertTrue(lstm / rnn > 1e9, "LSTM " + lstm + ", RNN " + rnn);
        // "About 0.03 against about 2.5e-12"
        assertTrue(lstm > 0.02 && lstm < 0.04, "LSTM " + lstm);
        assertTrue(rnn > 1e-12 && rnn < 5e-12, "RNN " + rnn);
    }
}
