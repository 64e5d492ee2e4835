package org.gatelab.engine;

import static org.gatelab.engine.VectorMath.LANES;
import static org.gatelab.engine.VectorMath.load;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * {@link RnnKernel}'s per-unit loops on whole vectors of units (loaded only when {@link Simd#AVAILABLE}); as in
 * {@link VectorLstm}, each method does units 0 .. n-1 (n a multiple of the vector width) and returns n.
 */
final class VectorRnn {
    private VectorRnn() {
    }

    /** a = (W_ih x + b_ih) + (W_hh h + b_hh);  h = tanh(a) or max(0, a). */
    static int forward(LayerArrays d, double[] stepPre, int s, double[] bias, int u, int h, boolean relu,
                       boolean record) {
        int j = 0;
        for (; j + LANES <= h; j += LANES) {
            DoubleVector recurrent = load(stepPre, s + j).add(load(bias, j));
            DoubleVector a = load(d.preInput, u + j).add(recurrent);
            DoubleVector out = relu ? a.max(0.0) : VectorMath.tanh(a);
            if (record) {
                recurrent.intoArray(d.preHidden, u + j);
                a.intoArray(d.pre, u + j);
            }
            out.intoArray(d.act, u + j);
            out.intoArray(d.hidden, u + j);
        }
        return j;
    }

    /** dL/da = dL/dh φ'(a), with φ' = 1 - h² or [h > 0]. */
    static int backward(LayerArrays d, int u, int h, boolean relu) {
        int j = 0;
        for (; j + LANES <= h; j += LANES) {
            DoubleVector out = load(d.hidden, u + j);
            DoubleVector slope = relu
                    ? DoubleVector.zero(VectorMath.SPECIES).blend(1.0, out.compare(VectorOperators.GT, 0.0))
                    : VectorMath.tanhSlope(out);
            load(d.gradHidden, u + j).mul(slope).intoArray(d.gradPre, u + j);
        }
        return j;
    }
}
