package org.gatelab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector shape the engine's SIMD loops use and the squashing functions on whole vectors. Loaded only when
 * {@link Simd#AVAILABLE} says the Vector API is there.
 *
 * <p>The preferred species is the widest the CPU runs well: 8 doubles with AVX-512, 4 with AVX2. The Vector
 * API's lanewise {@code EXP} and {@code TANH} are within 1 to 2 ulp of {@code StrictMath}'s, like
 * {@code Math.exp}, and compute a whole vector at once; {@code Math.tanh} is not an intrinsic on Java 17
 * (about 17 ns a call, against under 2 ns per value here).
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
        return ONE.div(x.neg().lanewise(VectorOperators.EXP).add(1.0));
    }

    static DoubleVector tanh(DoubleVector x) {
        return x.lanewise(VectorOperators.TANH);
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

    /** x y + acc, fused where the CPU can (as {@link Gemm#fma}). */
    static DoubleVector fma(DoubleVector x, DoubleVector y, DoubleVector acc) {
        return Simd.FMA ? x.fma(y, acc) : x.mul(y).add(acc);
    }

    static DoubleVector load(double[] a, int offset) {
        return DoubleVector.fromArray(SPECIES, a, offset);
    }
}
