package org.gatelab.engine;

import static org.gatelab.engine.VectorMath.fma;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The engine's matrix products as SIMD micro-kernels (loaded only when {@link Simd#AVAILABLE}).
 *
 * <p>One kernel serves every product: C(r, j) (+)= Σ_k A(r, k) B(k, j), with A addressed through a row and a
 * depth stride, so that {@code a b} (A's rows contiguous) and {@code aᵀ b} (A's columns contiguous) are the
 * same loop. Four rows by four (AVX-512) or two vectors of C stay in registers while k runs, so each loaded
 * vector of B serves four rows and each broadcast value of A several vectors; leftover rows take one row by
 * four vectors, leftover columns one vector, and the last few columns a scalar loop.
 *
 * <p>Every element is one chain of {@link Simd#FMA fused multiply-adds} over k in increasing order, starting
 * from 0 (or from C when accumulating), whichever tile computes it: the result does not depend on the tiling,
 * the row range a thread was given, or the vector width, and equals {@link Gemm}'s scalar loops bit for bit.
 */
final class VectorGemm {
    private static final VectorSpecies<Double> S = VectorMath.SPECIES;
    private static final int L = VectorMath.LANES;
    /**
     * Four rows by four vectors of C: 16 accumulators, 4 loaded vectors and a broadcast, which fits AVX-512's
     * 32 registers (measured 53 against 40 GFLOP/s for 4 x 2 on [32 x 64] x [64 x 256]) but would spill
     * AVX2's 16, where the 4 x 2 tile stays (and where there is no FMA, which it calls directly).
     */
    private static final boolean WIDE_TILES = L >= 8 && Simd.FMA;

    private VectorGemm() {
    }

    /**
     * C(r, j) = [C(r, j) +] Σ_{k < depth} A(r, k) B(k, j) for r < rows, j < cols, where A(r, k) =
     * {@code a[aOff + r*aRow + k*aDepth]}, B(k, j) = {@code b[bOff + k*bRow + j]}, C(r, j) =
     * {@code c[cOff + r*cRow + j]}.
     */
    static void gemm(double[] a, int aOff, int aRow, int aDepth, double[] b, int bOff, int bRow,
                     double[] c, int cOff, int cRow, int rows, int cols, int depth, boolean accumulate) {
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            int j = 0;
            if (WIDE_TILES) {
                for (; j + 4 * L <= cols; j += 4 * L) {
                    if (!accumulate) {
                        for (int q = 0; q < 4; q++) {
                            int at = cOff + (r + q) * cRow + j;
                            java.util.Arrays.fill(c, at, at + 4 * L, 0.0);
                        }
                    }
                    tile4x4(a, aOff + r * aRow, aRow, aDepth, b, bOff + j, bRow, c, cOff + r * cRow + j, cRow, depth);
                }
            }
            for (; j + 2 * L <= cols; j += 2 * L) {
                tile4x2(a, aOff + r * aRow, aRow, aDepth, b, bOff + j, bRow, c, cOff + r * cRow + j, cRow, depth,
                        accumulate);
            }
            for (; j + L <= cols; j += L) {
                for (int q = 0; q < 4; q++) {
                    tile1x1(a, aOff + (r + q) * aRow, aDepth, b, bOff + j, bRow, c, cOff + (r + q) * cRow + j,
                            depth, accumulate);
                }
            }
            for (int q = 0; q < 4; q++) {
                scalarTail(a, aOff + (r + q) * aRow, aDepth, b, bOff, bRow, c, cOff + (r + q) * cRow, j, cols,
                        depth, accumulate);
            }
        }
        for (; r < rows; r++) {
            int aR = aOff + r * aRow;
            int cR = cOff + r * cRow;
            int j = 0;
            for (; j + 4 * L <= cols; j += 4 * L) {
                tile1x4(a, aR, aDepth, b, bOff + j, bRow, c, cR + j, depth, accumulate);
            }
            for (; j + L <= cols; j += L) {
                tile1x1(a, aR, aDepth, b, bOff + j, bRow, c, cR + j, depth, accumulate);
            }
            scalarTail(a, aR, aDepth, b, bOff, bRow, c, cR, j, cols, depth, accumulate);
        }
    }

    private static DoubleVector start(double[] c, int offset, boolean accumulate) {
        return accumulate ? DoubleVector.fromArray(S, c, offset) : DoubleVector.zero(S);
    }

    /**
     * Four rows of C by four vectors, C += A B (C is zeroed first for a plain product: fma(a, b, +0) rounds
     * a b once, as the chain from 0 does). Written without helpers: with them the method's inlined code passed
     * C2's budget and its vectors were boxed (five times slower).
     */
    private static void tile4x4(double[] a, int aR, int aRow, int aDepth, double[] b, int bJ, int bRow,
                                double[] c, int cR, int cRow, int depth) {
        DoubleVector c00 = DoubleVector.fromArray(S, c, cR);
        DoubleVector c01 = DoubleVector.fromArray(S, c, cR + L);
        DoubleVector c02 = DoubleVector.fromArray(S, c, cR + 2 * L);
        DoubleVector c03 = DoubleVector.fromArray(S, c, cR + 3 * L);
        DoubleVector c10 = DoubleVector.fromArray(S, c, cR + cRow);
        DoubleVector c11 = DoubleVector.fromArray(S, c, cR + cRow + L);
        DoubleVector c12 = DoubleVector.fromArray(S, c, cR + cRow + 2 * L);
        DoubleVector c13 = DoubleVector.fromArray(S, c, cR + cRow + 3 * L);
        DoubleVector c20 = DoubleVector.fromArray(S, c, cR + 2 * cRow);
        DoubleVector c21 = DoubleVector.fromArray(S, c, cR + 2 * cRow + L);
        DoubleVector c22 = DoubleVector.fromArray(S, c, cR + 2 * cRow + 2 * L);
        DoubleVector c23 = DoubleVector.fromArray(S, c, cR + 2 * cRow + 3 * L);
        DoubleVector c30 = DoubleVector.fromArray(S, c, cR + 3 * cRow);
        DoubleVector c31 = DoubleVector.fromArray(S, c, cR + 3 * cRow + L);
        DoubleVector c32 = DoubleVector.fromArray(S, c, cR + 3 * cRow + 2 * L);
        DoubleVector c33 = DoubleVector.fromArray(S, c, cR + 3 * cRow + 3 * L);
        for (int k = 0; k < depth; k++) {
            int bk = bJ + k * bRow;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bk);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bk + L);
            DoubleVector b2 = DoubleVector.fromArray(S, b, bk + 2 * L);
            DoubleVector b3 = DoubleVector.fromArray(S, b, bk + 3 * L);
            int ak = aR + k * aDepth;
            DoubleVector a0 = DoubleVector.broadcast(S, a[ak]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            c02 = a0.fma(b2, c02);
            c03 = a0.fma(b3, c03);
            DoubleVector a1 = DoubleVector.broadcast(S, a[ak + aRow]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            c12 = a1.fma(b2, c12);
            c13 = a1.fma(b3, c13);
            DoubleVector a2 = DoubleVector.broadcast(S, a[ak + 2 * aRow]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            c22 = a2.fma(b2, c22);
            c23 = a2.fma(b3, c23);
            DoubleVector a3 = DoubleVector.broadcast(S, a[ak + 3 * aRow]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            c32 = a3.fma(b2, c32);
            c33 = a3.fma(b3, c33);
        }
        store4(c, cR, c00, c01, c02, c03);
        store4(c, cR + cRow, c10, c11, c12, c13);
        store4(c, cR + 2 * cRow, c20, c21, c22, c23);
        store4(c, cR + 3 * cRow, c30, c31, c32, c33);
    }

    private static void store4(double[] c, int at, DoubleVector v0, DoubleVector v1, DoubleVector v2,
                               DoubleVector v3) {
        v0.intoArray(c, at);
        v1.intoArray(c, at + L);
        v2.intoArray(c, at + 2 * L);
        v3.intoArray(c, at + 3 * L);
    }

    /** Four rows of C by two vectors. */
    private static void tile4x2(double[] a, int aR, int aRow, int aDepth, double[] b, int bJ, int bRow,
                                double[] c, int cR, int cRow, int depth, boolean accumulate) {
        DoubleVector c00 = start(c, cR, accumulate);
        DoubleVector c01 = start(c, cR + L, accumulate);
        DoubleVector c10 = start(c, cR + cRow, accumulate);
        DoubleVector c11 = start(c, cR + cRow + L, accumulate);
        DoubleVector c20 = start(c, cR + 2 * cRow, accumulate);
        DoubleVector c21 = start(c, cR + 2 * cRow + L, accumulate);
        DoubleVector c30 = start(c, cR + 3 * cRow, accumulate);
        DoubleVector c31 = start(c, cR + 3 * cRow + L, accumulate);
        for (int k = 0; k < depth; k++) {
            int bk = bJ + k * bRow;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bk);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bk + L);
            int ak = aR + k * aDepth;
            DoubleVector a0 = DoubleVector.broadcast(S, a[ak]);
            DoubleVector a1 = DoubleVector.broadcast(S, a[ak + aRow]);
            DoubleVector a2 = DoubleVector.broadcast(S, a[ak + 2 * aRow]);
            DoubleVector a3 = DoubleVector.broadcast(S, a[ak + 3 * aRow]);
            c00 = fma(a0, b0, c00);
            c01 = fma(a0, b1, c01);
            c10 = fma(a1, b0, c10);
            c11 = fma(a1, b1, c11);
            c20 = fma(a2, b0, c20);
            c21 = fma(a2, b1, c21);
            c30 = fma(a3, b0, c30);
            c31 = fma(a3, b1, c31);
        }
        c00.intoArray(c, cR);
        c01.intoArray(c, cR + L);
        c10.intoArray(c, cR + cRow);
        c11.intoArray(c, cR + cRow + L);
        c20.intoArray(c, cR + 2 * cRow);
        c21.intoArray(c, cR + 2 * cRow + L);
        c30.intoArray(c, cR + 3 * cRow);
        c31.intoArray(c, cR + 3 * cRow + L);
    }

    /** One row of C by four vectors (a single sequence's step: batch 1). */
    private static void tile1x4(double[] a, int aR, int aDepth, double[] b, int bJ, int bRow, double[] c, int cR,
                                int depth, boolean accumulate) {
        DoubleVector c0 = start(c, cR, accumulate);
        DoubleVector c1 = start(c, cR + L, accumulate);
        DoubleVector c2 = start(c, cR + 2 * L, accumulate);
        DoubleVector c3 = start(c, cR + 3 * L, accumulate);
        for (int k = 0; k < depth; k++) {
            DoubleVector av = DoubleVector.broadcast(S, a[aR + k * aDepth]);
            int bk = bJ + k * bRow;
            c0 = fma(av, DoubleVector.fromArray(S, b, bk), c0);
            c1 = fma(av, DoubleVector.fromArray(S, b, bk + L), c1);
            c2 = fma(av, DoubleVector.fromArray(S, b, bk + 2 * L), c2);
            c3 = fma(av, DoubleVector.fromArray(S, b, bk + 3 * L), c3);
        }
        c0.intoArray(c, cR);
        c1.intoArray(c, cR + L);
        c2.intoArray(c, cR + 2 * L);
        c3.intoArray(c, cR + 3 * L);
    }

    private static void tile1x1(double[] a, int aR, int aDepth, double[] b, int bJ, int bRow, double[] c, int cR,
                                int depth, boolean accumulate) {
        DoubleVector acc = start(c, cR, accumulate);
        for (int k = 0; k < depth; k++) {
            acc = fma(DoubleVector.broadcast(S, a[aR + k * aDepth]), DoubleVector.fromArray(S, b, bJ + k * bRow),
                    acc);
        }
        acc.intoArray(c, cR);
    }

    /** Columns j0..cols-1 of one row, one element at a time (fewer columns than a vector). */
    private static void scalarTail(double[] a, int aR, int aDepth, double[] b, int bOff, int bRow, double[] c,
                                   int cR, int j0, int cols, int depth, boolean accumulate) {
        for (int j = j0; j < cols; j++) {
            double acc = accumulate ? c[cR + j] : 0.0;
            for (int k = 0; k < depth; k++) {
                acc = Gemm.fma(a[aR + k * aDepth], b[bOff + k * bRow + j], acc);
            }
            c[cR + j] = acc;
        }
    }
}
