package org.gatelab.engine;

import org.gatelab.engine.trace.LayerTrace;
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
    void forwardStep(LayerTrace.Data d, int t, int b0, int b1) {
        int h = hidden;
        for (int b = b0; b < b1; b++) {
            int base = (t * d.batch + b) * rows;
            int u = (t * d.batch + b) * h;
            for (int j = 0; j < h; j++) {
                int ri = base + j;
                int zi = ri + h;
                int ni = ri + 2 * h;
                d.pre[ri] = d.preInput[ri] + d.preHidden[ri];
                d.pre[zi] = d.preInput[zi] + d.preHidden[zi];
                double r = Activations.sigmoid(d.pre[ri]);
                double z = Activations.sigmoid(d.pre[zi]);
                d.pre[ni] = d.preInput[ni] + r * d.preHidden[ni];
                double n = Math.tanh(d.pre[ni]);
                d.act[ri] = r;
                d.act[zi] = z;
                d.act[ni] = n;
                // h' = (1 - z) n + z h
                d.hidden[u + j] = (1.0 - z) * n + z * previousHidden(d, t, b, j);
            }
        }
    }

    @Override
    void backwardStep(LayerTrace.Data d, int t, double[] gradPreHidden, Lane lane) {
        int h = hidden;
        for (int b = lane.b0; b < lane.b1; b++) {
            int base = (t * d.batch + b) * rows;
            int u = (t * d.batch + b) * h;
            for (int j = 0; j < h; j++) {
                int ri = base + j;
                int zi = ri + h;
                int ni = ri + 2 * h;
                double r = d.act[ri];
                double z = d.act[zi];
                double n = d.act[ni];
                double hPrev = previousHidden(d, t, b, j);
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
    double jacobianNormSquared(LayerTrace.Data d, int t, int b) {
        // ∂h_t/∂h_{t-1} = diag(z) + diag(D_z) W_hz + diag(ν r) W_hn + diag(ν hn σ'(r)) W_hr,
        //   with D_z = (h_prev - n) σ'(z), ν = (1 - z)(1 - n²), hn = W_hn h_prev + b_hn
        int h = hidden;
        int base = (t * d.batch + b) * rows;
        double[] w = weightHh.data;
        double total = 0;
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
        return total;
    }
}
