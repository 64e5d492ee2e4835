package org.gatelab.engine.trace;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * Assembles a {@link LayerTrace}. Every array handed in is checked against the layer's shape and copied, so the
 * trace shares nothing with its maker and stays immutable whatever the maker does afterwards.
 *
 * <p>Arrays come in the order the layer processed its steps: for a {@link Direction#REVERSE} layer, step 0 of
 * an array is time t = T-1. The trace keeps them in time order, so for both directions index t means x_t.
 * Optional arrays (gradients, the LSTM's cell state, the parts a training run does not keep) may be null.
 */
public final class LayerTraceBuilder {
    final int index;
    final Direction direction;
    final CellKind cell;
    final Nonlinearity nonlinearity;
    final int length;
    final int batch;
    final int inputSize;
    final int hiddenSize;
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

    /**
     * @param index     the layer, 0 at the bottom
     * @param direction which way the layer read the sequence
     * @param length    T, the steps
     * @param batch     B, the sequences
     * @param inputSize the features of the layer's input x_t (for a layer above a bidirectional one, 2H)
     */
    public LayerTraceBuilder(int index, Direction direction, CellKind cell, Nonlinearity nonlinearity, int length,
                             int batch, int inputSize, int hiddenSize) {
        if (cell == null || direction == null) {
            throw new IllegalArgumentException("a cell and a direction are required");
        }
        if (index < 0 || length < 1 || batch < 1 || inputSize < 1 || hiddenSize < 1) {
            throw new IllegalArgumentException("a layer needs index >= 0 and T, B, inputs and units >= 1, got index "
                    + index + ", T=" + length + " B=" + batch + " I=" + inputSize + " H=" + hiddenSize);
        }
        this.index = index;
        this.direction = direction;
        this.cell = cell;
        this.nonlinearity = nonlinearity == null ? Nonlinearity.TANH : nonlinearity;
        this.length = length;
        this.batch = batch;
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
    }

    /** x_t, {@code [T][B][in]}: required. */
    public LayerTraceBuilder input(double[] values) {
        input = steps("input", values, inputSize);
        return this;
    }

    /** The input side, the recurrent side and the total of every block's pre-activation, each {@code [T][B][G*H]}. */
    public LayerTraceBuilder preActivations(double[] inputSide, double[] recurrentSide, double[] total) {
        int rows = cell.blockCount() * hiddenSize;
        preInput = steps("input-side pre-activations", inputSide, rows);
        preHidden = steps("recurrent-side pre-activations", recurrentSide, rows);
        pre = steps("pre-activations", total, rows);
        return this;
    }

    /** Every block's activation, {@code [T][B][G*H]}: required. */
    public LayerTraceBuilder activations(double[] values) {
        act = steps("activations", values, cell.blockCount() * hiddenSize);
        return this;
    }

    /** The LSTM's c_t and tanh(c_t), {@code [T][B][H]}. */
    public LayerTraceBuilder cellStates(double[] cells, double[] tanhCells) {
        cellState = steps("cell states", cells, hiddenSize);
        tanhCell = steps("tanh of the cell states", tanhCells, hiddenSize);
        return this;
    }

    /** h_t, {@code [T][B][H]}: required. */
    public LayerTraceBuilder hidden(double[] values) {
        hidden = steps("hidden states", values, hiddenSize);
        return this;
    }

    /** The state before the first step read, {@code [B][H]} each; the cell state only for the LSTM. */
    public LayerTraceBuilder initialState(double[] hidden0, double[] cell0) {
        initialHidden = state("initial hidden state", hidden0);
        initialCell = state("initial cell state", cell0);
        return this;
    }

    /** ||dh/dh_previous||_F per step and sequence, {@code [T][B]}; empty or null when not computed. */
    public LayerTraceBuilder stepJacobianNorms(double[] values) {
        stepJacobianNorm = values == null || values.length == 0 ? new double[0] : steps("step Jacobian norms", values, 1);
        return this;
    }

    /** dL/dh_t and dL/dc_t {@code [T][B][H]}, dL/d(pre-activation) {@code [T][B][G*H]}, dL/dx_t {@code [T][B][in]}. */
    public LayerTraceBuilder gradients(double[] gradH, double[] gradC, double[] gradPreActivation, double[] gradX) {
        gradHidden = steps("dL/dh", gradH, hiddenSize);
        gradCell = steps("dL/dc", gradC, hiddenSize);
        gradPre = steps("dL/d(pre-activation)", gradPreActivation, cell.blockCount() * hiddenSize);
        gradInput = steps("dL/dx", gradX, inputSize);
        return this;
    }

    /** dL/d(initial h) and dL/d(initial c), {@code [B][H]} each. */
    public LayerTraceBuilder initialStateGradients(double[] gradHidden0, double[] gradCell0) {
        gradInitialHidden = state("dL/d(initial hidden state)", gradHidden0);
        gradInitialCell = state("dL/d(initial cell state)", gradCell0);
        return this;
    }

    public LayerTrace build() {
        if (input == null || act == null || hidden == null || initialHidden == null) {
            throw new IllegalStateException("a layer's record needs its input, activations, hidden states and "
                    + "initial hidden state");
        }
        if (cell.hasCellState() && (cellState == null || initialCell == null)) {
            throw new IllegalStateException("an LSTM layer's record needs its cell states");
        }
        if (stepJacobianNorm == null) {
            stepJacobianNorm = new double[0];
        }
        return new LayerTrace(this);
    }

    /** A copy of a {@code [T][B][width]} array in time order (its steps reversed for the reverse direction). */
    private double[] steps(String what, double[] values, int width) {
        if (values == null) {
            return null;
        }
        int stride = batch * width;
        if (values.length != length * stride) {
            throw new IllegalArgumentException(what + ": expected " + length * stride + " values (T=" + length
                    + " x B=" + batch + " x " + width + "), got " + values.length);
        }
        if (direction == Direction.FORWARD) {
            return values.clone();
        }
        double[] out = new double[values.length];
        for (int s = 0; s < length; s++) {
            System.arraycopy(values, s * stride, out, (length - 1 - s) * stride, stride);
        }
        return out;
    }

    private double[] state(String what, double[] values) {
        if (values == null) {
            return null;
        }
        if (values.length != batch * hiddenSize) {
            throw new IllegalArgumentException(what + ": expected " + batch * hiddenSize + " values (B=" + batch
                    + " x H=" + hiddenSize + "), got " + values.length);
        }
        return values.clone();
    }
}
