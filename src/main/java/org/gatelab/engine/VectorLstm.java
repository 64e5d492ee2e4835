package org.gatelab.engine;

import static org.gatelab.engine.VectorMath.LANES;
import static org.gatelab.engine.VectorMath.load;

import jdk.incubator.vector.DoubleVector;

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
     * c' = f c + i g;  h' = o tanh(c'). All H units, in stages of one function each (see
     * {@link VectorMath#sigmoid(double[], int, double[], int, int)}); {@code stepPre} keeps a afterwards.
     */
    static int forward(LayerArrays d, double[] stepPre, int s, double[] bias, int base, int u,
                       double[] cellBefore, int cb, int h, boolean record) {
        VectorMath.preActivations(d.preInput, stepPre, s, bias, base, 4 * h, record ? d.preHidden : null,
                record ? d.pre : null);
        VectorMath.sigmoid(stepPre, s, d.act, base, 2 * h);
        VectorMath.tanh(stepPre, s + 2 * h, d.act, base + 2 * h, h);
        VectorMath.sigmoid(stepPre, s + 3 * h, d.act, base + 3 * h, h);
        // c' = f c + i g
        int j = 0;
        for (; j + LANES <= h; j += LANES) {
            load(d.act, base + h + j).mul(load(cellBefore, cb + j))
                    .add(load(d.act, base + j).mul(load(d.act, base + 2 * h + j))).intoArray(d.cellState, u + j);
        }
        for (; j < h; j++) {
            d.cellState[u + j] = d.act[base + h + j] * cellBefore[cb + j] + d.act[base + j] * d.act[base + 2 * h + j];
        }
        VectorMath.tanh(d.cellState, u, d.tanhCell, u, h);
        // h' = o tanh(c')
        j = 0;
        for (; j + LANES <= h; j += LANES) {
            load(d.act, base + 3 * h + j).mul(load(d.tanhCell, u + j)).intoArray(d.hidden, u + j);
        }
        for (; j < h; j++) {
            d.hidden[u + j] = d.act[base + 3 * h + j] * d.tanhCell[u + j];
        }
        return h;
    }

    /**
     * dL/dc_t = dh o (1 - tanh²c) + dL/dc_{t+1} f_{t+1}, then through each gate; carry = dL/dc_t f_t for
     * step t-1. {@code carry} is the lane's carry array and {@code k0} this sequence's first index in it.
     */
    static int backward(LayerArrays d, int base, int u, double[] cellBefore, int cb, double[] carry, int k0,
                        int h) {
        int j = 0;
        // dc, the carry and the output gate's gradient
        for (; j + LANES <= h; j += LANES) {
            DoubleVector o = load(d.act, base + 3 * h + j);
            DoubleVector tc = load(d.tanhCell, u + j);
            DoubleVector dh = load(d.gradHidden, u + j);
            DoubleVector dc = dh.mul(o).mul(VectorMath.tanhSlope(tc)).add(load(carry, k0 + j));
            dc.intoArray(d.gradCell, u + j);
            dc.mul(load(d.act, base + h + j)).intoArray(carry, k0 + j);
            dh.mul(tc).mul(VectorMath.sigmoidSlope(o)).intoArray(d.gradPre, base + 3 * h + j);
        }
        // through c = f c_prev + i g to the other three gates
        for (int k = 0; k + LANES <= j; k += LANES) {
            DoubleVector dc = load(d.gradCell, u + k);
            DoubleVector i = load(d.act, base + k);
            DoubleVector g = load(d.act, base + 2 * h + k);
            dc.mul(g).mul(VectorMath.sigmoidSlope(i)).intoArray(d.gradPre, base + k);
            dc.mul(load(cellBefore, cb + k)).mul(VectorMath.sigmoidSlope(load(d.act, base + h + k)))
                    .intoArray(d.gradPre, base + h + k);
            dc.mul(i).mul(VectorMath.tanhSlope(g)).intoArray(d.gradPre, base + 2 * h + k);
        }
        return j;
    }

    /**
     * ||di W_i[j] + df W_f[j] + dg W_g[j] + do W_o[j]||² over the H columns of W_hh's four rows:
     * the whole vectors' squares are added into {@code lanes}, the tail's are returned.
     */
    static double rowNormSquared(double[] w, int ri, int rf, int rg, int ro, double di, double df, double dg,
                                 double dout, int h, double[] lanes) {
        DoubleVector sum = load(lanes, 0);
        int k = 0;
        for (; k + LANES <= h; k += LANES) {
            DoubleVector v = load(w, ri + k).mul(di).add(load(w, rf + k).mul(df)).add(load(w, rg + k).mul(dg))
                    .add(load(w, ro + k).mul(dout));
            sum = VectorMath.fma(v, v, sum);
        }
        sum.intoArray(lanes, 0);
        double s = 0;
        for (; k < h; k++) {
            double v = di * w[ri + k] + df * w[rf + k] + dg * w[rg + k] + dout * w[ro + k];
            s += v * v;
        }
        return s;
    }
}
