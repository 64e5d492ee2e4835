package org.gatelab.engine;

import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;

/**
 * The whole-sequence matrix products, on one thread or spread over several with EJML's {@code _MT_}
 * operations. The per-step products stay single-threaded: they are too small to pay for threads.
 */
final class Gemm {
    private final boolean parallel;
    private final int threads;

    /** @param threads 1 for single-threaded; more sets EJML's pool size (a process-wide setting). */
    Gemm(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.parallel = threads > 1;
        this.threads = threads;
        if (parallel) {
            EjmlConcurrency.setMaxThreads(threads);
        }
    }

    /** c = a b, for the whole-sequence products (threaded when this Gemm has threads). */
    void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (parallel) {
            CommonOps_MT_DDRM.mult(a, b, c);
        } else {
            multRows(a, b, c);
        }
    }

    /**
     * c = a b on the calling thread: the per-step products (a is [B x K], b is [K x N]).
     *
     * <p>The same i-k-j order as EJML's {@code mult_reorder}, but with the arrays in locals and four rows of b
     * per pass, so each row of c is loaded and stored once per four products and the inner loop is a plain
     * contiguous multiply-add that the JIT vectorises (measured about twice as fast as EJML's loop here).
     */
    static void multRows(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int rows = a.numRows;
        int inner = a.numCols;
        int cols = b.numCols;
        if (b.numRows != inner) {
            throw new IllegalArgumentException("shapes: a " + rows + "x" + inner + ", b " + b.numRows + "x" + cols);
        }
        c.reshape(rows, cols);
        double[] ad = a.data;
        double[] bd = b.data;
        double[] cd = c.data;
        for (int i = 0; i < rows; i++) {
            int cRow = i * cols;
            int aRow = i * inner;
            java.util.Arrays.fill(cd, cRow, cRow + cols, 0.0);
            int k = 0;
            for (; k + 3 < inner; k += 4) {
                double v0 = ad[aRow + k];
                double v1 = ad[aRow + k + 1];
                double v2 = ad[aRow + k + 2];
                double v3 = ad[aRow + k + 3];
                int b0 = k * cols;
                for (int j = 0; j < cols; j++) {
                    cd[cRow + j] += v0 * bd[b0 + j] + v1 * bd[b0 + cols + j] + v2 * bd[b0 + 2 * cols + j]
                            + v3 * bd[b0 + 3 * cols + j];
                }
            }
            for (; k < inner; k++) {
                double v = ad[aRow + k];
                int b0 = k * cols;
                for (int j = 0; j < cols; j++) {
                    cd[cRow + j] += v * bd[b0 + j];
                }
            }
        }
    }

    /**
     * c += aᵀ b, for the weight gradients: a is [n x m] and b is [n x p] with n = T*B rows, far more than m or p.
     *
     * <p>EJML's {@code multAddTransA} walks c row by row and re-reads all of b for each row of c, which for
     * these tall matrices streams b from memory m times. Here the sum over rows runs outermost instead,
     * c += a[k]ᵀ b[k] (one outer product per row), over blocks of c's rows small enough to stay in cache:
     * a and b are read in order, c stays hot, and the inner loop is a contiguous axpy the JIT vectorizes.
     */
    void multAddTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        int n = a.numRows;
        int m = a.numCols;
        int p = b.numCols;
        if (b.numRows != n || c.numRows != m || c.numCols != p) {
            throw new IllegalArgumentException("shapes: a " + n + "x" + m + ", b " + b.numRows + "x" + p + ", c "
                    + c.numRows + "x" + c.numCols);
        }
        int blockRows = Math.max(1, Math.min(m, CACHE_DOUBLES / Math.max(1, p)));
        if (parallel) {
            // rows of c are independent: split them between the threads
            blockRows = Math.max(1, Math.min(blockRows, (m + threads - 1) / threads));
        }
        int blocks = (m + blockRows - 1) / blockRows;
        int rowsPerBlock = blockRows;
        if (parallel && blocks > 1) {
            java.util.stream.IntStream.range(0, blocks).parallel().forEach(blk -> multAddTransABlock(a, b, c,
                    blk * rowsPerBlock, Math.min(m, (blk + 1) * rowsPerBlock)));
        } else {
            for (int blk = 0; blk < blocks; blk++) {
                multAddTransABlock(a, b, c, blk * rowsPerBlock, Math.min(m, (blk + 1) * rowsPerBlock));
            }
        }
    }

    /** Rows i0..i1 of c += aᵀ b. */
    private static void multAddTransABlock(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, int i0, int i1) {
        int n = a.numRows;
        int m = a.numCols;
        int p = b.numCols;
        double[] ad = a.data;
        double[] bd = b.data;
        double[] cd = c.data;
        int k = 0;
        // four rows of a and b at a time: each row of c is loaded and stored once per four outer products
        for (; k + 3 < n; k += 4) {
            int a0 = k * m;
            int b0 = k * p;
            for (int i = i0; i < i1; i++) {
                double v0 = ad[a0 + i];
                double v1 = ad[a0 + m + i];
                double v2 = ad[a0 + 2 * m + i];
                double v3 = ad[a0 + 3 * m + i];
                int cRow = i * p;
                for (int j = 0; j < p; j++) {
                    cd[cRow + j] += v0 * bd[b0 + j] + v1 * bd[b0 + p + j] + v2 * bd[b0 + 2 * p + j]
                            + v3 * bd[b0 + 3 * p + j];
                }
            }
        }
        for (; k < n; k++) {
            int aRow = k * m;
            int bRow = k * p;
            for (int i = i0; i < i1; i++) {
                double v = ad[aRow + i];
                int cRow = i * p;
                for (int j = 0; j < p; j++) {
                    cd[cRow + j] += v * bd[bRow + j];
                }
            }
        }
    }

    /** Doubles of c kept hot per block: 32 K doubles = 256 KB, about a core's L2. */
    private static final int CACHE_DOUBLES = 32 * 1024;
}
