package org.gatelab.engine;

import static org.gatelab.engine.Activations.C10;
import static org.gatelab.engine.Activations.C11;
import static org.gatelab.engine.Activations.C12;
import static org.gatelab.engine.Activations.C13;
import static org.gatelab.engine.Activations.C2;
import static org.gatelab.engine.Activations.C3;
import static org.gatelab.engine.Activations.C4;
import static org.gatelab.engine.Activations.C5;
import static org.gatelab.engine.Activations.C6;
import static org.gatelab.engine.Activations.C7;
import static org.gatelab.engine.Activations.C8;
import static org.gatelab.engine.Activations.C9;
import static org.gatelab.engine.Activations.LN2_HI;
import static org.gatelab.engine.Activations.LN2_LO;
import static org.gatelab.engine.Activations.LOG2E;
import static org.gatelab.engine.Activations.SHIFTER;
import static org.gatelab.engine.Activations.SHIFTER_BITS;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector shape the engine's SIMD loops use, and {@link Activations}' functions on whole vectors. Loaded only
 * when {@link Simd#AVAILABLE} says the Vector API is there.
 *
 * <p>The preferred species is the widest the CPU runs well: 8 doubles with AVX-512, 4 with AVX2. e^x and tanh
 * are {@link Activations}' algorithms with exactly the same operations in the same order (additions,
 * multiplications, a division, and integer additions and shifts on the bits), so every lane equals the scalar
 * function bit for bit. (The Vector API's own {@code EXP} and {@code TANH} are not used: their results change
 * once the JIT compiles the loop.) Only operations that AVX2 has for 64-bit lanes are used.
 */
final class VectorMath {
    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    /** Doubles per vector. */
    static final int LANES = SPECIES.length();
    private static final DoubleVector ONE = DoubleVector.broadcast(SPECIES, 1.0);

    private VectorMath() {
    }

    /** σ(x) = 1 / (1 + e^-x), as {@link Activations#sigmoid}. */
    static DoubleVector sigmoid(DoubleVector x) {
        return ONE.div(exp(x.neg()).add(1.0));
    }

    /** As {@link Activations#tanh}. */
    static DoubleVector tanh(DoubleVector x) {
        DoubleVector y = x.abs().min(Activations.TANH_MAX).mul(2.0);
        DoubleVector k = y.mul(LOG2E).add(SHIFTER);
        DoubleVector n = k.sub(SHIFTER);
        DoubleVector r = y.sub(n.mul(LN2_HI)).sub(n.mul(LN2_LO));
        DoubleVector scale = powerOfTwo(k);
        DoubleVector e = expm1Reduced(r).mul(scale).add(scale.sub(1.0));
        DoubleVector t = e.div(e.add(2.0));
        LongVector sign = x.viewAsIntegralLanes().reinterpretAsLongs().and(Activations.SIGN);
        return t.viewAsIntegralLanes().reinterpretAsLongs().or(sign).reinterpretAsDoubles();
    }

    /** e^y, as {@link Activations#exp}. */
    static DoubleVector exp(DoubleVector y) {
        DoubleVector c = y.max(Activations.EXP_MIN).min(Activations.EXP_MAX);
        DoubleVector k = c.mul(LOG2E).add(SHIFTER);
        DoubleVector n = k.sub(SHIFTER);
        DoubleVector r = c.sub(n.mul(LN2_HI)).sub(n.mul(LN2_LO));
        DoubleVector k1 = n.mul(0.5).add(SHIFTER);
        DoubleVector n1 = k1.sub(SHIFTER);
        DoubleVector k2 = n.sub(n1).add(SHIFTER);
        return expm1Reduced(r).add(1.0).mul(powerOfTwo(k1)).mul(powerOfTwo(k2));
    }

    /** 2^m from m + SHIFTER. */
    private static DoubleVector powerOfTwo(DoubleVector shifted) {
        return shifted.viewAsIntegralLanes().reinterpretAsLongs().sub(SHIFTER_BITS - 1023)
                .lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }

    /** e^r - 1 for |r| <= ln2 / 2, as {@link Activations#expm1Reduced}. */
    private static DoubleVector expm1Reduced(DoubleVector r) {
        DoubleVector p = DoubleVector.broadcast(SPECIES, C13);
        p = p.mul(r).add(C12);
        p = p.mul(r).add(C11);
        p = p.mul(r).add(C10);
        p = p.mul(r).add(C9);
        p = p.mul(r).add(C8);
        p = p.mul(r).add(C7);
        p = p.mul(r).add(C6);
        p = p.mul(r).add(C5);
        p = p.mul(r).add(C4);
        p = p.mul(r).add(C3);
        p = p.mul(r).add(C2);
        return r.add(r.mul(r).mul(p));
    }

    /** x y + acc, fused where the CPU can (as {@link Gemm#fma}). */
    static DoubleVector fma(DoubleVector x, DoubleVector y, DoubleVector acc) {
        return Simd.FMA ? x.fma(y, acc) : x.mul(y).add(acc);
    }

    /** 1 - v. */
    static DoubleVector oneMinus(DoubleVector v) {
        return ONE.sub(v);
    }

    /** σ'(x) = s (1 - s) where s = σ(x), as {@link Activations#sigmoidSlope}. */
    static DoubleVector sigmoidSlope(DoubleVector s) {
        return s.mul(ONE.sub(s));
    }

    /** tanh'(x) = 1 - y² where y = tanh(x), as {@link Activations#tanhSlope}. */
    static DoubleVector tanhSlope(DoubleVector y) {
        return ONE.sub(y.mul(y));
    }

    static DoubleVector load(double[] a, int offset) {
        return DoubleVector.fromArray(SPECIES, a, offset);
    }

    /** The lanes' sum, added in lane order (the Vector API's reduction may add in another order once compiled). */
    static double sum(DoubleVector v) {
        double[] lanes = v.toArray();
        double s = 0;
        for (double x : lanes) {
            s += x;
        }
        return s;
    }
}
