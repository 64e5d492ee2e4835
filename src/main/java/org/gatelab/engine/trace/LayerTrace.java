package org.gatelab.engine.trace;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * Everything one layer recorded over a run, for every timestep {@code t}, sequence {@code b} of the batch,
 * and unit. Immutable: it owns flat row-major arrays and hands out single values or copies.
 *
 * <p>Array layouts: per-unit values are {@code [T][B][H]}, per-block values {@code [T][B][G*H]} with the
 * blocks in {@link CellKind#blocks()} order (PyTorch's stacking), inputs {@code [T][B][inputSize]}.
 * Gradient arrays are {@code null} when the run had no loss.
 *
 * <p>One direction of a layer: a bidirectional layer has two traces, {@link Direction#FORWARD} and
 * {@link Direction#REVERSE}. Both are indexed by time t (x_t is the input at t for either), but the reverse
 * direction reads the sequence from its end, so its "previous" step is t + 1 and its initial state comes
 * before t = T-1. Made by {@link LayerTraceBuilder}.
 */
public final class LayerTrace {
    private final int index;
    private final Direction direction;
    private final CellKind cell;
    private final Nonlinearity nonlinearity;
    private final int length;
    private final int batch;
    private final int inputSize;
    private final int hiddenSize;
    // forward values, then gradients (null without a loss), all in time order (see LayerTraceBuilder)
    private final double[] input, preInput, preHidden, pre, act, cellState, tanhCell, hidden;
    private final double[] initialHidden, initialCell, stepJacobianNorm;
    private final double[] gradHidden, gradCell, gradPre, gradInput, gradInitialHidden, gradInitialCell;
    private final int blocks;

    /** Made by {@link LayerTraceBuilder}, which has checked and copied every array. */
    LayerTrace(LayerTraceBuilder b) {
        this.index = b.index;
        this.direction = b.direction;
        this.cell = b.cell;
        this.nonlinearity = b.nonlinearity;
        this.length = b.length;
        this.batch = b.batch;
        this.inputSize = b.inputSize;
        this.hiddenSize = b.hiddenSize;
        this.input = b.input;
        this.preInput = b.preInput;
        this.preHidden = b.preHidden;
        this.pre = b.pre;
        this.act = b.act;
        this.cellState = b.cellState;
        this.tanhCell = b.tanhCell;
        this.hidden = b.hidden;
        this.initialHidden = b.initialHidden;
        this.initialCell = b.initialCell;
        this.stepJacobianNorm = b.stepJacobianNorm;
        this.gradHidden = b.gradHidden;
        this.gradCell = b.gradCell;
        this.gradPre = b.gradPre;
        this.gradInput = b.gradInput;
        this.gradInitialHidden = b.gradInitialHidden;
        this.gradInitialCell = b.gradInitialCell;
        this.blocks = cell.blockCount();
    }

    public int index() {
        return index;
    }

    /** Which way this layer (direction) read the sequence. */
    public Direction direction() {
        return direction;
    }

    /** The time step this direction read just before t (t - 1 forward, t + 1 reverse), or -1 for its first. */
    public int earlierStep(int t) {
        int s = direction == Direction.FORWARD ? t - 1 : t + 1;
        return s < 0 || s >= length ? -1 : s;
    }

    /** The first time step this direction read: 0 forward, T - 1 reverse. */
    public int firstStep() {
        return direction == Direction.FORWARD ? 0 : length - 1;
    }

    public CellKind cell() {
        return cell;
    }

    public Nonlinearity nonlinearity() {
        return nonlinearity;
    }

    public int length() {
        return length;
    }

    public int batchSize() {
        return batch;
    }

    public int inputSize() {
        return inputSize;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    public boolean hasGradients() {
        return gradHidden != null;
    }

    // ---- indexing -------------------------------------------------------------------------------------

    private int unitIndex(int t, int b, int unit) {
        return (t * batch + b) * hiddenSize + unit;
    }

    private int blockIndex(int t, int b, Gate gate, int unit) {
        int k = cell.blockIndex(gate);
        if (k < 0) {
            throw new IllegalArgumentException(cell + " has no gate " + gate.symbol());
        }
        return ((t * batch + b) * blocks + k) * hiddenSize + unit;
    }

    private static double[] requireGrad(double[] a) {
        if (a == null) {
            throw new IllegalStateException("this trace has no gradients (it was run without a target)");
        }
        return a;
    }

    // ---- forward values -------------------------------------------------------------------------------

    /**
     * The layer's input x_t: for layer 0 the sequence, for higher layers the lower layer's h_t (both of its
     * directions side by side, forward first, when it is bidirectional).
     */
    public double input(int t, int b, int feature) {
        return input[(t * batch + b) * inputSize + feature];
    }

    /** The activation of a block: a gate's value in (0, 1), a candidate's in (-1, 1), the RNN's h_t. */
    public double gate(int t, int b, Gate gate, int unit) {
        return act[blockIndex(t, b, gate, unit)];
    }

    /** The block's pre-activation: the argument of its sigmoid or tanh. For GRU n it includes r * (W_hn h + b_hn). */
    public double preActivation(int t, int b, Gate gate, int unit) {
        return pre[blockIndex(t, b, gate, unit)];
    }

    /** The input side of the pre-activation: {@code W_i? x_t + b_i?}. */
    public double preActivationInputPart(int t, int b, Gate gate, int unit) {
        return preInput[blockIndex(t, b, gate, unit)];
    }

    /** The recurrent side of the pre-activation: {@code W_h? h_{t-1} + b_h?} (for GRU n, before scaling by r). */
    public double preActivationHiddenPart(int t, int b, Gate gate, int unit) {
        return preHidden[blockIndex(t, b, gate, unit)];
    }

    /** The LSTM cell state c_t. */
    public double cellState(int t, int b, int unit) {
        return requireCell(cellState)[unitIndex(t, b, unit)];
    }

    /** tanh(c_t), the squashed LSTM cell state that the output gate scales into h_t. */
    public double tanhCellState(int t, int b, int unit) {
        return requireCell(tanhCell)[unitIndex(t, b, unit)];
    }

    private double[] requireCell(double[] a) {
        if (a == null) {
            throw new IllegalStateException(cell + " has no cell state");
        }
        return a;
    }

    /** The hidden state h_t. */
    public double hidden(int t, int b, int unit) {
        return hidden[unitIndex(t, b, unit)];
    }

    /**
     * The state this direction read before step t: h_{t-1} forward (h_{t+1} reverse), the initial state h_0 at
     * its first step.
     */
    public double previousHidden(int t, int b, int unit) {
        int s = earlierStep(t);
        return s < 0 ? initialHidden[b * hiddenSize + unit] : hidden(s, b, unit);
    }

    /** The LSTM cell state before step t (c_{t-1} forward, c_{t+1} reverse); the initial one at the first step. */
    public double previousCellState(int t, int b, int unit) {
        requireCell(cellState);
        int s = earlierStep(t);
        return s < 0 ? initialCell[b * hiddenSize + unit] : cellState(s, b, unit);
    }

    /**
     * Frobenius norm of the step Jacobian dh_t/dh_{t-1} (dh_t/dh_{t+1} in the reverse direction; for the LSTM with c_{t-1} held fixed: the hidden
     * path only; the cell-state path is scaled by the forget gate).
     */
    public double stepJacobianNorm(int t, int b) {
        return stepJacobianNorm[t * batch + b];
    }

    // ---- gradients ------------------------------------------------------------------------------------

    /** dL/dh_t: the total derivative, through the readout, all steps read after t and the layers above. */
    public double gradHidden(int t, int b, int unit) {
        return requireGrad(gradHidden)[unitIndex(t, b, unit)];
    }

    /** dL/dc_t, the total derivative with respect to the LSTM cell state. */
    public double gradCellState(int t, int b, int unit) {
        return requireCell(requireGrad(gradCell))[unitIndex(t, b, unit)];
    }

    /** dL/d(pre-activation) of a block. */
    public double gradPreActivation(int t, int b, Gate gate, int unit) {
        return requireGrad(gradPre)[blockIndex(t, b, gate, unit)];
    }

    /** dL/dx_t, the gradient with respect to the layer's input at step t. */
    public double gradInput(int t, int b, int feature) {
        return requireGrad(gradInput)[(t * batch + b) * inputSize + feature];
    }

    /** dL/dh_0 for the initial hidden state. */
    public double gradInitialHidden(int b, int unit) {
        return requireGrad(gradInitialHidden)[b * hiddenSize + unit];
    }

    /** dL/dc_0 for the initial cell state (LSTM only). */
    public double gradInitialCell(int b, int unit) {
        return requireCell(requireGrad(gradInitialCell))[b * hiddenSize + unit];
    }

    /** ||dL/dh_t||, over every unit and every sequence of the batch. */
    public double gradHiddenNorm(int t) {
        return rowNorm(requireGrad(gradHidden), t, hiddenSize);
    }

    /** ||dL/dh_t|| of sequence b, over every unit. */
    public double gradHiddenNorm(int t, int b) {
        return vectorNorm(requireGrad(gradHidden), (t * batch + b) * hiddenSize, hiddenSize);
    }

    /** ||dL/dc_t|| of sequence b, over every unit (LSTM only). */
    public double gradCellNorm(int t, int b) {
        return vectorNorm(requireCell(requireGrad(gradCell)), (t * batch + b) * hiddenSize, hiddenSize);
    }

    private static double vectorNorm(double[] a, int from, int n) {
        double s = 0;
        for (int i = from; i < from + n; i++) {
            s += a[i] * a[i];
        }
        return Math.sqrt(s);
    }

    /** ||dL/dc_t||, over every unit and every sequence of the batch (LSTM only). */
    public double gradCellNorm(int t) {
        return rowNorm(requireCell(requireGrad(gradCell)), t, hiddenSize);
    }

    /** ||dL/dx_t||: how much the loss depends on the input at step t. */
    public double gradInputNorm(int t) {
        return rowNorm(requireGrad(gradInput), t, inputSize);
    }

    /** The vanishing-gradient curve: ||dL/dh_t|| for t = 0..T-1. */
    public double[] gradHiddenNormCurve() {
        double[] curve = new double[length];
        for (int t = 0; t < length; t++) {
            curve[t] = gradHiddenNorm(t);
        }
        return curve;
    }

    private double rowNorm(double[] a, int t, int width) {
        int from = t * batch * width;
        int to = from + batch * width;
        double s = 0;
        for (int i = from; i < to; i++) {
            s += a[i] * a[i];
        }
        return Math.sqrt(s);
    }

    // ---- summaries -------------------------------------------------------------------------------------

    /**
     * The fraction of (t, b, unit) values of a sigmoid gate that are saturated: below {@code low} (nearly
     * closed) or above {@code high} (nearly open), as in Karpathy, Johnson and Fei-Fei 2015 (0.1 and 0.9).
     *
     * @return {left, right}: the fraction below {@code low} and the fraction above {@code high}
     */
    public double[] saturation(Gate gate, double low, double high) {
        long[] counts = new long[2];
        eachBlockValue(act, gate, v -> {
            if (v < low) {
                counts[0]++;
            } else if (v > high) {
                counts[1]++;
            }
        });
        double n = (double) length * batch * hiddenSize;
        return new double[] {counts[0] / n, counts[1] / n};
    }

    /** The smallest and largest value of a block's activation over the whole run: {min, max}. */
    public double[] gateRange(Gate gate) {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        eachBlockValue(act, gate, v -> {
            range[0] = Math.min(range[0], v);
            range[1] = Math.max(range[1], v);
        });
        return range;
    }

    /** The largest |dL/d(pre-activation)| of a block over the run (0 without gradients): a colour scale. */
    public double maxAbsGradPreActivation(Gate gate) {
        double[] max = {0};
        if (gradPre != null) {
            eachBlockValue(gradPre, gate, v -> max[0] = Math.max(max[0], Math.abs(v)));
        }
        return max[0];
    }

    /** Every (t, b, unit) value of one block of a per-block array. */
    private void eachBlockValue(double[] a, Gate gate, java.util.function.DoubleConsumer action) {
        int k = cell.blockIndex(gate);
        if (k < 0) {
            throw new IllegalArgumentException(cell + " has no gate " + gate.symbol());
        }
        for (int r = 0; r < length * batch; r++) {
            int o = (r * blocks + k) * hiddenSize;
            for (int j = 0; j < hiddenSize; j++) {
                action.accept(a[o + j]);
            }
        }
    }

    /** The largest |c_t| over the run (LSTM only): a colour scale for the cell state. */
    public double maxAbsCellState() {
        double max = 0;
        for (double v : requireCell(cellState)) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    // ---- copies of whole vectors ---------------------------------------------------------------------

    /** h_t of sequence b, all units (a copy). */
    public double[] hiddenVector(int t, int b) {
        return slice(hidden, (t * batch + b) * hiddenSize, hiddenSize);
    }

    /** The block's activations at (t, b), all units (a copy). */
    public double[] gateVector(int t, int b, Gate gate) {
        return slice(act, blockIndex(t, b, gate, 0), hiddenSize);
    }

    /** The input x_t of sequence b (a copy). */
    public double[] inputVector(int t, int b) {
        return slice(input, (t * batch + b) * inputSize, inputSize);
    }

    /** c_t of sequence b (a copy; LSTM only). */
    public double[] cellVector(int t, int b) {
        return slice(requireCell(cellState), (t * batch + b) * hiddenSize, hiddenSize);
    }

    /** dL/dh_t of sequence b (a copy). */
    public double[] gradHiddenVector(int t, int b) {
        return slice(requireGrad(gradHidden), (t * batch + b) * hiddenSize, hiddenSize);
    }

    /** dL/dc_t of sequence b (a copy; LSTM only). */
    public double[] gradCellVector(int t, int b) {
        return slice(requireCell(requireGrad(gradCell)), (t * batch + b) * hiddenSize, hiddenSize);
    }

    private static double[] slice(double[] a, int from, int n) {
        double[] out = new double[n];
        System.arraycopy(a, from, out, 0, n);
        return out;
    }

    /** Approximate bytes held by this layer's record, for memory budgeting. */
    public long byteSize() {
        long n = 0;
        for (double[] a : new double[][] {input, preInput, preHidden, pre, act, cellState, tanhCell,
                hidden, initialHidden, initialCell, stepJacobianNorm, gradHidden, gradCell, gradPre,
                gradInput, gradInitialHidden, gradInitialCell}) {
            if (a != null) {
                n += 8L * a.length;
            }
        }
        return n;
    }
}
