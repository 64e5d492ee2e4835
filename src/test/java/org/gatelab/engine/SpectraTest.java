package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.gatelab.engine.trace.MatrixSpectrum;
import org.gatelab.engine.trace.RecurrentWeights;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** W_hh's eigenvalues and norms against matrices checked by hand, and the inequalities every matrix obeys. */
class SpectraTest {
    private static final double EPS = 1e-12;

    private static DMatrixRMaj matrix(int n, double... rowMajor) {
        return new DMatrixRMaj(n, n, true, rowMajor);
    }

    /**
     * [[0, -2], [1/2, 0]]: λ² = -1, so λ = ±i and ρ = 1; the singular values are 2 and 1/2 (it maps e1 to
     * (0, 1/2) and e2 to (-2, 0)), so ‖W‖₂ = 2; ‖W‖_F = sqrt(4 + 1/4). A non-normal matrix: ρ &lt; ‖W‖₂.
     */
    @Test
    void aRotationThatStretchesUnevenly() {
        MatrixSpectrum s = Spectra.square(Gate.A, matrix(2, 0, -2, 0.5, 0));
        assertEquals(1, s.spectralRadius(), EPS);
        assertEquals(2, s.spectralNorm(), EPS);
        assertEquals(Math.sqrt(4.25), s.frobeniusNorm(), EPS);
        // sorted by modulus, then real part, then imaginary part: -i before +i
        assertEquals(0, s.real(0), EPS);
        assertEquals(-1, s.imaginary(0), EPS);
        assertEquals(0, s.real(1), EPS);
        assertEquals(1, s.imaginary(1), EPS);
        assertEquals(0, s.outsideUnitCircle());
    }

    /** [[0, -1, 0], [1, 0, 0], [0, 0, 2]]: a quarter turn in the first plane and a doubling: λ = 2, ±i. */
    @Test
    void aBlockDiagonalMatrix() {
        MatrixSpectrum s = Spectra.square(Gate.A, matrix(3, 0, -1, 0, 1, 0, 0, 0, 0, 2));
        assertEquals(2, s.real(0), EPS);
        assertEquals(0, s.imaginary(0), EPS);
        assertEquals(1, s.modulus(1), EPS);
        assertEquals(1, s.modulus(2), EPS);
        assertEquals(2, s.spectralRadius(), EPS);
        assertEquals(2, s.spectralNorm(), EPS);
        assertEquals(Math.sqrt(6), s.frobeniusNorm(), EPS);
        assertEquals(1, s.outsideUnitCircle());
    }

    /** [[1/2, 3], [0, 1/2]]: a double eigenvalue 1/2, yet one step can stretch a vector more than 3 times. */
    @Test
    void aTriangularMatrixStretchesFarMoreThanItsEigenvaluesSay() {
        MatrixSpectrum s = Spectra.square(Gate.A, matrix(2, 0.5, 3, 0, 0.5));
        assertEquals(0.5, s.spectralRadius(), 1e-7);
        // σ_max² is the larger root of σ⁴ - (1/4 + 9 + 1/4) σ² + (1/4)² = 0
        double trace = 9.5;
        double det = 0.0625;
        double sigmaMax = Math.sqrt((trace + Math.sqrt(trace * trace - 4 * det)) / 2);
        assertEquals(sigmaMax, s.spectralNorm(), 1e-12);
        assertTrue(s.spectralNorm() > 3);
    }

    @Test
    void zeroAndNonFiniteMatrices() {
        MatrixSpectrum zero = Spectra.square(Gate.A, new DMatrixRMaj(4, 4));
        assertEquals(0, zero.spectralRadius());
        assertEquals(0, zero.spectralNorm());
        assertEquals(0, zero.frobeniusNorm());
        MatrixSpectrum nan = Spectra.square(Gate.A, matrix(2, 1, Double.NaN, 0, 1));
        assertTrue(Double.isNaN(nan.spectralRadius()) && Double.isNaN(nan.spectralNorm())
                && Double.isNaN(nan.real(0)));
        assertThrows(IllegalArgumentException.class, () -> Spectra.square(Gate.A, new DMatrixRMaj(2, 3)));
    }

    @Test
    void frobeniusBoundsTheSpectralNormWhichBoundsTheSpectralRadius() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(12);
            DMatrixRMaj m = new DMatrixRMaj(n, n);
            double scale = Math.pow(10, random.nextDouble() * 4 - 2);
            for (int i = 0; i < n * n; i++) {
                m.data[i] = random.nextGaussian() * scale;
            }
            MatrixSpectrum s = Spectra.square(Gate.A, m);
            double slack = 1e-10 * s.frobeniusNorm();
            assertTrue(s.spectralNorm() <= s.frobeniusNorm() + slack, "trial " + trial + ": " + s);
            assertTrue(s.spectralRadius() <= s.spectralNorm() + slack, "trial " + trial + ": " + s);
            for (int k = 1; k < n; k++) {
                assertTrue(s.modulus(k) <= s.modulus(k - 1) + slack, "sorted by modulus");
            }
            assertEquals(s.modulus(0), s.spectralRadius(), slack);
        }
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void everyBlockOfAModelIsReadFromItsRowsOfWhh(CellKind cell) {
        int h = 6;
        Model model = TestModels.randomModel(cell, Nonlinearity.TANH, 2, h, 2, 1, 11);
        List<RecurrentWeights> layers = Spectra.of(model);
        assertEquals(2, layers.size());
        for (RecurrentWeights w : layers) {
            double[] expected = model.parameter(ParameterNames.weightHh(w.layer())).values();
            assertEquals(cell.blockCount() * h, w.rows());
            for (int r = 0; r < w.rows(); r++) {
                for (int c = 0; c < h; c++) {
                    assertEquals(expected[r * h + c], w.value(r, c), 0);
                }
            }
            for (Gate g : cell.blocks()) {
                int k = cell.blockIndex(g);
                DMatrixRMaj block = new DMatrixRMaj(h, h);
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < h; j++) {
                        block.set(i, j, expected[(k * h + i) * h + j]);
                        assertEquals(block.get(i, j), w.blockValue(g, i, j), 0);
                    }
                }
                MatrixSpectrum direct = Spectra.square(g, block);
                assertEquals(direct.spectralRadius(), w.spectrum(g).spectralRadius(), 0);
                assertEquals(direct.spectralNorm(), w.spectrum(g).spectralNorm(), 0);
                // the stacked matrix stretches at least as much as any of its blocks
                assertTrue(w.spectralNorm() >= direct.spectralNorm() - 1e-12);
            }
            if (cell == CellKind.RNN) {
                assertEquals(w.spectrum(Gate.A).spectralNorm(), w.spectralNorm(), 1e-12);
                assertEquals(w.spectrum(Gate.A).frobeniusNorm(), w.frobeniusNorm(), 1e-12);
            }
        }
    }

    /** An orthogonal W_hh has every eigenvalue on the unit circle; the W_hh-scale knob moves them all out by its factor. */
    @Test
    void theRecurrentScaleMovesEveryEigenvalueByItsFactor() {
        int h = 16;
        ModelConfig config = ModelConfig.of(CellKind.RNN, 1, h, 1);
        InitSpec orthogonal = InitSpec.pytorchDefault(3).withScheme(InitScheme.ORTHOGONAL);
        MatrixSpectrum unit = Spectra.of(Initializer.create(config, orthogonal), 0).spectrum(Gate.A);
        for (int k = 0; k < h; k++) {
            assertEquals(1, unit.modulus(k), 1e-9);
        }
        assertEquals(1, unit.spectralNorm(), 1e-9);
        assertEquals(Math.sqrt(h), unit.frobeniusNorm(), 1e-9);

        InitSpec defaults = InitSpec.pytorchDefault(5);
        MatrixSpectrum base = Spectra.of(Initializer.create(config, defaults), 0).spectrum(Gate.A);
        MatrixSpectrum scaled = Spectra.of(Initializer.create(config, defaults.withRecurrentScale(1.7)), 0)
                .spectrum(Gate.A);
        assertEquals(1.7 * base.spectralRadius(), scaled.spectralRadius(), 1e-9);
        assertEquals(1.7 * base.spectralNorm(), scaled.spectralNorm(), 1e-9);
        for (int k = 0; k < h; k++) {
            assertEquals(1.7 * base.real(k), scaled.real(k), 1e-9);
            assertEquals(1.7 * base.imaginary(k), scaled.imaginary(k), 1e-9);
        }
    }

    @Test
    void recordsRefuseInconsistentShapes() {
        MatrixSpectrum a = Spectra.square(Gate.A, new DMatrixRMaj(2, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new RecurrentWeights(CellKind.RNN, 0, 2, new double[3], List.of(a), 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new RecurrentWeights(CellKind.LSTM, 0, 2, new double[16], List.of(a), 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new MatrixSpectrum(Gate.A, 2, new double[1], new double[2], 0, 0, 0));
    }
}
