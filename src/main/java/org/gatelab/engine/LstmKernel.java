package org.gatelab.engine;

import org.gatelab.vocabulary.CellKind;

/**
 * The LSTM, as {@code torch.nn.LSTM} (blocks i, f, g, o stacked in that order):
 * <pre>
 *   i = σ(W_ii x + b_ii + W_hi h + b_hi)     f = σ(W_if x + b_if + W_hf h + b_hf)
 *   g = tanh(W_ig x + b_ig + W_hg h + b_hg)  o = σ(W_io x + b_io + W_ho h + b_ho)
 *   c' = f ⊙ c + i ⊙ g
 *   h' = o ⊙ tanh(c')
 * </pre>
 * {@code carryExtra} carries dL/dc_t ⊙ f_t back to step t-1.
 */
final class LstmKernel extends LayerKernel {

    LstmKernel(int in, int hidden) {
        super(CellKind.LSTM, in, hidden);
    }

    private double previousCell(LayerArrays d, int t, int b, int j) {
        return t == 0 ? d.initialCell[b * hidden + j] : d.cellState[((t - 1) * d.batch + b) * hidden + j];
    }

    @Override
    void forwardStep(LayerArrays d, int t, Lane lane) {
        int h = hidden;
        boolean record = recordsPreActivations(d);
        for (int b = lane.b0; b < lane.b1; b++) {
            int base = (t * d.batch + b) * rows;
            int u = (t * d.batch + b) * h;
            int s = lane.step(b);
            double[] cellBefore = t == 0 ? d.initialCell : d.cellState;
            int cb = t == 0 ? b * h : ((t - 1) * d.batch + b) * h;
            // the SIMD loop takes whole vectors of units, this loop the rest (or all of them)
            int first = simd() ? VectorLstm.forward(d, lane.stepPre, s, biasHh.data, base, u, cellBefore, cb, h,
                    record) : 0;
            for (int j = first; j < h; j++) {
                double i = Activations.sigmoid(preActivation(d, lane, s, base, j, record));
                double f = Activations.sigmoid(preActivation(d, lane, s, base, h + j, record));
                double g = Activations.tanh(preActivation(d, lane, s, base, 2 * h + j, record));
                double o = Activations.sigmoid(preActivation(d, lane, s, base, 3 * h + j, record));
                d.act[base + j] = i;
                d.act[base + h + j] = f;
                d.act[base + 2 * h + j] = g;
                d.act[base + 3 * h + j] = o;
                // c' = f c + i g;  h' = o tanh(c')
                double c = f * cellBefore[cb + j] + i * g;
                double tc = Activations.tanh(c);
                d.cellState[u + j] = c;
                d.tanhCell[u + j] = tc;
                d.hidden[u + j] = o * tc;
            }
        }
    }

    /**
     * Block row k of sequence b's pre-activation: (W_i x + b_i) + (W_h h + b_h), the recurrent side and the
     * total recorded when the run keeps them.
     */
    private double preActivation(LayerArrays d, Lane lane, int s, int base, int k, boolean record) {
        double recurrent = lane.stepPre[s + k] + biasHh.data[k];
        double total = d.preInput[base + k] + recurrent;
        if (record) {
            d.preHidden[base + k] = recurrent;
            d.pre[base + k] = total;
        }
        return total;
    }

    @Override
    void backwardStep(LayerArrays d, int t, double[] gradPreHidden, Lane lane) {
        int h = hidden;
        double[] carryExtra = lane.carryExtra;
        for (int b = lane.b0; b < lane.b1; b++) {
            int base = (t * d.batch + b) * rows;
            int u = (t * d.batch + b) * h;
            double[] cellBefore = t == 0 ? d.initialCell : d.cellState;
            int cb = t == 0 ? b * h : ((t - 1) * d.batch + b) * h;
            int first = simd() ? VectorLstm.backward(d, base, u, cellBefore, cb, carryExtra, lane.carry(b, 0), h) : 0;
            for (int j = first; j < h; j++) {
                int ii = base + j;
                int fi = ii + h;
                int gi = ii + 2 * h;
                int oi = ii + 3 * h;
                double i = d.act[ii];
                double f = d.act[fi];
                double g = d.act[gi];
                double o = d.act[oi];
                double tc = d.tanhCell[u + j];
                double dh = d.gradHidden[u + j];
                // dL/dc_t = dh ⊙ o ⊙ (1 - tanh²c) + (dL/dc_{t+1} ⊙ f_{t+1})
                double dc = dh * o * Activations.tanhSlope(tc) + carryExtra[lane.carry(b, j)];
                d.gradCell[u + j] = dc;
                // through c = f c_prev + i g and h = o tanh(c), then through each gate's squashing function
                d.gradPre[ii] = dc * g * Activations.sigmoidSlope(i);
                d.gradPre[fi] = dc * cellBefore[cb + j] * Activations.sigmoidSlope(f);
                d.gradPre[gi] = dc * i * Activations.tanhSlope(g);
                d.gradPre[oi] = dh * tc * Activations.sigmoidSlope(o);
                carryExtra[lane.carry(b, j)] = dc * f;
            }
        }
    }

    @Override
    double jacobianNormSquared(LayerArrays d, int t, int b) {
        // ∂h_t/∂h_{t-1} (c_{t-1} fixed) = Σ_gates diag(D_gate) W_h,gate with κ = o (1 - tanh²c):
        //   D_i = κ g σ'(i),  D_f = κ c_prev σ'(f),  D_g = κ i (1 - g²),  D_o = tanh(c) σ'(o)
        int h = hidden;
        int base = (t * d.batch + b) * rows;
        int u = (t * d.batch + b) * h;
        double[] w = weightHh.data;
        double total = 0;
        // SIMD: the squares' vector of running sums, added up in lane order at the end
        double[] lanes = simd() ? new double[VectorMath.LANES] : null;
        for (int j = 0; j < h; j++) {
            double i = d.act[base + j];
            double f = d.act[base + h + j];
            double g = d.act[base + 2 * h + j];
            double o = d.act[base + 3 * h + j];
            double tc = d.tanhCell[u + j];
            double kappa = o * Activations.tanhSlope(tc);
            double di = kappa * g * Activations.sigmoidSlope(i);
            double df = kappa * previousCell(d, t, b, j) * Activations.sigmoidSlope(f);
            double dg = kappa * i * Activations.tanhSlope(g);
            double dout = tc * Activations.sigmoidSlope(o);
            int ri = j * h;
            int rf = (h + j) * h;
            int rg = (2 * h + j) * h;
            int ro = (3 * h + j) * h;
            if (simd()) {
                total += VectorLstm.rowNormSquared(w, ri, rf, rg, ro, di, df, dg, dout, h, lanes);
                continue;
            }
            double s = 0;
            for (int k = 0; k < h; k++) {
                double v = di * w[ri + k] + df * w[rf + k] + dg * w[rg + k] + dout * w[ro + k];
                s += v * v;
            }
            total += s;
        }
        if (lanes != null) {
            for (double v : lanes) {
                total += v;
            }
        }
        return total;
    }
}
