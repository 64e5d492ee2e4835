package org.gatelab.engine;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gatelab.vocabulary.AttentionKind;

/**
 * Luong et al. 2015's global attention, between the decoder's top-layer states d_s ({@code [S][B][H]}) and the
 * encoder's top-layer states e_t ({@code [T][B][H]}), for every decoder step s and sequence b:
 * <pre>
 *   score    a_st = d_s · e_t                       dot
 *                 = d_s · k_t,  k_t = W_a e_t          general
 *                 = v · u_st,   u_st = tanh(q_s + k_t),  q_s = W_q d_s,  k_t = W_k e_t     additive (Bahdanau)
 *   weights  α_st = exp(a_st) / Σ_t' exp(a_st')     (a softmax over the source steps)
 *   context  c_s  = Σ_t α_st e_t
 *   output   d~_s = tanh(W_c [c_s ; d_s] + b_c)     what the head reads
 * </pre>
 * Backward, beside each forward step, from dL/dd~_s:
 * <pre>
 *   dz     = dL/dd~ ⊙ (1 - d~²);   dW_c += dz [c ; d]ᵀ;  db_c += dz;  [dL/dc ; dL/dd] = W_cᵀ dz
 *   dL/dα_st = dL/dc_s · e_t;      dL/de_t += α_st dL/dc_s
 *   dL/da_st = α_st (dL/dα_st - Σ_t' α_st' dL/dα_st')                       (through the softmax)
 *   dot:      dL/dd_s += Σ_t dL/da_st e_t;   dL/de_t += dL/da_st d_s
 *   general:  dL/dd_s += Σ_t dL/da_st k_t;   dL/dk_t += dL/da_st d_s;   dW_a += dL/dk_t e_tᵀ;  dL/de_t += W_aᵀ dL/dk_t
 *   additive: dL/du_st = dL/da_st v ⊙ (1 - u_st²);  dv += dL/da_st u_st;  dL/dq_s += Σ_t dL/du_st;  dL/dk_t += dL/du_st
 *             dW_q += dL/dq_s d_sᵀ;  dL/dd_s += W_qᵀ dL/dq_s;  dW_k += dL/dk_t e_tᵀ;  dL/de_t += W_kᵀ dL/dk_t
 * </pre>
 * The products go through the engine's {@link Gemm} (all rows of the batch at once for the projections and the
 * combining layer, one sequence at a time for the scores and the context), so the numbers are the same bit for
 * bit with or without SIMD and whatever the thread count; the rest are plain loops in a fixed order.
 */
final class Attention {
    final AttentionKind kind;
    final int hidden;
    private final Gemm gemm;
    private DMatrixRMaj weight;
    private DMatrixRMaj query;
    private DMatrixRMaj key;
    private DMatrixRMaj v;
    private DMatrixRMaj combine;
    private DMatrixRMaj combineBias;
    /** Transposes of the bound weights, for products whose rows run along contiguous memory. */
    private DMatrixRMaj projectionT;
    private DMatrixRMaj queryT;
    private DMatrixRMaj combineT;

    Attention(AttentionKind kind, int hidden, Gemm gemm) {
        if (!kind.attends()) {
            throw new IllegalArgumentException("no attention to compute for " + kind.id());
        }
        this.kind = kind;
        this.hidden = hidden;
        this.gemm = gemm;
    }

    void bind(ParameterSet model) {
        switch (kind) {
            case GENERAL -> weight = model.matrix(Seq2SeqModel.ATTENTION_WEIGHT);
            case ADDITIVE -> {
                query = model.matrix(Seq2SeqModel.ATTENTION_QUERY);
                key = model.matrix(Seq2SeqModel.ATTENTION_KEY);
                v = model.matrix(Seq2SeqModel.ATTENTION_V);
                queryT = CommonOps_DDRM.transpose(query, null);
            }
            default -> {
            }
        }
        DMatrixRMaj projection = projection();
        projectionT = projection == null ? null : CommonOps_DDRM.transpose(projection, null);
        combine = model.matrix(Seq2SeqModel.COMBINE_WEIGHT);
        combineBias = model.matrix(Seq2SeqModel.COMBINE_BIAS);
        combineT = CommonOps_DDRM.transpose(combine, null);
    }

    /** The matrix that turns e_t into a key: W_a (general), W_k (additive), none (dot). */
    private DMatrixRMaj projection() {
        return switch (kind) {
            case GENERAL -> weight;
            case ADDITIVE -> key;
            default -> null;
        };
    }

    /** What one run computed, and (after {@link #backward}) the gradients of the loss with respect to it. */
    static final class Pass {
        final int sourceLength;
        final int targetLength;
        final int batch;
        /** k_t: W_a e_t (general) or W_k e_t (additive), {@code [T][B][H]}; null for dot. */
        final double[] keys;
        /** q_s = W_q d_s (additive), {@code [S][B][H]}. */
        final double[] queries;
        /** u_st = tanh(q_s + k_t) (additive), {@code [S][B][T][H]}. */
        final double[] mixed;
        /** a_st, α_st: {@code [S][B][T]}. */
        final double[] scores;
        final double[] weights;
        /** c_s and d~_s: {@code [S][B][H]}; [c_s ; d_s]: {@code [S][B][2H]}. */
        final double[] context;
        final double[] joined;
        final double[] combined;
        double[] gradScores;
        double[] gradWeights;
        double[] gradContext;
        double[] gradCombined;

        Pass(AttentionKind kind, int sourceLength, int targetLength, int batch, int hidden, double[] keys) {
            this.sourceLength = sourceLength;
            this.targetLength = targetLength;
            this.batch = batch;
            int rows = targetLength * batch;
            this.keys = keys;
            queries = kind == AttentionKind.ADDITIVE ? new double[rows * hidden] : null;
            mixed = kind == AttentionKind.ADDITIVE ? new double[rows * sourceLength * hidden] : null;
            scores = new double[rows * sourceLength];
            weights = new double[rows * sourceLength];
            context = new double[rows * hidden];
            joined = new double[rows * 2 * hidden];
            combined = new double[rows * hidden];
        }
    }

    /** k_t = W_a e_t (general) or W_k e_t (additive) for every (t, b), {@code [T][B][H]}; null for dot. */
    double[] keys(double[] enc, int sourceLength, int batch) {
        if (kind == AttentionKind.DOT) {
            return null;
        }
        int rows = sourceLength * batch;
        double[] keys = new double[rows * hidden];
        gemm.mult(DMatrixRMaj.wrap(rows, hidden, enc), projectionT, DMatrixRMaj.wrap(rows, hidden, keys));
        return keys;
    }

    /**
     * Forward for every decoder step and sequence. {@code enc} is {@code [T][B][H]}, {@code dec} {@code [S][B][H]};
     * {@code keys} from {@link #keys} (a decoder that runs step by step computes them once).
     */
    Pass forward(double[] enc, double[] keys, double[] dec, int sourceLength, int targetLength, int batch) {
        int h = hidden;
        int rows = targetLength * batch;
        Pass p = new Pass(kind, sourceLength, targetLength, batch, h, keys);
        if (p.queries != null) {
            gemm.mult(DMatrixRMaj.wrap(rows, h, dec), queryT, DMatrixRMaj.wrap(rows, h, p.queries));
        }
        double[] decB = new double[targetLength * h];
        double[] encB = new double[sourceLength * h];
        double[] encBT = new double[h * sourceLength];
        double[] scoresB = new double[targetLength * sourceLength];
        double[] contextB = new double[targetLength * h];
        for (int b = 0; b < batch; b++) {
            gather(dec, targetLength, batch, b, h, decB);
            gather(enc, sourceLength, batch, b, h, encB);
            // a_s· for every s of sequence b: D_b E_bᵀ (dot), D_b K_bᵀ (general), v · tanh(q_s + k_t) (additive)
            if (kind == AttentionKind.ADDITIVE) {
                additiveScores(p, b, scoresB);
            } else {
                transpose(kind == AttentionKind.DOT ? encB : gather(keys, sourceLength, batch, b, h, null),
                        sourceLength, h, encBT);
                gemm.multRows(decB, 0, encBT, scoresB, 0, targetLength, h, sourceLength);
            }
            // α_s· = softmax(a_s·)
            scatter(scoresB, targetLength, batch, b, sourceLength, p.scores);
            for (int s = 0; s < targetLength; s++) {
                softmax(p.scores, p.weights, (s * batch + b) * sourceLength, sourceLength);
            }
            // c_s = Σ_t α_st e_t:  C_b = A_b E_b
            gather(p.weights, targetLength, batch, b, sourceLength, scoresB);
            gemm.multRows(scoresB, 0, encB, contextB, 0, targetLength, sourceLength, h);
            scatter(contextB, targetLength, batch, b, h, p.context);
        }
        // d~ = tanh([c ; d] W_cᵀ + b_c), every row at once
        for (int r = 0; r < rows; r++) {
            System.arraycopy(p.context, r * h, p.joined, r * 2 * h, h);
            System.arraycopy(dec, r * h, p.joined, r * 2 * h + h, h);
        }
        gemm.mult(DMatrixRMaj.wrap(rows, 2 * h, p.joined), combineT, DMatrixRMaj.wrap(rows, h, p.combined));
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < h; i++) {
                p.combined[r * h + i] = Activations.tanh(p.combined[r * h + i] + combineBias.data[i]);
            }
        }
        return p;
    }

    /** Sequence b's additive scores a_st = v · tanh(q_s + k_t), {@code [S][T]}; keeps u_st for backward. */
    private void additiveScores(Pass p, int b, double[] out) {
        int h = hidden;
        for (int s = 0; s < p.targetLength; s++) {
            int q = (s * p.batch + b) * h;
            for (int t = 0; t < p.sourceLength; t++) {
                int k = (t * p.batch + b) * h;
                int u = ((s * p.batch + b) * p.sourceLength + t) * h;
                double sum = 0;
                for (int j = 0; j < h; j++) {
                    double m = Activations.tanh(p.queries[q + j] + p.keys[k + j]);
                    p.mixed[u + j] = m;
                    sum += v.data[j] * m;
                }
                out[s * p.sourceLength + t] = sum;
            }
        }
    }

    /** out = softmax(in) over {@code n} values from {@code from}, with the largest subtracted first. */
    static void softmax(double[] in, double[] out, int from, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + n; i++) {
            max = Math.max(max, in[i]);
        }
        double sum = 0;
        for (int i = from; i < from + n; i++) {
            out[i] = Math.exp(in[i] - max);
            sum += out[i];
        }
        for (int i = from; i < from + n; i++) {
            out[i] /= sum;
        }
    }

    /**
     * Backward from dL/dd~ ({@code gradCombined}, {@code [S][B][H]}): adds dL/dd_s into {@code gradDec} and
     * dL/de_t into {@code gradEnc}, the attention's parameter gradients into {@code grads}, and keeps dL/da,
     * dL/dα, dL/dc and dL/dd~ in the pass.
     */
    void backward(Pass p, double[] enc, double[] dec, double[] gradCombined, double[] gradDec, double[] gradEnc,
                  Gradients grads) {
        int h = hidden;
        int sl = p.sourceLength;
        int tl = p.targetLength;
        int batch = p.batch;
        int rows = tl * batch;
        p.gradCombined = gradCombined.clone();
        p.gradWeights = new double[rows * sl];
        p.gradScores = new double[rows * sl];
        // through d~ = tanh(W_c [c ; d] + b_c):  dz = dL/dd~ (1 - d~²);  dW_c += dzᵀ [c ; d];  d[c ; d] = dz W_c
        double[] dz = new double[rows * h];
        double[] gBias = grads.matrix(Seq2SeqModel.COMBINE_BIAS).data;
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < h; i++) {
                double y = p.combined[r * h + i];
                dz[r * h + i] = gradCombined[r * h + i] * (1 - y * y);
                gBias[i] += dz[r * h + i];
            }
        }
        gemm.multAddTransA(dz, 0, p.joined, 0, grads.matrix(Seq2SeqModel.COMBINE_WEIGHT).data, rows, h, 2 * h);
        double[] gradJoined = new double[rows * 2 * h];
        gemm.mult(DMatrixRMaj.wrap(rows, h, dz), combine, DMatrixRMaj.wrap(rows, 2 * h, gradJoined));
        p.gradContext = new double[rows * h];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(gradJoined, r * 2 * h, p.gradContext, r * h, h);
            for (int j = 0; j < h; j++) {
                gradDec[r * h + j] += gradJoined[r * 2 * h + h + j];
            }
        }
        double[] gradKeys = p.keys == null ? null : new double[p.keys.length];
        double[] gradQueries = p.queries == null ? null : new double[p.queries.length];
        double[] decB = new double[tl * h];
        double[] encB = new double[sl * h];
        double[] encBT = new double[h * sl];
        double[] keyB = new double[sl * h];
        double[] weightsB = new double[tl * sl];
        double[] gradContextB = new double[tl * h];
        double[] gradWeightsB = new double[tl * sl];
        double[] gradScoresB = new double[tl * sl];
        double[] gradEncB = new double[sl * h];
        double[] gradOtherB = new double[sl * h];
        double[] gradDecB = new double[tl * h];
        for (int b = 0; b < batch; b++) {
            gather(dec, tl, batch, b, h, decB);
            gather(enc, sl, batch, b, h, encB);
            gather(p.weights, tl, batch, b, sl, weightsB);
            gather(p.gradContext, tl, batch, b, h, gradContextB);
            // through c_s = Σ_t α_st e_t:  dL/dA_b = dL/dC_b E_bᵀ;  dL/dE_b += A_bᵀ dL/dC_b
            transpose(encB, sl, h, encBT);
            gemm.multRows(gradContextB, 0, encBT, gradWeightsB, 0, tl, h, sl);
            java.util.Arrays.fill(gradEncB, 0);
            gemm.multAddTransA(weightsB, 0, gradContextB, 0, gradEncB, tl, sl, h);
            // through the softmax: dL/da_st = α_st (dL/dα_st - Σ_t' α_st' dL/dα_st')
            for (int s = 0; s < tl; s++) {
                double weighted = 0;
                for (int t = 0; t < sl; t++) {
                    weighted += weightsB[s * sl + t] * gradWeightsB[s * sl + t];
                }
                for (int t = 0; t < sl; t++) {
                    gradScoresB[s * sl + t] = weightsB[s * sl + t] * (gradWeightsB[s * sl + t] - weighted);
                }
            }
            scatter(gradWeightsB, tl, batch, b, sl, p.gradWeights);
            scatter(gradScoresB, tl, batch, b, sl, p.gradScores);
            // through the score
            java.util.Arrays.fill(gradDecB, 0);
            switch (kind) {
                case DOT -> {
                    // a = D_b E_bᵀ:  dL/dD_b = dL/da E_b;  dL/dE_b += dL/daᵀ D_b
                    gemm.multRows(gradScoresB, 0, encB, gradDecB, 0, tl, sl, h);
                    gemm.multAddTransA(gradScoresB, 0, decB, 0, gradEncB, tl, sl, h);
                }
                case GENERAL -> {
                    // a = D_b K_bᵀ:  dL/dD_b = dL/da K_b;  dL/dK_b = dL/daᵀ D_b
                    gather(p.keys, sl, batch, b, h, keyB);
                    gemm.multRows(gradScoresB, 0, keyB, gradDecB, 0, tl, sl, h);
                    java.util.Arrays.fill(gradOtherB, 0);
                    gemm.multAddTransA(gradScoresB, 0, decB, 0, gradOtherB, tl, sl, h);
                    scatterAdd(gradOtherB, sl, batch, b, h, gradKeys);
                }
                case ADDITIVE -> additiveBackward(p, b, gradScoresB, gradKeys, gradQueries,
                        grads.matrix(Seq2SeqModel.ATTENTION_V).data);
                default -> throw new IllegalStateException(kind.id());
            }
            scatterAdd(gradEncB, sl, batch, b, h, gradEnc);
            scatterAdd(gradDecB, tl, batch, b, h, gradDec);
        }
        // through the projections k = W e (and q = W_q d):  dW += dL/dkᵀ e;  dL/de += dL/dk W
        if (gradKeys != null) {
            projectionBackward(projection(), grads.matrix(kind == AttentionKind.GENERAL ? Seq2SeqModel.ATTENTION_WEIGHT
                    : Seq2SeqModel.ATTENTION_KEY).data, gradKeys, enc, gradEnc, sl * batch);
        }
        if (gradQueries != null) {
            projectionBackward(query, grads.matrix(Seq2SeqModel.ATTENTION_QUERY).data, gradQueries, dec, gradDec, rows);
        }
    }

    /** Through a_st = v · u_st, u_st = tanh(q_s + k_t): dv, dL/dq_s and dL/dk_t of sequence b. */
    private void additiveBackward(Pass p, int b, double[] gradScoresB, double[] gradKeys, double[] gradQueries,
                                  double[] gV) {
        int h = hidden;
        for (int s = 0; s < p.targetLength; s++) {
            int q = (s * p.batch + b) * h;
            for (int t = 0; t < p.sourceLength; t++) {
                double gs = gradScoresB[s * p.sourceLength + t];
                int k = (t * p.batch + b) * h;
                int u = ((s * p.batch + b) * p.sourceLength + t) * h;
                for (int j = 0; j < h; j++) {
                    double m = p.mixed[u + j];
                    gV[j] += gs * m;
                    double gu = gs * v.data[j] * (1 - m * m);
                    gradQueries[q + j] += gu;
                    gradKeys[k + j] += gu;
                }
            }
        }
    }

    /** Through out = in Wᵀ over {@code rows} rows: dW += dOutᵀ in, dIn += dOut W. */
    private void projectionBackward(DMatrixRMaj w, double[] gradW, double[] gradOut, double[] in, double[] gradIn,
                                    int rows) {
        int h = hidden;
        gemm.multAddTransA(gradOut, 0, in, 0, gradW, rows, h, h);
        double[] back = new double[rows * h];
        gemm.mult(DMatrixRMaj.wrap(rows, h, gradOut), w, DMatrixRMaj.wrap(rows, h, back));
        for (int i = 0; i < back.length; i++) {
            gradIn[i] += back[i];
        }
    }

    /** Sequence b's rows of a {@code [steps][B][width]} array, as a contiguous {@code [steps][width]} one. */
    private static double[] gather(double[] a, int steps, int batch, int b, int width, double[] out) {
        double[] o = out == null ? new double[steps * width] : out;
        for (int s = 0; s < steps; s++) {
            System.arraycopy(a, (s * batch + b) * width, o, s * width, width);
        }
        return o;
    }

    private static void scatter(double[] rows, int steps, int batch, int b, int width, double[] into) {
        for (int s = 0; s < steps; s++) {
            System.arraycopy(rows, s * width, into, (s * batch + b) * width, width);
        }
    }

    private static void scatterAdd(double[] rows, int steps, int batch, int b, int width, double[] into) {
        for (int s = 0; s < steps; s++) {
            int o = (s * batch + b) * width;
            for (int j = 0; j < width; j++) {
                into[o + j] += rows[s * width + j];
            }
        }
    }

    /** out = aᵀ for a {@code [rows x cols]}. */
    private static void transpose(double[] a, int rows, int cols, double[] out) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = a[r * cols + c];
            }
        }
    }
}
