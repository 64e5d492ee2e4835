package org.gatelab.engine;

/**
 * The squashing functions and their derivatives written in terms of their outputs, with e^x and tanh computed
 * here rather than by {@code Math}.
 *
 * <p>Why our own: {@code Math.tanh} is not an intrinsic on Java 17 (about 17 ns a call), and the Vector API's
 * lanewise {@code EXP} and {@code TANH} give results that depend on whether the JIT has compiled the loop yet
 * (Intel's SVML when compiled, {@code Math} per lane before), which would make two identical training runs
 * differ in the last bit. The functions below use only additions, multiplications and one division, so
 * {@link VectorMath} computes them on whole vectors with exactly the same operations: the same value, bit for
 * bit, interpreted or compiled, SIMD or scalar. e^x is within 1 ulp of {@code StrictMath}'s and tanh
 * within 3 (7e-16 relative; checked by {@code ActivationsTest}), far inside the 1e-12 asked of the engine.
 *
 * <p>e^y: y = n ln2 + r with n = round(y / ln2) and |r| <= ln2 / 2 (ln2 split in two parts so that n ln2 is
 * exact to 2^-60), e^r - 1 = r + r² P(r) with P the Taylor series to r^11 / 13! (error below 1e-17), then
 * scaled by 2^n.
 */
final class Activations {
    /** log2(e). */
    static final double LOG2E = 1.4426950408889634;
    /** ln 2 in two parts (fdlibm's): n * LN2_HI is exact for |n| < 2^11. */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1.5 * 2^52: x + SHIFTER rounds x to an integer, which the low bits of the sum then hold. */
    static final double SHIFTER = 0x1.8p52;
    static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    /** The range where {@link #exp} is e^y: 2^round(y / ln2) is a normal number throughout. */
    static final double EXP_MIN = -708;
    static final double EXP_MAX = 709;
    /** tanh(x) rounds to ±1 beyond |x| = 19.1; clamping keeps e^{2|x|} finite. */
    static final double TANH_MAX = 20;
    // 1/k! for k = 2 .. 13
    static final double C2 = 1.0 / 2;
    static final double C3 = 1.0 / 6;
    static final double C4 = 1.0 / 24;
    static final double C5 = 1.0 / 120;
    static final double C6 = 1.0 / 720;
    static final double C7 = 1.0 / 5040;
    static final double C8 = 1.0 / 40320;
    static final double C9 = 1.0 / 362880;
    static final double C10 = 1.0 / 3628800;
    static final double C11 = 1.0 / 39916800;
    static final double C12 = 1.0 / 479001600;
    static final double C13 = 1.0 / 6227020800.0;

    private Activations() {
    }

    /** σ(x) = 1 / (1 + e^-x). */
    static double sigmoid(double x) {
        return 1.0 / (1.0 + exp(-x));
    }

    /** tanh(x) = sign(x) (e^{2a} - 1) / (e^{2a} - 1 + 2), a = |x|: no cancellation near 0. */
    static double tanh(double x) {
        double y = 2.0 * Math.min(Math.abs(x), TANH_MAX);
        double k = y * LOG2E + SHIFTER;
        double n = k - SHIFTER;
        double r = (y - n * LN2_HI) - n * LN2_LO;
        double scale = powerOfTwo(k);
        double e = expm1Reduced(r) * scale + (scale - 1.0);
        double t = e / (e + 2.0);
        return x < 0 ? -t : t;
    }

    /**
     * e^y for -708 <= y <= 709; beyond, the value at the nearer end (about 3e-308 or 8e307), all that σ needs:
     * σ(x) is then 1 or under 1.3e-308. One power of two then scales the result (no subnormals to handle).
     */
    static double exp(double y) {
        double c = Math.min(Math.max(y, EXP_MIN), EXP_MAX);
        double k = c * LOG2E + SHIFTER;
        double n = k - SHIFTER;
        double r = (c - n * LN2_HI) - n * LN2_LO;
        return (1.0 + expm1Reduced(r)) * powerOfTwo(k);
    }

    /** 2^m from m + SHIFTER (m an integer in the normal exponent range). */
    private static double powerOfTwo(double shifted) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(shifted) - SHIFTER_BITS + 1023) << 52);
    }

    /** e^r - 1 for |r| <= ln2 / 2: r + r² (1/2! + r (1/3! + ... + r / 13!)). */
    static double expm1Reduced(double r) {
        double p = C13;
        p = p * r + C12;
        p = p * r + C11;
        p = p * r + C10;
        p = p * r + C9;
        p = p * r + C8;
        p = p * r + C7;
        p = p * r + C6;
        p = p * r + C5;
        p = p * r + C4;
        p = p * r + C3;
        p = p * r + C2;
        return r + (r * r) * p;
    }

    /** σ'(x) = s (1 - s) where s = σ(x). */
    static double sigmoidSlope(double s) {
        return s * (1.0 - s);
    }

    /** tanh'(x) = 1 - y² where y = tanh(x). */
    static double tanhSlope(double y) {
        return 1.0 - y * y;
    }
}
