package org.gatelab.engine;

import static org.gatelab.engine.VectorMath.LANES;
import static org.gatelab.engine.VectorMath.load;

import jdk.incubator.vector.DoubleVector;

/**
 * {@link GruKernel}'s per-unit loops on whole vectors of units (loaded only when {@link Simd#AVAILABLE}); as
 * in {@link VectorLstm}, each method does units 0 .. n-1 (n a multiple of the vector width) and returns n,
 * with the scalar loop's arithmetic operation for operation (the same values bit for bit).
 */
final class VectorGru {
    private VectorGru() {
    }

    /**
     * r, z = σ(a); n = tanh(W_in x + b_in + r (W_hn h + b_hn)); h' = (1 - z) n + z h. All H units, in stages of
     * one function each (see {@link VectorMath#sigmoid(double[], int, double[], int, int)}).
     */
    static int forward(LayerArrays d, double[] stepPre, int s, double[] bias, int base, int u,
                       double[] hiddenBefore, int hb, int h, boolean record) {
        VectorMath.preActivations(d.preInput, stepPre, s, bias, base, 2 * h, record ? d.preHidden : null,
                record ? d.pre : null);
        VectorMath.sigmoid(stepPre, s, d.act, base, 2 * h);
        // n's argument, W_in x + b_in + r (W_hn h + b_hn), in place; W_hn h + b_hn is kept: backward needs it
        int n = s + 2 * h;
        int ni = base + 2 * h;
        int j = 0;
        for (; j + LANES <= h; j += LANES) {
            DoubleVector recurrentN = load(stepPre, n + j).add(load(bias, 2 * h + j));
            recurrentN.intoArray(d.preHidden, ni + j);
            DoubleVector preN = load(d.preInput, ni + j).add(load(d.act, base + j).mul(recurrentN));
            preN.intoArray(stepPre, n + j);
        }
        for (; j < h; j++) {
            double recurrentN = stepPre[n + j] + bias[2 * h + j];
            d.preHidden[ni + j] = recurrentN;
            stepPre[n + j] = d.preInput[ni + j] + d.act[base + j] * recurrentN;
        }
        if (record) {
            System.arraycopy(stepPre, n, d.pre, ni, h);
        }
        VectorMath.tanh(stepPre, n, d.act, ni, h);
        // h' = (1 - z) n + z h
        j = 0;
        for (; j + LANES <= h; j += LANES) {
            DoubleVector z = load(d.act, base + h + j);
            VectorMath.oneMinus(z).mul(load(d.act, ni + j)).add(z.mul(load(hiddenBefore, hb + j)))
                    .intoArray(d.hidden, u + j);
        }
        for (; j < h; j++) {
            double z = d.act[base + h + j];
            d.hidden[u + j] = (1.0 - z) * d.act[ni + j] + z * hiddenBefore[hb + j];
        }
        return h;
    }

    /**
     * Through h' = (1 - z) n + z h_prev and n's argument; the recurrent side of n is scaled by r. {@code carry}
     * gets the direct path z dL/dh_t to h_{t-1}; {@code k0} is this sequence's first index in it.
     */
    static int backward(LayerArrays d, double[] gradPreHidden, int base, int u, double[] hiddenBefore, int hb,
                        double[] carry, int k0, int h) {
        int j = 0;
        for (; j + LANES <= h; j += LANES) {
            int ri = base + j;
            int zi = ri + h;
            int ni = ri + 2 * h;
            DoubleVector r = load(d.act, ri);
            DoubleVector z = load(d.act, zi);
            DoubleVector n = load(d.act, ni);
            DoubleVector dh = load(d.gradHidden, u + j);
            DoubleVector dn = dh.mul(VectorMath.oneMinus(z));
            DoubleVector dz = dh.mul(load(hiddenBefore, hb + j).sub(n));
            DoubleVector dan = dn.mul(VectorMath.tanhSlope(n));
            DoubleVector dr = dan.mul(load(d.preHidden, ni));
            DoubleVector dar = dr.mul(VectorMath.sigmoidSlope(r));
            DoubleVector daz = dz.mul(VectorMath.sigmoidSlope(z));
            dar.intoArray(d.gradPre, ri);
            daz.intoArray(d.gradPre, zi);
            dan.intoArray(d.gradPre, ni);
            dar.intoArray(gradPreHidden, ri);
            daz.intoArray(gradPreHidden, zi);
            dan.mul(r).intoArray(gradPreHidden, ni);
            dh.mul(z).intoArray(carry, k0 + j);
        }
        return j;
    }

    /**
     * ||dr W_r[j] + dz W_z[j] + dn W_n[j] + z e_j||² over the H columns of W_hh's three rows:
     * the whole vectors' squares are added into {@code lanes}, the tail's (and the diagonal's) are returned.
     */
    static double rowNormSquared(double[] w, int rr, int rz, int rn, double dr, double dz, double dn, int j,
                                 double z, int h, double[] lanes) {
        DoubleVector sum = load(lanes, 0);
        int k = 0;
        for (; k + LANES <= h; k += LANES) {
            DoubleVector v = load(w, rr + k).mul(dr).add(load(w, rz + k).mul(dz)).add(load(w, rn + k).mul(dn));
            sum = VectorMath.fma(v, v, sum);
        }
        sum.intoArray(lanes, 0);
        double s = 0;
        for (; k < h; k++) {
            double v = dr * w[rr + k] + dz * w[rz + k] + dn * w[rn + k];
            s += v * v;
        }
        // the diagonal z of the direct path, in column j
        double vj = dr * w[rr + j] + dz * w[rz + j] + dn * w[rn + j];
        return s + ((vj + z) * (vj + z) - vj * vj);
    }
}
