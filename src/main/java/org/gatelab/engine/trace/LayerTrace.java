package org.gatelab.engine.trace;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * Everything one layer recorded over a run, for every timestep {@code t}, sequence {@code b} of the batch,
 * and unit. Immutable: it owns flat row-major arrays and hands out single values or copies.
 *
 * <p>Array layouts: per-unit values are {@code [T][B][H]}, per-block values {@code [T][B][G*H]} with the
 * blocks in {@link CellKind#blocks()} order (PyTorch's stacking), inputs {@code [T][B][inputSize]}.
 * Gradient arrays are {@code null} when the run had no loss.
 */
public final class LayerTrace {
    /** The arrays of one layer's run. The engine fills it and gives it up to the trace. */
    public static final class Data {
        public int index;
        public CellKind cell;
        public Nonlinearity nonlinearity;
        public int length;
        public int batch;
        public int inputSize;
        public int hiddenSize;
        public double[] input;
        public double[] preInput;
        public double[] preHidden;
        public double[] pre;
        public double[] act;
        public double[] cellState;
        public double[] tanhCell;
        public double[] hidden;
        public double[] initialHidden;
        public double[] initialCell;
        public double[] stepJacobianNorm;
        public double[] gradHidden;
        public double[] gradCell;
        public double[] gradPre;
        public double[] gradInput;
        public double[] gradInitialHidden;
        public double[] gradInitialCell;
    }

    private final Data d;
    private final int blocks;

    /** Takes ownership of the arrays in {@code data}: the caller must drop every reference to them. */
    public LayerTrace(Data data) {
        this.d = data;
        this.blocks = data.cell.blockCount();
    }

    public int index() {
        return d.index;
    }

    public CellKind cell() {
        return d.cell;
    }

    public Nonlinearity nonlinearity() {
        return d.nonlinearity;
    }

    public int length() {
        return d.length;
    }

    public int batchSize() {
        return d.batch;
    }

    public int inputSize() {
        return d.inputSize;
    }

    public int hiddenSize() {
        return d.hiddenSize;
    }

    public boolean hasGradients() {
        return d.gradHidden != null;
    }

    // ---- indexing -------------------------------------------------------------------------------------

    private int unitIndex(int t, int b, int unit) {
        return (t * d.batch + b) * d.hiddenSize + unit;
    }

    private int blockIndex(int t, int b, Gate gate, int unit) {
        int k = d.cell.blockIndex(gate);
        if (k < 0) {
            throw new IllegalArgumentException(d.cell + " has no gate " + gate.symbol());
        }
        return ((t * d.batch + b) * blocks + k) * d.hiddenSize + unit;
    }

    private static double[] requireGrad(double[] a) {
        if (a == null) {
            throw new IllegalStateException("this trace has no gradients (it was run without a target)");
        }
        return a;
    }

    // ---- forward values -------------------------------------------------------------------------------

    /** The layer's input x_t (for layer 0 the sequence, for higher layers the lower layer's h_t). */
    public double input(int t, int b, int feature) {
        return d.input[(t * d.batch + b) * d.inputSize + feature];
    }

    /** The activation of a block: a gate's value in (0, 1), a candidate's in (-1, 1), the RNN's h_t. */
    public double gate(int t, int b, Gate gate, int unit) {
        return d.act[blockIndex(t, b, gate, unit)];
    }

    /** The block's pre-activation: the argument of its sigmoid or tanh. For GRU n it includes r * (W_hn h + b_hn). */
    public double preActivation(int t, int b, Gate gate, int unit) {
        return d.pre[blockIndex(t, b, gate, unit)];
    }

    /** The input side of the pre-activation: {@code W_i? x_t + b_i?}. */
    public double preActivationInputPart(int t, int b, Gate gate, int unit) {
        return d.preInput[blockIndex(t, b, gate, unit)];
    }

    /** The recurrent side of the pre-activation: {@code W_h? h_{t-1} + b_h?} (for GRU n, before scaling by r). */
    public double preActivationHiddenPart(int t, int b, Gate gate, int unit) {
        return d.preHidden[blockIndex(t, b, gate, unit)];
    }

    /** The LSTM cell state c_t. */
    public double cellState(int t, int b, int unit) {
        return requireCell(d.cellState)[unitIndex(t, b, unit)];
    }

    /** tanh(c_t), the squashed LSTM cell state that the output gate scales into h_t. */
    public double tanhCellState(int t, int b, int unit) {
        return requireCell(d.tanhCell)[unitIndex(t, b, unit)];
    }

    private double[] requireCell(double[] a) {
        if (a == null) {
            throw new IllegalStateException(d.cell + " has no cell state");
        }
        return a;
    }

    /** The hidden state h_t. */
    public double hidden(int t, int b, int unit) {
        return d.hidden[unitIndex(t, b, unit)];
    }

    /** h_{t-1}: the initial state h_0 for t = 0. */
    public double previousHidden(int t, int b, int unit) {
        return t == 0 ? d.initialHidden[b * d.hiddenSize + unit] : hidden(t - 1, b, unit);
    }

    /** c_{t-1}: the initial cell state for t = 0 (LSTM only). */
    public double previousCellState(int t, int b, int unit) {
        requireCell(d.cellState);
        return t == 0 ? d.initialCell[b * d.hiddenSize + unit] : cellState(t - 1, b, unit);
    }

    /**
     * Frobenius norm of the step Jacobian dh_t/dh_{t-1} (for the LSTM with c_{t-1} held fixed: the hidden
     * path only; the cell-state path is scaled by the forget gate).
     */
    public double stepJacobianNorm(int t, int b) {
        return d.stepJacobianNorm[t * d.batch + b];
    }

    // ---- gradients ------------------------------------------------------------------------------------

    /** dL/dh_t: the total derivative, through the readout, all later steps and the layers above. */
    public double gradHidden(int t, int b, int unit) {
        return requireGrad(d.gradHidden)[unitIndex(t, b, unit)];
    }

    /** dL/dc_t, the total derivative with respect to the LSTM cell state. */
    public double gradCellState(int t, int b, int unit) {
        return requireCell(requireGrad(d.gradCell))[unitIndex(t, b, unit)];
    }

    /** dL/d(pre-activation) of a block. */
    public double gradPreActivation(int t, int b, Gate gate, int unit) {
        return requireGrad(d.gradPre)[blockIndex(t, b, gate, unit)];
    }

    /** dL/dx_t, the gradient with respect to the layer's input at step t. */
    public double gradInput(int t, int b, int feature) {
        return requireGrad(d.gradInput)[(t * d.batch + b) * d.inputSize + feature];
    }

    /** dL/dh_0 for the initial hidden state. */
    public double gradInitialHidden(int b, int unit) {
        return requireGrad(d.gradInitialHidden)[b * d.hiddenSize + unit];
    }

    /** dL/dc_0 for the initial cell state (LSTM only). */
    public double gradInitialCell(int b, int unit) {
        return requireCell(requireGrad(d.gradInitialCell))[b * d.hiddenSize + unit];
    }

    /** ||dL/dh_t||, over every unit and every sequence of the batch. */
    public double gradHiddenNorm(int t) {
        return rowNorm(requireGrad(d.gradHidden), t, d.hiddenSize);
    }

    /** ||dL/dh_t|| of sequence b, over every unit. */
    public double gradHiddenNorm(int t, int b) {
        return vectorNorm(requireGrad(d.gradHidden), (t * d.batch + b) * d.hiddenSize, d.hiddenSize);
    }

    /** ||dL/dc_t|| of sequence b, over every unit (LSTM only). */
    public double gradCellNorm(int t, int b) {
        return vectorNorm(requireCell(requireGrad(d.gradCell)), (t * d.batch + b) * d.hiddenSize, d.hiddenSize);
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
        return rowNorm(requireCell(requireGrad(d.gradCell)), t, d.hiddenSize);
    }

    /** ||dL/dx_t||: how much the loss depends on the input at step t. */
    public double gradInputNorm(int t) {
        return rowNorm(requireGrad(d.gradInput), t, d.inputSize);
    }

    /** The vanishing-gradient curve: ||dL/dh_t|| for t = 0..T-1. */
    public double[] gradHiddenNormCurve() {
        double[] curve = new double[d.length];
        for (int t = 0; t < d.length; t++) {
            curve[t] = gradHiddenNorm(t);
        }
        return curve;
    }

    private double rowNorm(double[] a, int t, int width) {
        int from = t * d.batch * width;
        int to = from + d.batch * width;
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
        int k = d.cell.blockIndex(gate);
        if (k < 0) {
            throw new IllegalArgumentException(d.cell + " has no gate " + gate.symbol());
        }
        long below = 0;
        long above = 0;
        int h = d.hiddenSize;
        int rows = d.length * d.batch;
        for (int r = 0; r < rows; r++) {
            int o = (r * blocks + k) * h;
            for (int j = 0; j < h; j++) {
                double v = d.act[o + j];
                if (v < low) {
                    below++;
                } else if (v > high) {
                    above++;
                }
            }
        }
        double n = (double) rows * h;
        return new double[] {below / n, above / n};
    }

    /** The smallest and largest value of a block's activation over the whole run: {min, max}. */
    public double[] gateRange(Gate gate) {
        int k = d.cell.blockIndex(gate);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int h = d.hiddenSize;
        for (int r = 0; r < d.length * d.batch; r++) {
            int o = (r * blocks + k) * h;
            for (int j = 0; j < h; j++) {
                min = Math.min(min, d.act[o + j]);
                max = Math.max(max, d.act[o + j]);
            }
        }
        return new double[] {min, max};
    }

    /** The largest |dL/d(pre-activation)| of a block over the run (0 without gradients): a colour scale. */
    public double maxAbsGradPreActivation(Gate gate) {
        if (d.gradPre == null) {
            return 0;
        }
        int k = d.cell.blockIndex(gate);
        double max = 0;
        int h = d.hiddenSize;
        for (int r = 0; r < d.length * d.batch; r++) {
            int o = (r * blocks + k) * h;
            for (int j = 0; j < h; j++) {
                max = Math.max(max, Math.abs(d.gradPre[o + j]));
            }
        }
        return max;
    }

    /** The largest |c_t| over the run (LSTM only): a colour scale for the cell state. */
    public double maxAbsCellState() {
        double max = 0;
        for (double v : requireCell(d.cellState)) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    // ---- copies of whole vectors ---------------------------------------------------------------------

    /** h_t of sequence b, all units (a copy). */
    public double[] hiddenVector(int t, int b) {
        return slice(d.hidden, (t * d.batch + b) * d.hiddenSize, d.hiddenSize);
    }

    /** The block's activations at (t, b), all units (a copy). */
    public double[] gateVector(int t, int b, Gate gate) {
        return slice(d.act, blockIndex(t, b, gate, 0), d.hiddenSize);
    }

    /** The input x_t of sequence b (a copy). */
    public double[] inputVector(int t, int b) {
        return slice(d.input, (t * d.batch + b) * d.inputSize, d.inputSize);
    }

    /** c_t of sequence b (a copy; LSTM only). */
    public double[] cellVector(int t, int b) {
        return slice(requireCell(d.cellState), (t * d.batch + b) * d.hiddenSize, d.hiddenSize);
    }

    /** dL/dh_t of sequence b (a copy). */
    public double[] gradHiddenVector(int t, int b) {
        return slice(requireGrad(d.gradHidden), (t * d.batch + b) * d.hiddenSize, d.hiddenSize);
    }

    /** dL/dc_t of sequence b (a copy; LSTM only). */
    public double[] gradCellVector(int t, int b) {
        return slice(requireCell(requireGrad(d.gradCell)), (t * d.batch + b) * d.hiddenSize, d.hiddenSize);
    }

    private static double[] slice(double[] a, int from, int n) {
        double[] out = new double[n];
        System.arraycopy(a, from, out, 0, n);
        return out;
    }

    /** Approximate bytes held by this layer's record, for memory budgeting. */
    public long byteSize() {
        long n = 0;
        for (double[] a : new double[][] {d.input, d.preInput, d.preHidden, d.pre, d.act, d.cellState, d.tanhCell,
                d.hidden, d.initialHidden, d.initialCell, d.stepJacobianNorm, d.gradHidden, d.gradCell, d.gradPre,
                d.gradInput, d.gradInitialHidden, d.gradInitialCell}) {
            if (a != null) {
                n += 8L * a.length;
            }
        }
        return n;
    }
}
