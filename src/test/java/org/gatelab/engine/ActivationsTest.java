package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The engine's own e^x, tanh and σ against {@code StrictMath} (fdlibm, correctly rounded to within 1 ulp), and
 * the SIMD versions against the scalar ones, bit for bit.
 */
class ActivationsTest {
    /** Arguments over every scale the cells meet and beyond: tiny, ordinary, saturating, overflowing. */
    static double[] arguments() {
        Random random = new Random(5);
        double[] x = new double[50_000];
        for (int i = 0; i < x.length; i++) {
            double magnitude = Math.pow(10, -12 + 15 * random.nextDouble());
            x[i] = (random.nextBoolean() ? 1 : -1) * magnitude;
        }
        double[] special = {0.0, -0.0, 1e-300, -1e-300, Double.MIN_VALUE, 19.0, 19.1, 20.0, 25.0, -25.0, 700, 709.7,
            709.79, 710, 800, -700, -740, -745, -746, -800, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MAX_VALUE, -Double.MAX_VALUE};
        System.arraycopy(special, 0, x, 0, special.length);
        return x;
    }

    /** The error in units of the exact value's last place (0 when both are the same infinity or NaN). */
    static double ulps(double actual, double expected) {
        if (Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0) {
            return Double.compare(actual, expected) == 0 || actual == expected ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(actual - expected) / Math.ulp(expected);
    }

    private static double worst(DoubleUnaryOperator ours, DoubleUnaryOperator exact) {
        double worst = 0;
        for (double x : arguments()) {
            double u = ulps(ours.applyAsDouble(x), exact.applyAsDouble(x));
            assertTrue(u <= 3, "at " + x + ": " + ours.applyAsDouble(x) + " against " + exact.applyAsDouble(x));
            worst = Math.max(worst, u);
        }
        return worst;
    }

    @Test
    void expIsWithinOneUlpOfStrictMathInItsRange() {
        double w = worst(x -> Activations.exp(Math.max(-708, Math.min(709, x))),
                x -> StrictMath.exp(Math.max(-708, Math.min(709, x))));
        System.out.println("[ActivationsTest] exp: worst " + w + " ulp");
        assertTrue(w <= 1, "worst " + w + " ulp");
        assertEquals(StrictMath.exp(709), Activations.exp(800), Math.ulp(StrictMath.exp(709)));
        assertTrue(Double.isNaN(Activations.exp(Double.NaN)));
    }

    @Test
    void tanhIsWithinThreeUlpOfStrictMath() {
        double w = worst(Activations::tanh, StrictMath::tanh);
        System.out.println("[ActivationsTest] tanh: worst " + w + " ulp");
        assertEquals(0.0, Activations.tanh(-0.0), 0.0);
        assertEquals(1.0, Activations.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Activations.tanh(-1e300));
        assertTrue(Double.isNaN(Activations.tanh(Double.NaN)));
    }

    /** σ(x) for x >= -708; below, where σ(x) < 3.3e-308, it stays at about 1.2e-308. */
    @Test
    void sigmoidIsWithinTwoUlpOfTheExactFormula() {
        double w = worst(x -> Activations.sigmoid(Math.max(-708, x)),
                x -> 1.0 / (1.0 + StrictMath.exp(-Math.max(-708, x))));
        assertTrue(w <= 2, "worst " + w + " ulp");
        assertTrue(Activations.sigmoid(-1e300) < 1.3e-308);
        System.out.println("[ActivationsTest] sigmoid: worst " + w + " ulp");
        assertEquals(1.0, Activations.sigmoid(800));
    }

    /** The SIMD loops use VectorMath: it must give the scalar functions' values exactly. */
    @Test
    void vectorFunctionsEqualTheScalarOnesBitForBit() {
        assumeTrue(Simd.enabled(), "the JVM has no Vector API");
        double[] x = arguments();
        int lanes = VectorMath.LANES;
        double[] out = new double[lanes];
        for (int i = 0; i + lanes <= x.length; i += lanes) {
            var v = VectorMath.load(x, i);
            VectorMath.tanh(v).intoArray(out, 0);
            for (int k = 0; k < lanes; k++) {
                assertEquals(Activations.tanh(x[i + k]), out[k], 0.0, "tanh " + x[i + k]);
            }
            VectorMath.exp(v).intoArray(out, 0);
            for (int k = 0; k < lanes; k++) {
                assertEquals(Activations.exp(x[i + k]), out[k], 0.0, "exp " + x[i + k]);
            }
            VectorMath.sigmoid(v).intoArray(out, 0);
            for (int k = 0; k < lanes; k++) {
                assertEquals(Activations.sigmoid(x[i + k]), out[k], 0.0, "sigmoid " + x[i + k]);
            }
        }
    }
}
