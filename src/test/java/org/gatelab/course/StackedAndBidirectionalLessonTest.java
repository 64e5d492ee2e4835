package org.gatelab.course;

import static org.gatelab.course.Course.check;
import static org.gatelab.course.Course.choice;
import static org.gatelab.course.Course.compute;
import static org.gatelab.course.Course.read;
import static org.gatelab.course.Course.scene;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Scene;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.junit.jupiter.api.Test;

/**
 * Lesson 09, "Stacked and bidirectional networks": each claim run through the workspace's own computation of the
 * lesson's scenes (what layer 2 reads, the parameter counts, which inputs the output at a step depends on).
 */
class StackedAndBidirectionalLessonTest {
    private static final Lesson L = Course.lesson("09-stacked-and-bidirectional");

    @Test
    void layerTwoReadsLayerOnesHiddenStateAtTheSameStep() {
        choice(L, "Layers on layers", 3);
        WorkspaceResult r = compute(scene(L, "Layers on layers"));
        Trace trace = r.trace();
        assertEquals(2, trace.layerCount());
        assertEquals(8, trace.hiddenSize());
        LayerTrace one = trace.layer(0);
        LayerTrace two = trace.layer(1);
        assertEquals(1, one.inputSize());
        assertEquals(8, two.inputSize(), "layer 2's W_ih is 8 wide");
        for (int t = 0; t < trace.length(); t++) {
            for (int k = 0; k < 8; k++) {
                assertEquals(one.hidden(t, 0, k), two.input(t, 0, k), 0.0, "t = " + t + ", k = " + k);
            }
        }
    }

    @Test
    void theStackHas937Parameters() {
        Check.Predict p = check(L, "Counting a stack", Check.Predict.class);
        assertTrue(p.sealed());
        Scene s = scene(L, "Counting a stack");
        assertEquals(352, 4 * 8 * (1 + 8 + 2));
        assertEquals(576, 4 * 8 * (8 + 8 + 2));
        assertEquals(937, read(p.probe(), s), 0.0);
        assertEquals(937, compute(s).pytorchParameters());
    }

    /** The output at t = 0 with the last input changed, against the scene's own output at t = 0. */
    private static double[] outputAtZero(Scene s) {
        WorkspaceResult r = compute(s);
        Trace trace = r.trace();
        int n = trace.length();
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = trace.layer(0).input(t, 0, 0);
        }
        Trace again = new SequenceRunner().trace(r.model(), SequenceBatch.ofScalars(x), null, null);
        x[n - 1] += 0.5;
        Trace changed = new SequenceRunner().trace(r.model(), SequenceBatch.ofScalars(x), null, null);
        return new double[] {trace.output(0, 0, 0), again.output(0, 0, 0), changed.output(0, 0, 0)};
    }

    @Test
    void theBidirectionalOutputAtStepZeroHasSeenTheLastInputAndTheOneWayOneHasNot() {
        choice(L, "Reading backwards too", 4);
        Scene both = scene(L, "Reading backwards too");
        Trace trace = compute(both).trace();
        assertTrue(trace.bidirectional());
        assertEquals(30, trace.length());
        assertEquals(1, trace.layerCount());
        double[] bi = outputAtZero(both);
        assertEquals(bi[0], bi[1], 0.0, "the trace's output is the runner's");
        assertNotEquals(bi[1], bi[2], "x_29 moves the output at t = 0");
        double moved = Math.abs(bi[2] - bi[1]);
        assertTrue(moved > 1e3 * Math.ulp(bi[1]), "not by rounding: " + moved);
        assertEquals(4e-7, moved, 0.5e-7, "about 4e-7: faded over the reverse direction's 29 steps");
        double[] oneWay = outputAtZero(scene(L, "Layers on layers"));
        assertEquals(oneWay[1], oneWay[2], 0.0, "the one-way stack's output at t = 0 stays exactly the same");
    }

    @Test
    void theBidirectionalStackHas2385Parameters() {
        Check.Predict p = check(L, "Counting both directions", Check.Predict.class);
        Scene s = scene(L, "Counting both directions");
        assertEquals(704, 2 * 4 * 8 * (1 + 8 + 2));
        assertEquals(1_664, 2 * 4 * 8 * (16 + 8 + 2));
        assertEquals(2_385, read(p.probe(), s), 0.0);
        assertEquals(2_385, compute(s).pytorchParameters());
        assertEquals(2.5, 2_385 / 937.0, 0.05, "two and a half times");
    }

    /** A one-way stack's output at every earlier step ignores a new last input; a bidirectional one's does not. */
    @Test
    void onlyTheOneWayNetworkCanAnswerAsTheInputsArrive() {
        choice(L, "On a live stream", 2);
        for (String title : new String[] {"Layers on layers", "Counting both directions"}) {
            WorkspaceResult r = compute(scene(L, title));
            int n = r.trace().length();
            double[] x = new double[n];
            for (int t = 0; t < n; t++) {
                x[t] = r.trace().layer(0).input(t, 0, 0);
            }
            Trace before = new SequenceRunner().trace(r.model(), SequenceBatch.ofScalars(x), null, null);
            x[n - 1] -= 0.5;
            Trace after = new SequenceRunner().trace(r.model(), SequenceBatch.ofScalars(x), null, null);
            int moved = 0;
            for (int t = 0; t < n - 1; t++) {
                moved += before.output(t, 0, 0) != after.output(t, 0, 0) ? 1 : 0;
            }
            assertEquals(title.startsWith("Layers") ? 0 : n - 1, moved, title);
        }
    }
}
