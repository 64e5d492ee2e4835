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
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Scene;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;

/** Lesson 5, "The GRU": the claims its steps make about its own scenes. */
class GruLessonTest {
    private static final Lesson L = Course.lesson("05-gru");

    @Test
    void theGruHasOneStateAndThreeBlocks() {
        choice(L, "Two gates, one state", 1);
        assertEquals(CellKind.GRU, compute(scene(L, "Two gates, one state")).trace().cell());
        assertFalse(CellKind.GRU.hasCellState());
        assertEquals(3, CellKind.GRU.blockCount());
    }

    @Test
    void theUpdateGateBlendsOldStateAndCandidate() {
        Check.Predict p = check(L, "The update gate", Check.Predict.class);
        Scene s = scene(L, "The update gate");
        LayerTrace l = layer(s);
        double h5 = read(p.probe(), s);
        double z = l.gate(5, 0, Gate.Z, 0);
        double n = l.gate(5, 0, Gate.N, 0);
        assertEquals((1 - z) * n + z * l.hidden(4, 0, 0), h5, 1e-12);
        // "About -0.09. With z_5 ≈ 0.53 ... the candidate (about -0.07)"
        assertTrue(h5 > -0.1 && h5 < -0.08, "h_5 " + h5);
        assertTrue(z > 0.51 && z < 0.55, "z_5 " + z);
        assertTrue(n > -0.08 && n < -0.06, "n_5 " + n);
        // "h stays between -1 and 1"
        for (int t = 0; t < l.length(); t++) {
            for (int u = 0; u < l.hiddenSize(); u++) {
                assertTrue(Math.abs(l.hidden(t, 0, u)) < 1);
            }
        }
    }

    @Test
    void theUntrainedResetGateIsNearOneHalf() {
        Check.Predict p = check(L, "The reset gate", Check.Predict.class);
        double r = read(p.probe(), scene(L, "The reset gate"));
        assertTrue(Math.abs(r - 0.5) < 0.02, "\"about 0.5\": " + r);
    }

    @Test
    void anUpdateGateBiasOfTwoOpensTheGrusHighway() {
        Check.Task task = check(L, "z near 1 is the highway", Check.Task.class);
        Scene s = scene(L, "z near 1 is the highway");
        double before = read(task.probe(), s);
        assertTrue(before > 4e-7 && before < 1e-6, "\"about 7e-7 now\": " + before);
        assertFalse(task.met(before));
        // "With gate_bias 2, z sits near 0.9 and the gradient at t = 0 is about 0.05"
        Scene open = with(s, "gate_bias: 2");
        double after = read(task.probe(), open);
        assertTrue(task.met(after), "gate_bias 2: " + after);
        assertTrue(after > 0.03 && after < 0.07, "gate_bias 2: " + after);
        double z = layer(open).gate(5, 0, Gate.Z, 0);
        assertTrue(z > 0.85 && z < 0.95, "z " + z);
        // "the slider sets this GRU's bias only: the overlay's LSTM keeps its own initial forget gate"
        double lstm = compute(open).comparison().get(CellKind.LSTM).layer(0).gate(5, 0, Gate.F, 0);
        double lstmBefore = compute(s).comparison().get(CellKind.LSTM).layer(0).gate(5, 0, Gate.F, 0);
        assertEquals(lstmBefore, lstm, 0, "the overlay LSTM's forget gate");
    }

    @Test
    void tiedGatesAlwaysBlend() {
        choice(L, "What was merged", 3);
        // keep z, write 1 - z: every new state lies between the candidate and the old state
        LayerTrace l = layer(scene(L, "What was merged"));
        for (int t = 0; t < l.length(); t++) {
            for (int u = 0; u < l.hiddenSize(); u++) {
                double n = l.gate(t, 0, Gate.N, u);
                double old = l.previousHidden(t, 0, u);
                double h = l.hidden(t, 0, u);
                assertTrue(h >= Math.min(n, old) - 1e-12 && h <= Math.max(n, old) + 1e-12, "t " + t + ", unit " + u);
            }
        }
    }

    @Test
    void theParameterCountIsThreeBlocksOfHTimesIPlusHPlusTwo() {
        Check.Predict p = check(L, "Count the parameters", Check.Predict.class);
        Scene s = scene(L, "Count the parameters");
        assertEquals(3 * 8 * (1 + 8 + 2) + 9, read(p.probe(), s), 0.0);
        assertEquals(273, read(p.probe(), s), 0.0);
        assertEquals(361, read(p.probe(), with(s, "cell: lstm")), 0.0);
    }

    @Test
    void thirtySevenGruUnitsMatchTheBudgetOfThirtyTwoLstmUnits() {
        Check.Task task = check(L, "Same budget, more units", Check.Task.class);
        Scene s = scene(L, "Same budget, more units");
        assertEquals(4513, read(task.probe(), with(s, "cell: lstm")), 0.0);
        assertFalse(task.met(read(task.probe(), s)));
        assertEquals(4478, read(task.probe(), with(s, "hidden: 37")), 0.0);
        assertTrue(task.met(read(task.probe(), with(s, "hidden: 37"))));
        assertFalse(task.met(read(task.probe(), with(s, "hidden: 36"))));
        assertFalse(task.met(read(task.probe(), with(s, "hidden: 38"))));
    }
}
