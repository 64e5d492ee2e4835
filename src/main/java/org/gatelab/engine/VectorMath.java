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

    /** 1/12! .. 1/2!: P's coefficients after 1/13!, in Horner's order. */
    private static final double[] HORNER = {C12, C11, C10, C9, C8, C7, C6, C5, C4, C3, C2};

    // The functions below are written out flat, without helper methods, and short: a vector crossing a call
    // that C2 does not inline is boxed on the heap. Each Vector API call inlines a deep tree of methods, so one
    // more level of our own pushed the innermost ones past C2's inlining depth (2.8 against 1.6 ns per value
    // for e^x), and a method over 325 bytes of bytecode is not inlined into its caller (tanh written out with
    // eleven Horner steps: 3.0 ns); hence the loop over the coefficients.

    /** σ(x) = 1 / (1 + e^-x), as {@link Activations#sigmoid}, e^-x as {@link Activations#exp}. */
    static DoubleVector sigmoid(DoubleVector x) {
        DoubleVector c = x.neg().max(Activations.EXP_MIN).min(Activations.EXP_MAX);
        DoubleVector k = c.mul(LOG2E).add(SHIFTER);
        DoubleVector n = k.sub(SHIFTER);
        DoubleVector r = c.sub(n.mul(LN2_HI)).sub(n.mul(LN2_LO));
        DoubleVector p = DoubleVector.broadcast(SPECIES, C13);
        for (double coefficient : HORNER) {
            p = p.mul(r).add(coefficient);
        }
        DoubleVector scale = k.reinterpretAsLongs().sub(SHIFTER_BITS - 1023).lanewise(VectorOperators.LSHL, 52)
                .reinterpretAsDoubles();
        DoubleVector e = r.add(r.mul(r).mul(p)).add(1.0).mul(scale);
        return ONE.div(e.add(1.0));
    }

    /** As {@link Activations#tanh}. */
    static DoubleVector tanh(DoubleVector x) {
        DoubleVector y = x.abs().min(Activations.TANH_MAX).mul(2.0);
        DoubleVector k = y.mul(LOG2E).add(SHIFTER);
        DoubleVector n = k.sub(SHIFTER);
        DoubleVector r = y.sub(n.mul(LN2_HI)).sub(n.mul(LN2_LO));
        DoubleVector p = DoubleVector.broadcast(SPECIES, C13);
        for (double coefficient : HORNER) {
            p = p.mul(r).add(coefficient);
        }
        DoubleVector scale = k.reinterpretAsLongs().sub(SHIFTER_BITS - 1023).lanewise(VectorOperators.LSHL, 52)
                .reinterpretAsDoubles();
        DoubleVector e = r.add(r.mul(r).mul(p)).mul(scale).add(scale.sub(1.0));
        DoubleVector t = e.div(e.add(2.0));
        return t.blend(t.neg(), x.compare(VectorOperators.LT, 0.0));
    }

    /**
     * y[yo + i] = σ(x[xo + i]) for i < n: whole vectors, then the scalar function for the tail (the same
     * values). The cells call these array loops, one function per loop, rather than the vector functions inside
     * one long loop body: C2 compiled that body only partly inlined, and its boxed vectors made the LSTM's step
     * several times slower.
     */
    static void sigmoid(double[] x, int xo, double[] y, int yo, int n) {
        int i = 0;
        for (; i + LANES <= n; i += LANES) {
            sigmoid(load(x, xo + i)).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] = Activations.sigmoid(x[xo + i]);
        }
    }

    /** y[yo + i] = tanh(x[xo + i]) for i < n, as {@link #sigmoid(double[], int, double[], int, int)}. */
    static void tanh(double[] x, int xo, double[] y, int yo, int n) {
        int i = 0;
        for (; i + LANES <= n; i += LANES) {
            tanh(load(x, xo + i)).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] = Activations.tanh(x[xo + i]);
        }
    }

    /**
     * Block rows k < n of one sequence's pre-activation, in place: {@code step[s + k]} (the recurrent product)
     * becomes a = input[base + k] + (step[s + k] + bias[k]). With {@code preHidden} and {@code pre} (a trace),
     * also records the recurrent side and a there, from {@code base}.
     */
    static void preActivations(double[] input, double[] step, int s, double[] bias, int base, int n,
                               double[] preHidden, double[] pre) {
        int k = 0;
        for (; k + LANES <= n; k += LANES) {
            DoubleVector recurrent = load(step, s + k).add(load(bias, k));
            DoubleVector total = load(input, base + k).add(recurrent);
            total.intoArray(step, s + k);
            if (pre != null) {
                recurrent.intoArray(preHidden, base + k);
                total.intoArray(pre, base + k);
            }
        }
        for (; k < n; k++) {
            double recurrent = step[s + k] + bias[k];
            double total = input[base + k] + recurrent;
            step[s + k] = total;
            if (pre != null) {
                preHidden[base + k] = recurrent;
                pre[base + k] = total;
            }
        }
    }

    /** e^y, as {@link Activations#exp} (for tests; the cells use {@link #sigmoid}). */
    static DoubleVector exp(DoubleVector y) {
        DoubleVector c = y.max(Activations.EXP_MIN).min(Activations.EXP_MAX);
        DoubleVector k = c.mul(LOG2E).add(SHIFTER);
        DoubleVector n = k.sub(SHIFTER);
        DoubleVector r = c.sub(n.mul(LN2_HI)).sub(n.mul(LN2_LO));
        DoubleVector p = DoubleVector.broadcast(SPECIES, C13);
        for (double coefficient : HORNER) {
            p = p.mul(r).add(coefficient);
        }
        DoubleVector scale = k.reinterpretAsLongs().sub(SHIFTER_BITS - 1023).lanewise(VectorOperators.LSHL, 52)
                .reinterpretAsDoubles();
        return r.add(r.mul(r).mul(p)).add(1.0).mul(scale);
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
}
