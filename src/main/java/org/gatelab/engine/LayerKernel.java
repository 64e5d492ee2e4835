package org.gatelab.engine;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gatelab.engine.trace.CellKind;
import org.gatelab.engine.trace.LayerTrace;

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
    Gemm gemm = new Gemm(1);

    // per-step scratch, [B x H] or [B x G*H]
    private int batch = -1;
    private DMatrixRMaj stepHidden;
    private DMatrixRMaj stepPre;
    private DMatrixRMaj stepGradPre;
    private DMatrixRMaj stepGradHidden;
    /** dL/dh_{t-1} carried to the previous step, [B*H]. */
    double[] carryHidden;
    /** Cell-specific carry (LSTM: dL/dc_{t-1} through the forget gate; GRU: the direct z path), [B*H]. */
    double[] carryExtra;
    /** Scratch for one row of a step Jacobian, [H]. */
    final double[] jacobianRow;

    LayerKernel(CellKind cell, int in, int hidden) {
        this.cell = cell;
        this.in = in;
        this.hidden = hidden;
        this.rows = cell.blockCount() * hidden;
        this.weightIhT = new DMatrixRMaj(in, rows);
        this.weightHhT = new DMatrixRMaj(hidden, rows);
        this.jacobianRow = new double[hidden];
    }

    /** Uses this layer's parameters for the next forward and backward pass. */
    void bind(Model model, int layer) {
        weightIh = model.matrix(ParameterNames.weightIh(layer));
        weightHh = model.matrix(ParameterNames.weightHh(layer));
        biasIh = model.matrix(ParameterNames.biasIh(layer));
        biasHh = model.matrix(ParameterNames.biasHh(layer));
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
            stepHidden = new DMatrixRMaj(b, hidden);
            stepPre = new DMatrixRMaj(b, rows);
            stepGradPre = new DMatrixRMaj(b, rows);
            stepGradHidden = new DMatrixRMaj(b, hidden);
            carryHidden = new double[b * hidden];
            carryExtra = new double[b * hidden];
        }
    }

    /**
     * Forward over every timestep. Reads {@code d.input}, {@code d.initialHidden} (and {@code d.initialCell});
     * fills the pre-activations, activations, states, and the step-Jacobian norms when asked.
     */
    final void forward(LayerTrace.Data d, boolean stepJacobians) {
        int steps = d.length;
        int b = d.batch;
        ensureBatch(b);
        // Input side of every pre-activation, all timesteps at once: P_in = X W_ihᵀ + b_ih   [T*B x G*H]
        DMatrixRMaj x = DMatrixRMaj.wrap(steps * b, in, d.input);
        DMatrixRMaj preInput = DMatrixRMaj.wrap(steps * b, rows, d.preInput);
        gemm.mult(x, weightIhT, preInput);
        addRowVector(d.preInput, steps * b, biasIh.data);

        int stateStride = b * hidden;
        int blockStride = b * rows;
        for (int t = 0; t < steps; t++) {
            // Recurrent side: P_hid[t] = h_{t-1} W_hhᵀ + b_hh   [B x G*H]
            double[] prevSource = t == 0 ? d.initialHidden : d.hidden;
            int prevOffset = t == 0 ? 0 : (t - 1) * stateStride;
            System.arraycopy(prevSource, prevOffset, stepHidden.data, 0, stateStride);
            Gemm.multRows(stepHidden, weightHhT, stepPre);
            int o = t * blockStride;
            double[] bh = biasHh.data;
            for (int r = 0; r < b; r++) {
                int row = r * rows;
                for (int k = 0; k < rows; k++) {
                    d.preHidden[o + row + k] = stepPre.data[row + k] + bh[k];
                }
            }
            forwardStep(d, t);
            if (stepJacobians) {
                for (int r = 0; r < b; r++) {
                    d.stepJacobianNorm[t * b + r] = Math.sqrt(jacobianNormSquared(d, t, r));
                }
            }
        }
    }

    /**
     * Backpropagation through time. {@code gradFromAbove} is dL/dh_t arriving from outside this layer's
     * recurrence (the readout, or the layer above), {@code [T][B][H]}. Fills dL/dh_t, dL/dc_t, dL/d(pre-act),
     * dL/dx_t and dL/dh_0, and adds this layer's parameter gradients into {@code grads}.
     *
     * @param gradPreHidden scratch of {@code [T*B*G*H]} for kernels whose recurrent pre-activation gradient
     *                      differs from the input one (the GRU's n); may equal {@code d.gradPre} otherwise
     */
    final void backward(LayerTrace.Data d, double[] gradFromAbove, double[] gradPreHidden, Gradients grads, int layer) {
        int steps = d.length;
        int b = d.batch;
        ensureBatch(b);
        int stateStride = b * hidden;
        java.util.Arrays.fill(carryHidden, 0);
        java.util.Arrays.fill(carryExtra, 0);
        for (int t = steps - 1; t >= 0; t--) {
            int o = t * stateStride;
            // dL/dh_t = (from above at t) + (from step t+1 through the recurrence)
            for (int i = 0; i < stateStride; i++) {
                d.gradHidden[o + i] = gradFromAbove[o + i] + carryHidden[i];
            }
            backwardStep(d, t, gradPreHidden);
            // dL/dh_{t-1} = dP_hid[t] W_hh  (+ any direct path the cell adds in carryExtra)
            System.arraycopy(gradPreHidden, t * b * rows, stepGradPre.data, 0, b * rows);
            Gemm.multRows(stepGradPre, weightHh, stepGradHidden);
            System.arraycopy(stepGradHidden.data, 0, carryHidden, 0, stateStride);
            addDirectPath(carryHidden);
        }
        d.gradInitialHidden = carryHidden.clone();
        finishInitialGradients(d);

        // Weight gradients, one GEMM each over all timesteps:
        //   dW_ih += dP_inᵀ X,  dW_hh += dP_hidᵀ H_prev,  db_ih += Σ dP_in,  db_hh += Σ dP_hid
        int n = steps * b;
        DMatrixRMaj gradPre = DMatrixRMaj.wrap(n, rows, d.gradPre);
        DMatrixRMaj gradPreH = DMatrixRMaj.wrap(n, rows, gradPreHidden);
        DMatrixRMaj x = DMatrixRMaj.wrap(n, in, d.input);
        double[] prev = new double[n * hidden];
        System.arraycopy(d.initialHidden, 0, prev, 0, stateStride);
        System.arraycopy(d.hidden, 0, prev, stateStride, (steps - 1) * stateStride);
        DMatrixRMaj hiddenPrev = DMatrixRMaj.wrap(n, hidden, prev);
        gemm.multAddTransA(gradPre, x, grads.matrix(ParameterNames.weightIh(layer)));
        gemm.multAddTransA(gradPreH, hiddenPrev, grads.matrix(ParameterNames.weightHh(layer)));
        addColumnSums(d.gradPre, n, grads.matrix(ParameterNames.biasIh(layer)).data);
        addColumnSums(gradPreHidden, n, grads.matrix(ParameterNames.biasHh(layer)).data);

        // dL/dx_t = dP_in[t] W_ih, all timesteps at once
        DMatrixRMaj gradInput = DMatrixRMaj.wrap(n, in, d.gradInput);
        gemm.mult(gradPre, weightIh, gradInput);
    }

    /** Adds the cell's direct dh_{t-1} path (beyond W_hh) to the carry; the GRU's z * dh. */
    void addDirectPath(double[] carry) {
    }

    /** Records dL/dc_0 and the like once the sweep reaches t = 0. */
    void finishInitialGradients(LayerTrace.Data d) {
    }

    /** Combines the pre-activations of step t into gates, states and h_t for every sequence of the batch. */
    abstract void forwardStep(LayerTrace.Data d, int t);

    /**
     * Given dL/dh_t in {@code d.gradHidden}, fills dL/d(pre-activation) for step t (input side in
     * {@code d.gradPre}, recurrent side in {@code gradPreHidden}) and the cell-specific carries.
     */
    abstract void backwardStep(LayerTrace.Data d, int t, double[] gradPreHidden);

    /** ||dh_t/dh_{t-1}||_F² for sequence b at step t. */
    abstract double jacobianNormSquared(LayerTrace.Data d, int t, int b);

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
    static double previousHidden(LayerTrace.Data d, int t, int b, int j) {
        return t == 0 ? d.initialHidden[b * d.hiddenSize + j]
                : d.hidden[((t - 1) * d.batch + b) * d.hiddenSize + j];
    }
}
