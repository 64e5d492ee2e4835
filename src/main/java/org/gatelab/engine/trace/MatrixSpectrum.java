package org.gatelab.engine.trace;

import org.gatelab.vocabulary.Gate;

/**
 * The spectrum of one square recurrent matrix (the RNN's W_hh, or one H x H block of a gated cell's W_hh such
 * as the LSTM's W_hf), as the engine computed it. Immutable.
 *
 * <ul>
 *   <li>eigenvalues λ (complex; a real matrix has real ones and conjugate pairs), ordered by |λ| from largest
 *       to smallest, then by real part, then by imaginary part, so the same matrix always lists them alike;</li>
 *   <li>the spectral radius ρ = max |λ|: how fast the powers W^k grow or shrink over many steps (Gelfand:
 *       ‖W^k‖^(1/k) → ρ);</li>
 *   <li>the spectral norm ‖W‖₂ = σ_max, the largest singular value: the most one multiplication can stretch a
 *       vector;</li>
 *   <li>the Frobenius norm ‖W‖_F = sqrt(Σ w_ij²) = sqrt(Σ σ_i²).</li>
 * </ul>
 * Always ρ ≤ ‖W‖₂ ≤ ‖W‖_F; a matrix with a non-finite entry has NaN for all of them.
 */
public final class MatrixSpectrum {
    private final Gate block;
    private final int size;
    private final double[] real;
    private final double[] imaginary;
    private final double spectralRadius;
    private final double spectralNorm;
    private final double frobeniusNorm;

    /**
     * Copies the eigenvalues, which must be {@code size} of them, already in the order described above.
     *
     * @param block the block of W_hh this is (the RNN's single block is {@link Gate#A})
     */
    public MatrixSpectrum(Gate block, int size, double[] real, double[] imaginary, double spectralRadius,
                          double spectralNorm, double frobeniusNorm) {
        if (block == null) {
            throw new IllegalArgumentException("the block is required");
        }
        if (size < 1 || real.length != size || imaginary.length != size) {
            throw new IllegalArgumentException("a " + size + " x " + size + " matrix has " + size + " eigenvalues, got "
                    + real.length + " real and " + imaginary.length + " imaginary parts");
        }
        this.block = block;
        this.size = size;
        this.real = real.clone();
        this.imaginary = imaginary.clone();
        this.spectralRadius = spectralRadius;
        this.spectralNorm = spectralNorm;
        this.frobeniusNorm = frobeniusNorm;
    }

    /** Which block of W_hh: LSTM i, f, g, o; GRU r, z, n; the RNN's {@link Gate#A}. */
    public Gate block() {
        return block;
    }

    /** The matrix is {@code size x size} (the hidden size H). */
    public int size() {
        return size;
    }

    /** Number of eigenvalues, counted with multiplicity: {@link #size()}. */
    public int count() {
        return size;
    }

    /** Re λ_k. */
    public double real(int k) {
        return real[k];
    }

    /** Im λ_k. */
    public double imaginary(int k) {
        return imaginary[k];
    }

    /** |λ_k|. */
    public double modulus(int k) {
        return Math.hypot(real[k], imaginary[k]);
    }

    /** The real parts, a copy. */
    public double[] realParts() {
        return real.clone();
    }

    /** The imaginary parts, a copy. */
    public double[] imaginaryParts() {
        return imaginary.clone();
    }

    /** ρ = max |λ|. */
    public double spectralRadius() {
        return spectralRadius;
    }

    /** ‖W‖₂, the largest singular value. */
    public double spectralNorm() {
        return spectralNorm;
    }

    /** ‖W‖_F. */
    public double frobeniusNorm() {
        return frobeniusNorm;
    }

    /** How many eigenvalues lie strictly outside the unit circle (|λ| &gt; 1). */
    public int outsideUnitCircle() {
        int n = 0;
        for (int k = 0; k < size; k++) {
            if (modulus(k) > 1) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "MatrixSpectrum[" + block.symbol() + ", " + size + " x " + size + ", rho=" + spectralRadius + ", norm2="
                + spectralNorm + ", normF=" + frobeniusNorm + "]";
    }
}
