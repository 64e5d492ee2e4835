package org.gatelab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;

/** A layer's record shares no array with its maker, and a reverse direction's steps are put in time order. */
class LayerTraceBuilderTest {

    /** An RNN layer of T = 3, B = 1, one input, one unit, whose values are 10 * step + 1. */
    private static LayerTraceBuilder rnn(Direction direction, double[] input, double[] hidden) {
        return new LayerTraceBuilder(0, direction, CellKind.RNN, Nonlinearity.TANH, 3, 1, 1, 1)
                .input(input)
                .activations(hidden.clone())
                .hidden(hidden)
                .initialState(new double[] {0.5}, null);
    }

    @Test
    void changingTheMakersArraysAfterwardsChangesNothing() {
        double[] input = {1, 11, 21};
        double[] hidden = {0.1, 0.2, 0.3};
        LayerTrace trace = rnn(Direction.FORWARD, input, hidden).build();
        input[1] = 99;
        hidden[2] = 99;
        assertEquals(11, trace.input(1, 0, 0));
        assertEquals(0.3, trace.hidden(2, 0, 0));
        double[] copy = trace.hiddenVector(2, 0);
        copy[0] = 42;
        assertEquals(0.3, trace.hidden(2, 0, 0));
    }

    @Test
    void theReverseDirectionIsIndexedByTimeAndReadsItsStepsBackwards() {
        // processing order: step 0 read x_2, step 1 read x_1, step 2 read x_0
        LayerTrace trace = rnn(Direction.REVERSE, new double[] {21, 11, 1}, new double[] {0.3, 0.2, 0.1}).build();
        assertEquals(Direction.REVERSE, trace.direction());
        assertEquals(1, trace.input(0, 0, 0));
        assertEquals(21, trace.input(2, 0, 0));
        assertEquals(0.1, trace.hidden(0, 0, 0));
        assertEquals(0.3, trace.hidden(2, 0, 0));
        assertEquals(Gate.A, trace.cell().blocks().get(0));
        // the state before t is the one after t + 1; before the last step, the initial state
        assertEquals(0.2, trace.previousHidden(0, 0, 0));
        assertEquals(0.5, trace.previousHidden(2, 0, 0));
        assertEquals(2, trace.firstStep());
        assertEquals(-1, trace.earlierStep(2));
        assertEquals(1, trace.earlierStep(0));
    }

    @Test
    void anArrayOfTheWrongSizeIsRefusedWithWhatItShouldBe() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rnn(Direction.FORWARD, new double[] {1, 2}, new double[] {0.1, 0.2, 0.3}));
        assertEquals("input: expected 3 values (T=3 x B=1 x 1), got 2", e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> new LayerTraceBuilder(0, Direction.FORWARD, CellKind.LSTM, null, 3, 1, 1, 1)
                        .input(new double[3]).activations(new double[12]).hidden(new double[3])
                        .initialState(new double[1], new double[1]).build());
    }
}
