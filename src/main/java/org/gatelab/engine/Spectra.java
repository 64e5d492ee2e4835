package org.gatelab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.engine.trace.MatrixSpectrum;
import org.gatelab.engine.trace.RecurrentWeights;

/**
 * Reads a model's recurrent matrices W_hh and computes their spectra with EJML: the eigenvalues of every
 * H x H block (a general real matrix: QR iterations on its Hessenberg form), the singular values (SVD) for the
 * spectral norm, and the Frobenius norm. The cost grows as H³: on a 2-core machine about 15 ms for an LSTM at
 * H = 64 and 0.7 s at H = 256 (BENCHMARKS.md), so callers on the FX side run it off the FX thread like every
 * other computation.
 */
public final class Spectra {
    private Spectra() {
    }

    /**
     * W_hh of every layer of {@code model}, with its spectra, bottom layer first; for a bidirectional model each
     * layer's forward matrix, then its reverse one.
     */
    public static List<RecurrentWeights> of(Model model) {
        List<RecurrentWeights> out = new ArrayList<>();
        for (int l = 0; l < model.config().layers(); l++) {
            for (Direction d : model.config().directionList()) {
                out.add(of(model, l, d));
            }
        }
        return out;
    }

    /** W_hh of {@code layer} (0-based), with the spectrum of each block and the norms of the stacked matrix. */
    public static RecurrentWeights of(Model model, int layer) {
        return of(model, layer, Direction.FORWARD);
    }

    /** As {@link #of(Model, int)} for one direction of the layer (the reverse one of a bidirectional model). */
    public static RecurrentWeights of(Model model, int layer, Direction direction) {
        ModelConfig config = model.config();
        if (direction == Direction.REVERSE && !config.bidirectional()) {
            throw new IllegalArgumentException("a one-direction model has no reverse W_hh");
        }
        if (layer < 0 || layer >= config.layers()) {
            throw new IllegalArgumentException("layer " + layer + " does not exist in a model with " + config.layers()
                    + " layer(s)");
        }
        DMatrixRMaj w = model.matrix(ParameterNames.weightHh(layer, direction));
        int h = config.hiddenSize();
        List<MatrixSpectrum> blocks = new ArrayList<>();
        List<Gate> gates = config.cell().blocks();
        for (int k = 0; k < gates.size(); k++) {
            DMatrixRMaj block = CommonOps_DDRM.extract(w, k * h, (k + 1) * h, 0, h);
            blocks.add(square(gates.get(k), block));
        }
        boolean finite = finite(w);
        double norm2 = finite ? spectralNorm(w) : Double.NaN;
        double normF = finite ? NormOps_DDRM.normF(w) : Double.NaN;
        return new RecurrentWeights(config.cell(), layer, direction, h, w.data, blocks, norm2, normF);
    }

    /**
     * The spectrum of a square matrix (not modified): its eigenvalues sorted by modulus (largest first, then by
     * real and imaginary part), ρ = max |λ|, ‖W‖₂ and ‖W‖_F. A matrix with a non-finite entry gets NaN
     * throughout, as no decomposition of it means anything.
     */
    public static MatrixSpectrum square(Gate block, DMatrixRMaj m) {
        int n = m.numRows;
        if (n != m.numCols || n == 0) {
            throw new IllegalArgumentException("eigenvalues need a square matrix, got " + m.numRows + " x " + m.numCols);
        }
        double[] re = new double[n];
        double[] im = new double[n];
        if (!finite(m)) {
            Arrays.fill(re, Double.NaN);
            Arrays.fill(im, Double.NaN);
            return new MatrixSpectrum(block, n, re, im, Double.NaN, Double.NaN, Double.NaN);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, false);
        if (!eig.decompose(m.copy())) {
            throw new ArithmeticException("the eigenvalues of the " + n + " x " + n + " block " + block.symbol()
                    + " did not converge");
        }
        Complex_F64[] values = new Complex_F64[n];
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(k);
        }
        Arrays.sort(values, Comparator.comparingDouble((Complex_F64 c) -> -Math.hypot(c.real, c.imaginary))
                .thenComparingDouble(c -> c.real).thenComparingDouble(c -> c.imaginary));
        double radius = 0;
        for (int k = 0; k < n; k++) {
            re[k] = values[k].real;
            im[k] = values[k].imaginary;
            radius = Math.max(radius, Math.hypot(re[k], im[k]));
        }
        return new MatrixSpectrum(block, n, re, im, radius, spectralNorm(m), NormOps_DDRM.normF(m));
    }

    /** ‖W‖₂ = σ_max, the largest singular value (0 for a zero matrix). */
    static double spectralNorm(DMatrixRMaj m) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.numRows, m.numCols, false,
                false, true);
        if (!svd.decompose(m.copy())) {
            throw new ArithmeticException("the singular values of a " + m.numRows + " x " + m.numCols
                    + " matrix did not converge");
        }
        double max = 0;
        for (double s : svd.getSingularValues()) {
            max = Math.max(max, s);
        }
        return max;
    }

    private static boolean finite(DMatrixRMaj m) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) {
                return false;
            }
        }
        return true;
    }
}
