package org.gatelab.engine;

import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.LayerTraceBuilder;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The working arrays of one direction of one layer over a run, filled by its {@link LayerKernel}. Every array is
 * in the order the layer processes its steps: for the reverse direction of a bidirectional layer, step s of
 * these arrays is time t = T-1-s. Layouts: per-unit values {@code [T][B][H]}, per-block values
 * {@code [T][B][G*H]} (blocks in {@link CellKind#blocks()} order), inputs {@code [T][B][in]}.
 *
 * <p>Engine-internal and mutable; {@link #toTrace()} copies what was recorded into an immutable
 * {@link LayerTrace} (in time order).
 */
final class LayerArrays {
    int index;
    Direction direction = Direction.FORWARD;
    CellKind cell;
    Nonlinearity nonlinearity;
    int length;
    int batch;
    int inputSize;
    int hiddenSize;
    double[] input;
    double[] preInput;
    double[] preHidden;
    double[] pre;
    double[] act;
    double[] cellState;
    double[] tanhCell;
    double[] hidden;
    double[] initialHidden;
    double[] initialCell;
    double[] stepJacobianNorm;
    double[] gradHidden;
    double[] gradCell;
    double[] gradPre;
    double[] gradInput;
    double[] gradInitialHidden;
    double[] gradInitialCell;
    /** dL/d(h and c after the last step) from outside the layer, {@code [B][H]}; null for none. Read by backward. */
    double[] gradFinalHidden;
    double[] gradFinalCell;

    /** The record of this run, copied into time order; these arrays stay the engine's. */
    LayerTrace toTrace() {
        return new LayerTraceBuilder(index, direction, cell, nonlinearity, length, batch, inputSize, hiddenSize)
                .input(input)
                .preActivations(preInput, preHidden, pre)
                .activations(act)
                .cellStates(cellState, tanhCell)
                .hidden(hidden)
                .initialState(initialHidden, initialCell)
                .stepJacobianNorms(stepJacobianNorm)
                .gradients(gradHidden, gradCell, gradPre, gradInput)
                .initialStateGradients(gradInitialHidden, gradInitialCell)
                .build();
    }
}
