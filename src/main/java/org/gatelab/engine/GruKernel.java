package org.gatelab.engine;

import org.gatelab.vocabulary.CellKind;

/**
 * The GRU, as {@code torch.nn.GRU} (blocks r, z, n stacked in that order):
 * <pre>
 *   r = σ(W_ir x + b_ir + W_hr h + b_hr)
 *   z = σ(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
 *   h' = (1 - z) ⊙ n + z ⊙ h
 * </pre>
 * The recurrent side of n is scaled by r, so its gradient differs from the input side's;
 * {@code carryExtra} holds the direct path z ⊙ dL/dh_t to h_{t-1}.
 */
final class GruKernel extends LayerKernel {

    GruKernel(int in, int hidden) {
        super(CellKind.GRU, in, hidden);
    }

    @Override
    void forwardStep(LayerArrays d, int t, Lane lane) {
        int h = hidden;
        boolean record = recordsPreActivations(d);
        double[] bh = biasHh.data;
        for (int b = lane.b0; b < lane.b1; b++) {
            int base = (t * d.batch + b) * rows;
            int u = (t * d.batch + b) * h;
            int s = lane.step(b);
            double[] hiddenBefore = t == 0 ? d.initialHidden : d.hidden;
            int hb = t == 0 ? b * h : ((t - 1) * d.batch + b) * h;
            // the SIMD loop takes whole vectors of units, this loop the rest (or all of them)
            int first = simd() ? VectorGru.forward(d, lane.stepPre, s, bh, base, u, hiddenBefore, hb, h, record) : 0;
            for (int j = first; j < h; j++) {
                int ri = base + j;
                int zi = ri + h;
                int ni = ri + 2 * h;
                double recurrentR = lane.stepPre[s + j] + bh[j];
                double recurrentZ = lane.stepPre[s + h + j] + bh[h + j];
                double preR = d.preInput[ri] + recurrentR;
                double preZ = d.preInput[zi] + recurrentZ;
                double r = Activations.sigmoid(preR);
                double z = Activations.sigmoid(preZ);
                // W_hn h + b_hn is kept: backward needs it
                double recurrentN = lane.stepPre[s + 2 * h + j] + bh[2 * h + j];
                d.preHidden[ni] = recurrentN;
                double preN = d.preInput[ni] + r * recurrentN;
                double n = Activations.tanh(preN);
                if (record) {
                    d.preHidden[ri] = recurrentR;
                    d.preHidden[zi] = recurrentZ;
                    d.pre[ri] = preR;
                    d.pre[zi] = preZ;
                    d.pre[ni] = preN;
                }
                d.act[ri] = r;
                d.act[zi] = z;
                d.act[ni] = n;
                // h' = (1 - z) n + z h
                d.hidden[u + j] = (1.0 - z) * n + z * hiddenBefore[hb + j];
            }
        }
    }

    @Override
    void backwardStep(LayerArrays d, int t, double[] gradPreHidden, Lane lane) {
        int h = hidden;
        for (int b = lane.b0; b < lane.b1; b++) {
            int base = (t * d.batch + b) * rows;
            int u = (t * d.batch + b) * h;
            double[] hiddenBefore = t == 0 ? d.initialHidden : d.hidden;
            int hb = t == 0 ? b * h : ((t - 1) * d.batch + b) * h;
            int first = simd() ? VectorGru.backward(d, gradPreHidden, base, u, hiddenBefore, hb, lane.carryExtra,
                    lane.carry(b, 0), h) : 0;
            for (int j = first; j < h; j++) {
                int ri = base + j;
                int zi = ri + h;
                int ni = ri + 2 * h;
                double r = d.act[ri];
                double z = d.act[zi];
                double n = d.act[ni];
                double hPrev = hiddenBefore[hb + j];
                double dh = d.gradHidden[u + j];
                // through h' = (1 - z) n + z h_prev
                double dn = dh * (1.0 - z);
                double dz = dh * (hPrev - n);
                double dan = dn * Activations.tanhSlope(n);
                // through n's argument W_in x + b_in + r (W_hn h + b_hn)
                double dr = dan * d.preHidden[ni];
                double dar = dr * Activations.sigmoidSlope(r);
                double daz = dz * Activations.sigmoidSlope(z);
                d.gradPre[ri] = dar;
                d.gradPre[zi] = daz;
                d.gradPre[ni] = dan;
                gradPreHidden[ri] = dar;
                gradPreHidden[zi] = daz;
                gradPreHidden[ni] = dan * r;
                lane.carryExtra[lane.carry(b, j)] = dh * z;
            }
        }
    }

    @Override
    void addDirectPath(Lane lane) {
        for (int i = 0; i < lane.carryHidden.length; i++) {
            lane.carryHidden[i] += lane.carryExtra[i];
        }
    }

    @Override
    double jacobianNormSquared(LayerArrays d, int t, int b) {
        // ∂h_t/∂h_{t-1} = diag(z) + diag(D_z) W_hz + diag(ν r) W_hn + diag(ν hn σ'(r)) W_hr,
        //   with D_z = (h_prev - n) σ'(z), ν = (1 - z)(1 - n²), hn = W_hn h_prev + b_hn
        int h = hidden;
        int base = (t * d.batch + b) * rows;
        double[] w = weightHh.data;
        double total = 0;
        // SIMD: the squares' vector of running sums, added up in lane order at the end
        double[] lanes = simd() ? new double[VectorMath.LANES] : null;
        for (int j = 0; j < h; j++) {
            double r = d.act[base + j];
            double z = d.act[base + h + j];
            double n = d.act[base + 2 * h + j];
            double hn = d.preHidden[base + 2 * h + j];
            double nu = (1.0 - z) * Activations.tanhSlope(n);
            double dz = (previousHidden(d, t, b, j) - n) * Activations.sigmoidSlope(z);
            double dn = nu * r;
            double dr = nu * hn * Activations.sigmoidSlope(r);
            int rr = j * h;
            int rz = (h + j) * h;
            int rn = (2 * h + j) * h;
            if (simd()) {
                total += VectorGru.rowNormSquared(w, rr, rz, rn, dr, dz, dn, j, z, h, lanes);
                continue;
            }
            double s = 0;
            for (int k = 0; k < h; k++) {
                double v = dr * w[rr + k] + dz * w[rz + k] + dn * w[rn + k];
                if (k == j) {
                    v += z;
                }
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
