package org.gatelab.engine;

import org.ejml.data.DMatrixRMaj;
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
 * Plain loops in a fixed order on one thread: the same numbers whatever the engine's thread count or SIMD.
 */
final class Attention {
    final AttentionKind kind;
    final int hidden;
    private DMatrixRMaj weight;
    private DMatrixRMaj query;
    private DMatrixRMaj key;
    private DMatrixRMaj v;
    private DMatrixRMaj combine;
    private DMatrixRMaj combineBias;

    Attention(AttentionKind kind, int hidden) {
        if (!kind.attends()) {
            throw new IllegalArgumentException("no attention to compute for " + kind.id());
        }
        this.kind = kind;
        this.hidden = hidden;
    }

    void bind(ParameterSet model) {
        switch (kind) {
            case GENERAL -> weight = model.matrix(Seq2SeqModel.ATTENTION_WEIGHT);
            case ADDITIVE -> {
                query = model.matrix(Seq2SeqModel.ATTENTION_QUERY);
                key = model.matrix(Seq2SeqModel.ATTENTION_KEY);
                v = model.matrix(Seq2SeqModel.ATTENTION_V);
            }
            default -> {
            }
        }
        combine = model.matrix(Seq2SeqModel.COMBINE_WEIGHT);
        combineBias = model.matrix(Seq2SeqModel.COMBINE_BIAS);
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
        /** c_s and d~_s: {@code [S][B][H]}. */
        final double[] context;
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
            combined = new double[rows * hidden];
        }
    }

    /** k_t = W_a e_t (general) or W_k e_t (additive) for every (t, b), {@code [T][B][H]}; null for dot. */
    double[] keys(double[] enc, int sourceLength, int batch) {
        if (kind == AttentionKind.DOT) {
            return null;
        }
        double[] keys = new double[sourceLength * batch * hidden];
        multiplyRows(kind == AttentionKind.GENERAL ? weight : key, enc, keys, sourceLength * batch);
        return keys;
    }

    /**
     * Forward for every decoder step and sequence. {@code enc} is {@code [T][B][H]}, {@code dec} {@code [S][B][H]};
     * {@code keys} from {@link #keys} (a decoder that runs step by step computes them once).
     */
    Pass forward(double[] enc, double[] keys, double[] dec, int sourceLength, int targetLength, int batch) {
        int h = hidden;
        Pass p = new Pass(kind, sourceLength, targetLength, batch, h, keys);
        if (p.queries != null) {
            multiplyRows(query, dec, p.queries, targetLength * batch);
        }
        double[] cat = new double[2 * h];
        for (int s = 0; s < targetLength; s++) {
            for (int b = 0; b < batch; b++) {
                int row = s * batch + b;
                int d = row * h;
                int w0 = row * sourceLength;
                for (int t = 0; t < sourceLength; t++) {
                    p.scores[w0 + t] = score(p, enc, dec, s, b, t);
                }
                softmax(p.scores, p.weights, w0, sourceLength);
                // c_s = Σ_t α_st e_t
                for (int t = 0; t < sourceLength; t++) {
                    double a = p.weights[w0 + t];
                    int e = (t * batch + b) * h;
                    for (int j = 0; j < h; j++) {
                        p.context[d + j] += a * enc[e + j];
                    }
                }
                // d~_s = tanh(W_c [c_s ; d_s] + b_c)
                System.arraycopy(p.context, d, cat, 0, h);
                System.arraycopy(dec, d, cat, h, h);
                for (int i = 0; i < h; i++) {
                    double z = combineBias.data[i];
                    int r = i * 2 * h;
                    for (int k = 0; k < 2 * h; k++) {
                        z += combine.data[r + k] * cat[k];
                    }
                    p.combined[d + i] = Activations.tanh(z);
                }
            }
        }
        return p;
    }

    private double score(Pass p, double[] enc, double[] dec, int s, int b, int t) {
        int h = hidden;
        int d = (s * p.batch + b) * h;
        int e = (t * p.batch + b) * h;
        double sum = 0;
        switch (kind) {
            case DOT -> {
                for (int j = 0; j < h; j++) {
                    sum += dec[d + j] * enc[e + j];
                }
            }
            case GENERAL -> {
                for (int j = 0; j < h; j++) {
                    sum += dec[d + j] * p.keys[e + j];
                }
            }
            case ADDITIVE -> {
                int u = ((s * p.batch + b) * p.sourceLength + t) * h;
                for (int j = 0; j < h; j++) {
                    double m = Activations.tanh(p.queries[d + j] + p.keys[e + j]);
                    p.mixed[u + j] = m;
                    sum += v.data[j] * m;
                }
            }
            default -> throw new IllegalStateException(kind.id());
        }
        return sum;
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
        int tl = p.sourceLength;
        int batch = p.batch;
        int rows = p.targetLength * batch;
        p.gradCombined = gradCombined.clone();
        p.gradContext = new double[rows * h];
        p.gradWeights = new double[rows * tl];
        p.gradScores = new double[rows * tl];
        double[] gradKeys = p.keys == null ? null : new double[p.keys.length];
        double[] gradQueries = p.queries == null ? null : new double[p.queries.length];
        double[] gCombine = grads.matrix(Seq2SeqModel.COMBINE_WEIGHT).data;
        double[] gCombineBias = grads.matrix(Seq2SeqModel.COMBINE_BIAS).data;
        double[] gV = kind == AttentionKind.ADDITIVE ? grads.matrix(Seq2SeqModel.ATTENTION_V).data : null;
        double[] dz = new double[h];
        for (int s = 0; s < p.targetLength; s++) {
            for (int b = 0; b < batch; b++) {
                int row = s * batch + b;
                int d = row * h;
                int w0 = row * tl;
                // through d~ = tanh(W_c [c ; d] + b_c)
                for (int i = 0; i < h; i++) {
                    double y = p.combined[d + i];
                    dz[i] = gradCombined[d + i] * (1 - y * y);
                    gCombineBias[i] += dz[i];
                    int r = i * 2 * h;
                    for (int k = 0; k < h; k++) {
                        gCombine[r + k] += dz[i] * p.context[d + k];
                        gCombine[r + h + k] += dz[i] * dec[d + k];
                    }
                }
                for (int k = 0; k < 2 * h; k++) {
                    double sum = 0;
                    for (int i = 0; i < h; i++) {
                        sum += combine.data[i * 2 * h + k] * dz[i];
                    }
                    if (k < h) {
                        p.gradContext[d + k] = sum;
                    } else {
                        gradDec[d + k - h] += sum;
                    }
                }
                // through c = Σ_t α_t e_t
                double weighted = 0;
                for (int t = 0; t < tl; t++) {
                    int e = (t * batch + b) * h;
                    double a = p.weights[w0 + t];
                    double ga = 0;
                    for (int j = 0; j < h; j++) {
                        ga += p.gradContext[d + j] * enc[e + j];
                        gradEnc[e + j] += a * p.gradContext[d + j];
                    }
                    p.gradWeights[w0 + t] = ga;
                    weighted += a * ga;
                }
                // through the softmax, then through the score
                for (int t = 0; t < tl; t++) {
                    double gs = p.weights[w0 + t] * (p.gradWeights[w0 + t] - weighted);
                    p.gradScores[w0 + t] = gs;
                    scoreBackward(p, enc, dec, s, b, t, gs, gradDec, gradEnc, gradKeys, gradQueries, gV);
                }
            }
        }
        if (kind == AttentionKind.GENERAL) {
            projectionBackward(weight, grads.matrix(Seq2SeqModel.ATTENTION_WEIGHT).data, gradKeys, enc, gradEnc,
                    tl * batch);
        } else if (kind == AttentionKind.ADDITIVE) {
            projectionBackward(key, grads.matrix(Seq2SeqModel.ATTENTION_KEY).data, gradKeys, enc, gradEnc, tl * batch);
            projectionBackward(query, grads.matrix(Seq2SeqModel.ATTENTION_QUERY).data, gradQueries, dec, gradDec,
                    rows);
        }
    }

    private void scoreBackward(Pass p, double[] enc, double[] dec, int s, int b, int t, double gs, double[] gradDec,
                               double[] gradEnc, double[] gradKeys, double[] gradQueries, double[] gV) {
        int h = hidden;
        int d = (s * p.batch + b) * h;
        int e = (t * p.batch + b) * h;
        switch (kind) {
            case DOT -> {
                for (int j = 0; j < h; j++) {
                    gradDec[d + j] += gs * enc[e + j];
                    gradEnc[e + j] += gs * dec[d + j];
                }
            }
            case GENERAL -> {
                for (int j = 0; j < h; j++) {
                    gradDec[d + j] += gs * p.keys[e + j];
                    gradKeys[e + j] += gs * dec[d + j];
                }
            }
            case ADDITIVE -> {
                int u = ((s * p.batch + b) * p.sourceLength + t) * h;
                for (int j = 0; j < h; j++) {
                    double m = p.mixed[u + j];
                    gV[j] += gs * m;
                    double gu = gs * v.data[j] * (1 - m * m);
                    gradQueries[d + j] += gu;
                    gradKeys[e + j] += gu;
                }
            }
            default -> throw new IllegalStateException(kind.id());
        }
    }

    /** out_r = W in_r for {@code rows} rows of H values. */
    private void multiplyRows(DMatrixRMaj w, double[] in, double[] out, int rows) {
        int h = hidden;
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < h; i++) {
                double sum = 0;
                for (int k = 0; k < h; k++) {
                    sum += w.data[i * h + k] * in[r * h + k];
                }
                out[r * h + i] = sum;
            }
        }
    }

    /** Through out_r = W in_r: dW += Σ_r dOut_r in_rᵀ, dIn_r += Wᵀ dOut_r. */
    private void projectionBackward(DMatrixRMaj w, double[] gradW, double[] gradOut, double[] in, double[] gradIn,
                                    int rows) {
        int h = hidden;
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < h; i++) {
                double g = gradOut[r * h + i];
                for (int k = 0; k < h; k++) {
                    gradW[i * h + k] += g * in[r * h + k];
                    gradIn[r * h + k] += w.data[i * h + k] * g;
                }
            }
        }
    }
}
