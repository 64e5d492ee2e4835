package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.QuantScheme;
import org.junit.jupiter.api.Test;

/** int8 quantization rounds each weight to the nearest of 255 levels of its scale, and counts its bytes. */
class Int8QuantizationTest {

    /** An RNN with input 1, hidden 2, output 1: W_ih [2x1], W_hh [2x2], two biases [2], head [1x2] and [1]. */
    private static Model tiny() {
        Model m = new Model(new ModelConfig(CellKind.RNN, Nonlinearity.TANH, 1, 2, 1, 1));
        m.setParameter("weight_ih_l0", new int[] {2, 1}, new double[] {0.5, -1.27});
        m.setParameter("weight_hh_l0", new int[] {2, 2}, new double[] {0.1, 0.2, 0.03, -0.004});
        m.setParameter("bias_ih_l0", new int[] {2}, new double[] {0.1, 0.2});
        m.setParameter("bias_hh_l0", new int[] {2}, new double[] {0.3, 0.4});
        m.setParameter("head.weight", new int[] {1, 2}, new double[] {2.54, 0});
        m.setParameter("head.bias", new int[] {1}, new double[] {1.0 / 3});
        return m;
    }

    @Test
    void perTensorUsesOneScaleFromTheLargestWeight() {
        Model m = tiny();
        Int8Quantization.Report r = Int8Quantization.quantize(m, QuantScheme.PER_TENSOR);
        // weight_ih: scale = 1.27 / 127 = 0.01 (as a float): 0.5 -> 50 levels, -1.27 -> -127
        double s = (float) (1.27 / 127);
        assertEquals(50 * s, m.parameter("weight_ih_l0").get(0), 0.0);
        assertEquals(-127 * s, m.parameter("weight_ih_l0").get(1), 0.0);
        // weight_hh: scale 0.2 / 127; -0.004 is 2.54 levels, rounded to 3
        double h = (float) (0.2 / 127);
        assertEquals(-3 * h, m.parameter("weight_hh_l0").get(3), 0.0);
        assertEquals(19 * h, m.parameter("weight_hh_l0").get(2), 0.0, "0.03 is 19.05 levels");
        // biases become float32, not int8
        assertEquals((float) (1.0 / 3), m.parameter("head.bias").get(0), 0.0);
        assertEquals(3, r.scales());
        assertEquals(2 + 4 + 2, r.weights());
        assertEquals(2 + 2 + 1, r.biases());
        assertEquals(8 + 4 * (5 + 3), r.bytes());
        assertEquals(r.bytes(), Int8Quantization.bytes(tiny(), QuantScheme.PER_TENSOR));
        assertTrue(r.maxAbsError() <= h / 2 + 1e-12, "no weight moves more than half a level");
    }

    @Test
    void perRowGivesEachRowItsOwnScale() {
        Model m = tiny();
        Int8Quantization.Report r = Int8Quantization.quantize(m, QuantScheme.PER_ROW);
        // row 1 of weight_hh is (0.03, -0.004): its own scale 0.03 / 127 keeps -0.004 at 16.9 -> 17 levels
        double s = (float) (0.03 / 127);
        assertEquals(127 * s, m.parameter("weight_hh_l0").get(2), 0.0);
        assertEquals(-17 * s, m.parameter("weight_hh_l0").get(3), 0.0);
        assertEquals(2 + 2 + 1, r.scales());
        assertEquals(Int8Quantization.bytes(tiny(), QuantScheme.PER_ROW), r.bytes());
        Int8Quantization.Report perTensor = Int8Quantization.quantize(tiny(), QuantScheme.PER_TENSOR);
        assertTrue(r.rmsError() < perTensor.rmsError(), "finer scales, smaller error");
    }

    @Test
    void aZeroRowStaysZero() {
        Model m = tiny();
        m.setParameter("head.weight", new int[] {1, 2}, new double[] {0, 0});
        Int8Quantization.quantize(m, QuantScheme.PER_ROW);
        assertEquals(0.0, m.parameter("head.weight").get(0), 0.0);
        assertTrue(m.isFinite());
    }
}
