package org.gatelab.engine;

import static org.gatelab.engine.VectorMath.LANES;
import static org.gatelab.engine.VectorMath.load;

import jdk.incubator.vector.DoubleVector;
import org.gatelab.engine.trace.LayerTrace;

/**
 * {@link LstmKernel}'s per-unit loops on whole vectors of units (loaded only when {@link Simd#AVAILABLE}). Each
 * method handles units 0 .. n-1 of one sequence's step, n the largest multiple of the vector width not above
 * H, and returns n; the kernel's scalar loop does the rest. The arithmetic is the scalar loop's, operation
 * for operation, so both give the same values bit for bit.
 */
final class VectorLstm {
    private VectorLstm() {
    }

    /**
     * i, f, o = σ(a), g = tanh(a) with a = (W x + b_ih) + (h_{t-1} W_hhᵀ + b_hh);
     * c' = f c + i g;  h' = o tanh(c').
     */
    static int forward(LayerTrace.Data d, double[] stepPre, int s, double[] bias, int base, int u,
                       double[] cellBefore, int cb, int h, boolean record) {
        int j = 0;
        for (; j + LANES <= h; j += LANES) {
            DoubleVector i = VectorMath.sigmoid(preActivation(d, stepPre, s, bias, base, j, record));
            DoubleVector f = VectorMath.sigmoid(preActivation(d, stepPre, s, bias, base, h + j, record));
            DoubleVector g = VectorMath.tanh(preActivation(d, stepPre, s, bias, base, 2 * h + j, record));
            DoubleVector o = VectorMath.sigmoid(preActivation(d, stepPre, s, bias, base, 3 * h + j, record));
            i.intoArray(d.act, base + j);
            f.intoArray(d.act, base + h + j);
            g.intoArray(d.act, base + 2 * h + j);
            o.intoArray(d.act, base + 3 * h + j);
            DoubleVector c = f.mul(load(cellBefore, cb + j)).add(i.mul(g));
            DoubleVector tc = VectorMath.tanh(c);
            c.intoArray(d.cellState, u + j);
            tc.intoArray(d.tanhCell, u + j);
            o.mul(tc).intoArray(d.hidden, u + j);
        }
        return j;
    }

    private static DoubleVector preActivation(LayerTrace.Data d, double[] stepPre, int s, double[] bias, int base,
                                              int k, boolean record) {
        DoubleVector recurrent = load(stepPre, s + k).add(load(bias, k));
        DoubleVector total = load(d.preInput, base + k).add(recurrent);
        if (record) {
            recurrent.intoArray(d.preHidden, base + k);
            total.intoArray(d.pre, base + k);
        }
        return total;
    }

    /**
     * dL/dc_t = dh o (1 - tanh²c) + dL/dc_{t+1} f_{t+1}, then through each gate; carry = dL/dc_t f_t for
     * step t-1. {@code carry} is the lane's carry array and {@code k0} this sequence's first index in it.
     */
    static int backward(LayerTrace.Data d, int base, int u, double[] cellBefore, int cb, double[] carry, int k0,
                        int h) {
        int j = 0;
        for (; j + LANES <= h; j += LANES) {
            DoubleVector i = load(d.act, base + j);
            DoubleVector f = load(d.act, base + h + j);
            DoubleVector g = load(d.act, base + 2 * h + j);
            DoubleVector o = load(d.act, base + 3 * h + j);
            DoubleVector tc = load(d.tanhCell, u + j);
            DoubleVector dh = load(d.gradHidden, u + j);
            DoubleVector dc = dh.mul(o).mul(VectorMath.tanhSlope(tc)).add(load(carry, k0 + j));
            dc.intoArray(d.gradCell, u + j);
            dc.mul(g).mul(VectorMath.sigmoidSlope(i)).intoArray(d.gradPre, base + j);
            dc.mul(load(cellBefore, cb + j)).mul(VectorMath.sigmoidSlope(f)).intoArray(d.gradPre, base + h + j);
            dc.mul(i).mul(VectorMath.tanhSlope(g)).intoArray(d.gradPre, base + 2 * h + j);
            dh.mul(tc).mul(VectorMath.sigmoidSlope(o)).intoArray(d.gradPre, base + 3 * h + j);
            dc.mul(f).intoArray(carry, k0 + j);
        }
        return j;
    }

    /** ||di W_i[j] + df W_f[j] + dg W_g[j] + do W_o[j]||² over the H columns of W_hh's four rows. */
    static double rowNormSquared(double[] w, int ri, int rf, int rg, int ro, double di, double df, double dg,
                                 double dout, int h) {
        DoubleVector sum = DoubleVector.zero(VectorMath.SPECIES);
        int k = 0;
        for (; k + LANES <= h; k += LANES) {
            DoubleVector v = load(w, ri + k).mul(di).add(load(w, rf + k).mul(df)).add(load(w, rg + k).mul(dg))
                    .add(load(w, ro + k).mul(dout));
            sum = VectorMath.fma(v, v, sum);
        }
        double s = VectorMath.sum(sum);
        for (; k < h; k++) {
            double v = di * w[ri + k] + df * w[rf + k] + dg * w[rg + k] + dout * w[ro + k];
            s += v * v;
        }
        return s;
    }
}
