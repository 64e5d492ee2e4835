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

import static org.junit.jupiter.api.Assertions.fail;

import org.gatelab.engine.Model;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.MemoryQuantity;
import org.gatelab.tasks.SequenceSet;
import org.gatelab.training.UnitMemory;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.lesson.LessonTabs;
import org.gatelab.viewmodel.memory.MemorySources;
import org.gatelab.viewmodel.memory.MemoryViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
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
        choice(L, "The cell-state highway", 3);
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

    private static double meanForgetGate(Scene s) {
        LayerTrace l = layer(s);
        double sum = 0;
        for (int t = 0; t < l.length(); t++) {
            for (int u = 0; u < l.hiddenSize(); u++) {
                sum += l.gate(t, 0, Gate.F, u);
            }
        }
        return sum / (l.length() * l.hiddenSize());
    }

    @Test
    void aForgetGateBiasNearOneOpensTheHighwayWhateverTheLearnerChose() {
        Check.Task task = check(L, "Why a forget gate near 1 lets the gradient through", Check.Task.class);
        Scene s = scene(L, "Why a forget gate near 1 lets the gradient through");
        assertEquals(Boolean.TRUE, s.overlay(), "the overlay the text promises");
        double before = read(task.probe(), s);
        assertTrue(before > 5e-8 && before < 3e-7, "\"about 1e-7 now\": " + before);
        assertFalse(task.met(before));
        // "At a bias of 1 the forget gates average about 0.73 and the gradient at t = 0 reaches only about 7e-4;
        // from about 1.2 up it passes 0.001. At 2 the gates average about 0.88 and the gradient is about 0.01,
        // 100,000 times the start; at 5 they average about 0.99 and it is about 0.03."
        Scene one = with(s, "gate_bias: 1");
        assertEquals(7e-4, read(task.probe(), one), 0.5e-4);
        assertEquals(0.73, meanForgetGate(one), 0.005);
        assertFalse(task.met(read(task.probe(), one)));
        for (String b : new String[] {"1.2", "1.5", "2", "3", "5", "8"}) {
            assertTrue(task.met(read(task.probe(), with(s, "gate_bias: " + b))), "bias " + b);
        }
        Scene two = with(s, "gate_bias: 2");
        assertEquals(0.01, read(task.probe(), two), 0.002);
        assertEquals(0.88, meanForgetGate(two), 0.005);
        assertEquals(1e5, read(task.probe(), two) / before, 0.5e5);
        Scene five = with(s, "gate_bias: 5");
        assertEquals(0.03, read(task.probe(), five), 0.002);
        assertEquals(0.99, meanForgetGate(five), 0.005);
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

    // ---- the trained LSTM ------------------------------------------------------------------------------------

    private static MemoryViewModel memory(String title) {
        MemoryViewModel m = new MemoryViewModel(TaskRunner.direct(), new WorkspaceViewModel(TaskRunner.direct()),
                MemorySources.bundled(Course.ASSETS.resolve("models")));
        new LessonTabs(null, m).apply(scene(L, title), Course.step(L, title).scene(), true, p -> fail(p));
        return m;
    }

    @Test
    void theTrainedLstmsUnitEighteenHoldsTheRunningSum() {
        choice(L, "A trained LSTM remembers", 4);
        MemoryViewModel m = memory("A trained LSTM remembers");
        UnitMemory.Ranking r = m.resultProperty().get().ranking();
        assertEquals("running-sum", r.quantity().id());
        // "Unit 18 wins, with a correlation of 0.99: its c is about 0.45 × the running sum + 0.035"
        assertEquals(18, r.best().unit());
        assertEquals(0.99, r.best().score(), 0.005);
        assertEquals(0.45, r.best().slope(), 0.005);
        assertEquals(0.035, r.best().intercept(), 0.0005);
        assertEquals(32, r.scores().size());
        assertEquals(200, r.sequences());
        // "Over the steps between the markers its forget gate averages about 0.997 and its input gate about 0.014"
        // (over the Memory tab's 200 sequences)
        SequenceSet set = new AddingTask(100, 10, 200).generate(MemoryViewModel.SEED).validation();
        Model model = m.resultProperty().get().model();
        double f = 0;
        double i = 0;
        int n = 0;
        for (int k = 0; k < set.size(); k += 50) {
            int[] all = java.util.stream.IntStream.range(k, k + 50).toArray();
            var b = set.batch(all);
            LayerTrace l = new SequenceRunner().trace(model, b.input(), null, null).layer(0);
            for (int s = 0; s < 50; s++) {
                int[] marks = MemoryQuantity.markedSteps(set, k + s);
                for (int t = marks[0] + 1; t < marks[1]; t++) {
                    f += l.gate(t, s, Gate.F, 18);
                    i += l.gate(t, s, Gate.I, 18);
                    n++;
                }
            }
        }
        assertEquals(0.997, f / n, 0.001);
        assertEquals(0.014, i / n, 0.002);
    }

    @Test
    void unitEighteensCellStateAtTheLastStepIsTheLineOfTheSum() {
        Check.Predict p = check(L, "Predict the carried sum", Check.Predict.class);
        Scene s = scene(L, "Predict the carried sum");
        WorkspaceResult r = compute(s);
        assertEquals(CellKind.LSTM, r.trace().cell());
        double c = read(p.probe(), s);
        // "About 0.27. The target is 0.548, and 0.45 × 0.548 + 0.035 ≈ 0.28 ... added the first marked number at
        // t = 26 ... t = 85 ... the prediction, about 0.55"
        assertEquals(0.27, c, 0.005);
        assertTrue(r.description().contains("marked steps 26 and 85, target 0.548"), r.description());
        double line = 0.45 * 0.548 + 0.035;
        assertEquals(0.28, line, 0.005);
        assertTrue(Math.abs(line - c) <= p.tolerance(), "the learner who uses the line is right");
        assertEquals(0.55, r.trace().output(99, 0, 0), 0.005);
        // and the misconceptions are not: c is the sum itself, c was forgotten, c holds only the first number
        LayerTrace l = r.trace().layer(0);
        double u1 = l.input(26, 0, 0);
        for (double wrong : new double[] {0.548, 0, 0.42 * u1 + 0.062}) {
            assertTrue(Math.abs(wrong - c) > p.tolerance(), "answer " + wrong);
        }
        // "carried it to t = 85 with little loss (its c went from 0.18 to 0.16 over those 58 steps)"
        assertEquals(0.18, l.cellState(26, 0, 18), 0.005);
        assertEquals(0.16, l.cellState(84, 0, 18), 0.005);
    }

    @Test
    void theCellStatesGradientRidesTheCarouselBackNinetyNineSteps() {
        Check.Predict p = check(L, "The constant error carousel", Check.Predict.class);
        Scene s = scene(L, "The constant error carousel");
        LayerTrace l = layer(s);
        // "||dL/dc_t|| is about 0.0086 at the last step"; "About 0.012 ... even grows a little on the way back"
        assertEquals(0.0086, l.gradCellNorm(99), 0.00005);
        double at0 = read(p.probe(), s);
        assertEquals(0.012, at0, 0.0005);
        assertTrue(at0 > l.gradCellNorm(99));
        assertTrue(Math.abs(l.gradCellNorm(99) - at0) <= p.tolerance(), "\"it stays\" is right");
        assertTrue(at0 > p.tolerance(), "\"it vanished\" is not");
        // "||dL/dh_t||, which falls to about 1e-4"
        assertEquals(1e-4, l.gradHiddenNorm(26), 0.5e-4);
        assertEquals(1e-4, l.gradHiddenNorm(0), 0.5e-4);
        // "The untrained LSTM of the first steps lost a factor of 10 million over 30 steps"
        double[] untrained = layer(scene(L, "Why a forget gate near 1 lets the gradient through")).gradHiddenNormCurve();
        assertTrue(untrained[29] / untrained[0] > 3e6 && untrained[29] / untrained[0] < 3e7,
                "" + untrained[29] / untrained[0]);
    }

    @Test
    void theTrainedRnnHoldsNothingBecauseItsGradientVanishes() {
        choice(L, "The trained RNN holds nothing", 2);
        MemoryViewModel m = memory("The trained RNN holds nothing");
        UnitMemory.Ranking r = m.resultProperty().get().ranking();
        assertEquals(CellKind.RNN, m.resultProperty().get().model().config().cell());
        // "Its best unit's h correlates with the running sum at only about 0.07"
        assertEquals(0.07, r.best().score(), 0.005);
        // "falls from about 0.36 at the last step to about 4e-7 at t = 85 ... about 1.5e-14 at t = 60"
        Scene rnn = with(scene(L, "Predict the carried sum"), "model: assets/models/adding-T100-rnn.safetensors");
        double[] g = layer(rnn).gradHiddenNormCurve();
        assertEquals(0.36, g[99], 0.005);
        assertEquals(4e-7, g[85], 0.5e-7);
        assertEquals(1.5e-14, g[60], 0.1e-14);
        // "1,185 against the LSTM's 4,641"
        assertEquals(1185, compute(rnn).pytorchParameters());
        assertEquals(4641, compute(scene(L, "Predict the carried sum")).pytorchParameters());
    }
}
