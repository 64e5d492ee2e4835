package org.gatelab.engine;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gatelab.vocabulary.CellKind;

/**
 * Forward pass and backpropagation through time for one recurrent layer, over a whole batch of sequences.
 *
 * <p>The work common to all cells lives here: the input projection of every timestep in one GEMM, the
 * recurrent projection per step, the backward sweep that carries dL/dh back through time, and the weight
 * gradients accumulated as one GEMM each after the sweep. The cell's own equations (how gates combine into
 * the new state, and their derivatives) are in the subclasses' {@link #forwardStep}, {@link #backwardStep}
 * and {@link #jacobianNormSquared}.
 *
 * <p>Not thread-safe: one kernel per layer per {@link SequenceRunner}. Step matrices are allocated once per
 * batch size and reused.
 */
abstract class LayerKernel {
    final CellKind cell;
    final int in;
    final int hidden;
    /** G*H: rows of the stacked weights. */
    final int rows;

    // weights bound for the current call
    DMatrixRMaj weightIh;
    DMatrixRMaj weightHh;
    DMatrixRMaj biasIh;
    DMatrixRMaj biasHh;
    final DMatrixRMaj weightIhT;
    final DMatrixRMaj weightHhT;
    /** Whole-sequence products, possibly multi-threaded. */
    Gemm gemm = new Gemm(1, false);

    /**
     * A range of sequences of the batch, [b0, b1), with its own per-step scratch. The sequences of a batch are
     * independent, so with several threads each lane runs the whole recurrence on its own thread; the results
     * are the same, bit for bit, as with one lane.
     */
    final class Lane {
        final int b0;
        final int b1;
        /** The recurrent product of the current step, h_{t-1} W_hhᵀ, one row per sequence: [(b1-b0) x G*H]. */
        final double[] stepPre;
        /** dL/dh_{t-1} carried to the previous step, [(b1-b0)*H]. */
        final double[] carryHidden;
        /** Cell-specific carry (LSTM: dL/dc_{t-1} through the forget gate; GRU: the direct z path). */
        final double[] carryExtra;

        Lane(int b0, int b1) {
            this.b0 = b0;
            this.b1 = b1;
            int n = b1 - b0;
            stepPre = new double[n * rows];
            carryHidden = new double[n * hidden];
            carryExtra = new double[n * hidden];
        }

        /** Index of (b, unit) in this lane's carries. */
        int carry(int b, int unit) {
            return (b - b0) * hidden + unit;
        }

        /** Index of sequence b's first value in {@link #stepPre}. */
        int step(int b) {
            return (b - b0) * rows;
        }
    }

    private int batch = -1;
    private Lane[] lanes;

    LayerKernel(CellKind cell, int in, int hidden) {
        this.cell = cell;
        this.in = in;
        this.hidden = hidden;
        this.rows = cell.blockCount() * hidden;
        this.weightIhT = new DMatrixRMaj(in, rows);
        this.weightHhT = new DMatrixRMaj(hidden, rows);
    }

    /** The names of the parameters bound, where backward adds their gradients. */
    private ParameterNames.Layer names;

    /** Uses these parameters (one direction of one layer) for the next forward and backward pass. */
    void bind(ParameterSet model, ParameterNames.Layer layer) {
        names = layer;
        weightIh = model.matrix(layer.weightIh());
        weightHh = model.matrix(layer.weightHh());
        biasIh = model.matrix(layer.biasIh());
        biasHh = model.matrix(layer.biasHh());
        // x W_ihᵀ as x (W_ihᵀ): row-major products whose inner loops run along contiguous rows.
        CommonOps_DDRM.transpose(weightIh, weightIhT);
        CommonOps_DDRM.transpose(weightHh, weightHhT);
        weightsBound();
    }

    /** Hook for kernels that precompute something from the bound weights. */
    void weightsBound() {
    }

    private void ensureBatch(int b) {
        if (b != batch) {
            batch = b;
            // one lane per thread, each with at least 4 sequences so a lane's products stay worth a thread
            int count = Math.max(1, Math.min(gemm.threads(), b / 4));
            lanes = new Lane[count];
            for (int k = 0; k < count; k++) {
                lanes[k] = new Lane(b * k / count, b * (k + 1) / count);
            }
        }
    }

    /** Runs {@code work} for every lane: on the calling thread, or one lane per thread. */
    private void eachLane(java.util.function.Consumer<Lane> work) {
        if (lanes.length == 1) {
            work.accept(lanes[0]);
        } else {
            java.util.Arrays.stream(lanes).parallel().forEach(work);
        }
    }

    /**
     * Forward over every timestep. Reads {@code d.input}, {@code d.initialHidden} (and {@code d.initialCell});
     * fills the pre-activations, activations, states, and the step-Jacobian norms when asked.
     */
    final void forward(LayerArrays d, boolean stepJacobians) {
        int steps = d.length;
        int b = d.batch;
        ensureBatch(b);
        // Input side of every pre-activation, all timesteps at once: P_in = X W_ihᵀ + b_ih   [T*B x G*H]
        DMatrixRMaj x = DMatrixRMaj.wrap(steps * b, in, d.input);
        DMatrixRMaj preInput = DMatrixRMaj.wrap(steps * b, rows, d.preInput);
        gemm.mult(x, weightIhT, preInput);
        addRowVector(d.preInput, steps * b, biasIh.data);

        eachLane(lane -> forwardLane(d, lane, stepJacobians));
    }

    private void forwardLane(LayerArrays d, Lane lane, boolean stepJacobians) {
        int b = d.batch;
        int n = lane.b1 - lane.b0;
        for (int t = 0; t < d.length; t++) {
            // Recurrent side: h_{t-1} W_hhᵀ   [B x G*H]; the cell adds b_hh and the input side
            double[] prevSource = t == 0 ? d.initialHidden : d.hidden;
            int prevOffset = ((t == 0 ? 0 : (t - 1) * b) + lane.b0) * hidden;
            gemm.multRows(prevSource, prevOffset, weightHhT.data, lane.stepPre, 0, n, hidden, rows);
            forwardStep(d, t, lane);
            if (stepJacobians) {
                for (int r = lane.b0; r < lane.b1; r++) {
                    d.stepJacobianNorm[t * b + r] = Math.sqrt(jacobianNormSquared(d, t, r));
                }
            }
        }
    }

    /**
     * Backpropagation through time. {@code gradFromAbove} is dL/dh_t arriving from outside this layer's
     * recurrence (the readout, or the layer above), {@code [T][B][H]}; {@code d.gradFinalHidden} and
     * {@code d.gradFinalCell}, when set, are dL/d(the state after the last step) from outside (a decoder that
     * starts from it). Fills dL/dh_t, dL/dc_t, dL/d(pre-act), dL/dx_t and dL/dh_0, and adds this layer's
     * parameter gradients into {@code grads}.
     *
     * @param gradPreHidden scratch of {@code [T*B*G*H]} for kernels whose recurrent pre-activation gradient
     *                      differs from the input one (the GRU's n); may equal {@code d.gradPre} otherwise
     */
    final void backward(LayerArrays d, double[] gradFromAbove, double[] gradPreHidden, Gradients grads) {
        int steps = d.length;
        int b = d.batch;
        ensureBatch(b);
        int stateStride = b * hidden;
        d.gradInitialHidden = new double[stateStride];
        if (cell.hasCellState()) {
            d.gradInitialCell = new double[stateStride];
        }
        eachLane(lane -> backwardLane(d, lane, gradFromAbove, gradPreHidden));

        // Weight gradients, one GEMM each over all timesteps:
        //   dW_ih += dP_inᵀ X,  dW_hh += dP_hidᵀ H_prev,  db_ih += Σ dP_in,  db_hh += Σ dP_hid
        // H_prev is h_0 for the first step's rows, then h_1 .. h_{T-1}: two passes of one running sum.
        int n = steps * b;
        double[] gradWeightHh = grads.matrix(names.weightHh()).data;
        gemm.multAddTransA(d.gradPre, 0, d.input, 0, grads.matrix(names.weightIh()).data, n, rows, in);
        gemm.multAddTransA(gradPreHidden, 0, d.initialHidden, 0, gradWeightHh, b, rows, hidden);
        gemm.multAddTransA(gradPreHidden, b * rows, d.hidden, 0, gradWeightHh, n - b, rows, hidden);
        addColumnSums(d.gradPre, n, grads.matrix(names.biasIh()).data);
        addColumnSums(gradPreHidden, n, grads.matrix(names.biasHh()).data);

        if (d.gradInput != null) {
            // dL/dx_t = dP_in[t] W_ih, all timesteps at once (the training path of the first layer skips it)
            gemm.mult(DMatrixRMaj.wrap(n, rows, d.gradPre), weightIh, DMatrixRMaj.wrap(n, in, d.gradInput));
        }
    }

    private void backwardLane(LayerArrays d, Lane lane, double[] gradFromAbove, double[] gradPreHidden) {
        int b = d.batch;
        int n = lane.b1 - lane.b0;
        int laneState = n * hidden;
        // what arrives after the last step: nothing, or (an encoder's) dL/d(final h) and dL/d(final c)
        startCarry(lane.carryHidden, d.gradFinalHidden, lane.b0);
        startCarry(lane.carryExtra, d.gradFinalCell, lane.b0);
        for (int t = d.length - 1; t >= 0; t--) {
            int o = (t * b + lane.b0) * hidden;
            // dL/dh_t = (from above at t) + (from step t+1 through the recurrence)
            for (int i = 0; i < laneState; i++) {
                d.gradHidden[o + i] = gradFromAbove[o + i] + lane.carryHidden[i];
            }
            backwardStep(d, t, gradPreHidden, lane);
            // dL/dh_{t-1} = dP_hid[t] W_hh  (+ any direct path the cell adds in carryExtra)
            gemm.multRows(gradPreHidden, (t * b + lane.b0) * rows, weightHh.data, lane.carryHidden, 0, n, rows,
                    hidden);
            addDirectPath(lane);
        }
        System.arraycopy(lane.carryHidden, 0, d.gradInitialHidden, lane.b0 * hidden, laneState);
        if (cell.hasCellState()) {
            System.arraycopy(lane.carryExtra, 0, d.gradInitialCell, lane.b0 * hidden, laneState);
        }
    }

    private void startCarry(double[] carry, double[] fromOutside, int b0) {
        if (fromOutside == null) {
            java.util.Arrays.fill(carry, 0);
        } else {
            System.arraycopy(fromOutside, b0 * hidden, carry, 0, carry.length);
        }
    }

    /** Adds the cell's direct dh_{t-1} path (beyond W_hh) to the lane's carry; the GRU's z * dh. */
    void addDirectPath(Lane lane) {
    }

    /**
     * Combines step t's pre-activations into gates, states and h_t for the lane's sequences: the input side is
     * in {@code d.preInput}, the recurrent product h_{t-1} W_hhᵀ in {@code lane.stepPre}, without b_hh. Records
     * the recurrent side with its bias and the total in {@code d.preHidden} and {@code d.pre} when the run
     * keeps them ({@link #recordsPreActivations}).
     */
    abstract void forwardStep(LayerArrays d, int t, Lane lane);

    /**
     * Given dL/dh_t in {@code d.gradHidden}, fills dL/d(pre-activation) for step t and the lane's sequences
     * (input side in {@code d.gradPre}, recurrent side in {@code gradPreHidden}) and the lane's carries.
     */
    abstract void backwardStep(LayerArrays d, int t, double[] gradPreHidden, Lane lane);

    /** ||dh_t/dh_{t-1}||_F² for sequence b at step t. */
    abstract double jacobianNormSquared(LayerArrays d, int t, int b);

    /** True when the run records every pre-activation (a trace); the training path keeps only what BPTT needs. */
    static boolean recordsPreActivations(LayerArrays d) {
        return d.pre != null;
    }

    /** Whether this kernel runs its SIMD loops. */
    boolean simd() {
        return gemm.simd();
    }

    static void addRowVector(double[] m, int nRows, double[] v) {
        int cols = v.length;
        for (int r = 0; r < nRows; r++) {
            int o = r * cols;
            for (int k = 0; k < cols; k++) {
                m[o + k] += v[k];
            }
        }
    }

    static void addColumnSums(double[] m, int nRows, double[] out) {
        int cols = out.length;
        for (int r = 0; r < nRows; r++) {
            int o = r * cols;
            for (int k = 0; k < cols; k++) {
                out[k] += m[o + k];
            }
        }
    }

    /** h_{t-1}[b, j]: the initial state for t = 0. */
    static double previousHidden(LayerArrays d, int t, int b, int j) {
        return t == 0 ? d.initialHidden[b * d.hiddenSize + j]
                : d.hidden[((t - 1) * d.batch + b) * d.hiddenSize + j];
    }
}
