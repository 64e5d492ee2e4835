package org.gatelab.engine;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;

/**
 * The engine's matrix products on flat row-major arrays: the per-step products of the recurrence, the
 * whole-sequence products, and the weight gradients {@code c += aᵀ b} over all timesteps.
 *
 * <p>Each element of a result is one chain of multiply-adds over the inner index in increasing order, starting
 * from 0 (or from c when accumulating): {@code acc = fma(a, b, acc)}. {@link VectorGemm} computes exactly that
 * chain with SIMD registers when the Vector API is there ({@link Simd}); the loops here compute it one element
 * after another otherwise. Results are therefore identical bit for bit with or without SIMD, and whatever the
 * thread count: with threads, the whole-sequence products split their output rows between them and every
 * element is still computed by one chain. (The recurrence itself is split by sequences, in
 * {@code LayerKernel}.)
 */
final class Gemm {
    /** Rows of a and b per pass of the weight-gradient products: the pass's slices stay in cache. */
    private static final int DEPTH_BLOCK = 128;

    private final boolean parallel;
    private final int threads;
    private final boolean simd;

    /** @param threads 1 for single-threaded; more uses the common fork-join pool. */
    Gemm(int threads, boolean simd) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (simd && !Simd.AVAILABLE) {
            throw new IllegalStateException("SIMD loops asked for, but the Vector API is not available");
        }
        this.parallel = threads > 1;
        this.threads = threads;
        this.simd = simd;
    }

    /** The number of threads this Gemm may use. */
    int threads() {
        return threads;
    }

    boolean simd() {
        return simd;
    }

    /** x y + acc, fused (rounded once) where the CPU can. */
    static double fma(double x, double y, double acc) {
        return Simd.FMA ? Math.fma(x, y, acc) : x * y + acc;
    }

    /**
     * c = a b on the calling thread, for the per-step products: a is [rows x depth] from {@code aOff}, b is
     * [depth x cols], c is [rows x cols] from {@code cOff}.
     */
    void multRows(double[] a, int aOff, double[] b, double[] c, int cOff, int rows, int depth, int cols) {
        if (simd) {
            VectorGemm.gemm(a, aOff, depth, 1, b, 0, cols, c, cOff, cols, rows, cols, depth, false);
            return;
        }
        for (int i = 0; i < rows; i++) {
            int cRow = cOff + i * cols;
            int aRow = aOff + i * depth;
            java.util.Arrays.fill(c, cRow, cRow + cols, 0.0);
            int k = 0;
            // four terms of each element's chain per pass over the row, in the chain's order
            for (; k + 3 < depth; k += 4) {
                double v0 = a[aRow + k];
                double v1 = a[aRow + k + 1];
                double v2 = a[aRow + k + 2];
                double v3 = a[aRow + k + 3];
                int b0 = k * cols;
                for (int j = 0; j < cols; j++) {
                    double acc = fma(v0, b[b0 + j], c[cRow + j]);
                    acc = fma(v1, b[b0 + cols + j], acc);
                    acc = fma(v2, b[b0 + 2 * cols + j], acc);
                    c[cRow + j] = fma(v3, b[b0 + 3 * cols + j], acc);
                }
            }
            for (; k < depth; k++) {
                double v = a[aRow + k];
                int bRow = k * cols;
                for (int j = 0; j < cols; j++) {
                    c[cRow + j] = fma(v, b[bRow + j], c[cRow + j]);
                }
            }
        }
    }

    /** c = a b for the whole-sequence products; with threads, the rows of c are split between them. */
    void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (b.numRows != a.numCols) {
            throw new IllegalArgumentException("shapes: a " + a.numRows + "x" + a.numCols + ", b " + b.numRows + "x"
                    + b.numCols);
        }
        c.reshape(a.numRows, b.numCols);
        int rows = a.numRows;
        int depth = a.numCols;
        int cols = b.numCols;
        if (!parallel || rows < 8 * threads) {
            multRows(a.data, 0, b.data, c.data, 0, rows, depth, cols);
            return;
        }
        IntStream.range(0, threads).parallel().forEach(t -> {
            int r0 = rows * t / threads;
            int r1 = rows * (t + 1) / threads;
            multRows(a.data, r0 * depth, b.data, c.data, r0 * cols, r1 - r0, depth, cols);
        });
    }

    /**
     * c += aᵀ b for the weight gradients, c [m x p] += Σ_{k < n} a[k]ᵀ b[k], where row k of a is
     * {@code a[aOff + k*m ..]} and row k of b is {@code b[bOff + k*p ..]}; n = T*B is far larger than m or p.
     * The sum over k runs in blocks whose slices of a and b stay in cache, each element's chain continuing
     * from block to block; with threads, the rows of c are split between them.
     */
    void multAddTransA(double[] a, int aOff, double[] b, int bOff, double[] c, int n, int m, int p) {
        if (c.length < m * p) {
            throw new IllegalArgumentException("c holds " + c.length + " values, the product has " + m * p);
        }
        if (!parallel || m < 2 * threads) {
            multAddTransARows(a, aOff, b, bOff, c, n, m, p, 0, m);
            return;
        }
        IntStream.range(0, threads).parallel().forEach(t ->
                multAddTransARows(a, aOff, b, bOff, c, n, m, p, m * t / threads, m * (t + 1) / threads));
    }

    /** Rows i0..i1-1 of c += aᵀ b. */
    private void multAddTransARows(double[] a, int aOff, double[] b, int bOff, double[] c, int n, int m, int p,
                                   int i0, int i1) {
        if (simd && p < VectorMath.LANES && i1 - i0 >= VectorMath.LANES) {
            multAddTransANarrow(a, aOff, b, bOff, c, n, m, p, i0, i1);
            return;
        }
        for (int k0 = 0; k0 < n; k0 += DEPTH_BLOCK) {
            int depth = Math.min(DEPTH_BLOCK, n - k0);
            if (simd) {
                // C(i, j) += Σ_k a[k][i] b[k][j]: A's row stride 1, depth stride m
                VectorGemm.gemm(a, aOff + k0 * m + i0, 1, m, b, bOff + k0 * p, p, c, i0 * p, p, i1 - i0, p, depth,
                        true);
                continue;
            }
            for (int i = i0; i < i1; i++) {
                int cRow = i * p;
                int k = k0;
                for (; k + 3 < k0 + depth; k += 4) {
                    double v0 = a[aOff + k * m + i];
                    double v1 = a[aOff + (k + 1) * m + i];
                    double v2 = a[aOff + (k + 2) * m + i];
                    double v3 = a[aOff + (k + 3) * m + i];
                    int b0 = bOff + k * p;
                    for (int j = 0; j < p; j++) {
                        double acc = fma(v0, b[b0 + j], c[cRow + j]);
                        acc = fma(v1, b[b0 + p + j], acc);
                        acc = fma(v2, b[b0 + 2 * p + j], acc);
                        c[cRow + j] = fma(v3, b[b0 + 3 * p + j], acc);
                    }
                }
                for (; k < k0 + depth; k++) {
                    double v = a[aOff + k * m + i];
                    int bRow = bOff + k * p;
                    for (int j = 0; j < p; j++) {
                        c[cRow + j] = fma(v, b[bRow + j], c[cRow + j]);
                    }
                }
            }
        }
    }

    /**
     * c += aᵀ b when c is narrower than a vector (an input of one or two features): computed as its transpose,
     * cᵀ += bᵀ a, whose rows are long. fma(x, y, acc) = fma(y, x, acc), so every element's chain is the same.
     */
    private static void multAddTransANarrow(double[] a, int aOff, double[] b, int bOff, double[] c, int n, int m,
                                            int p, int i0, int i1) {
        int width = i1 - i0;
        double[] ct = new double[p * width];
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < p; j++) {
                ct[j * width + i] = c[(i0 + i) * p + j];
            }
        }
        for (int k0 = 0; k0 < n; k0 += DEPTH_BLOCK) {
            int depth = Math.min(DEPTH_BLOCK, n - k0);
            VectorGemm.gemm(b, bOff + k0 * p, 1, p, a, aOff + k0 * m + i0, m, ct, 0, width, p, width, depth, true);
        }
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < p; j++) {
                c[(i0 + i) * p + j] = ct[j * width + i];
            }
        }
    }
}
