package org.gatelab.engine.trace;

/**
 * What an encoder-decoder's attention computed at every decoder step s, for every sequence b and source step t:
 * the scores a_st, the weights α_st = softmax_t(a_st), the context c_s = Σ_t α_st e_t and the output
 * d~_s = tanh(W_c [c_s ; d_s] + b_c), with the gradients of the loss with respect to each (null without a loss).
 * Layouts: {@code [S][B][T]} for scores and weights, {@code [S][B][H]} for the context and the output. Immutable:
 * every array is copied in and handed out one value, or one copied row, at a time.
 */
public final class AttentionRecord {
    private final int targetLength;
    private final int batch;
    private final int sourceLength;
    private final int hidden;
    private final double[] scores;
    private final double[] weights;
    private final double[] context;
    private final double[] combined;
    private final double[] gradScores;
    private final double[] gradWeights;
    private final double[] gradContext;
    private final double[] gradCombined;

    /** Copies the arrays; the gradients may all be null (a run without a loss). */
    public AttentionRecord(int targetLength, int batch, int sourceLength, int hidden, double[] scores,
                           double[] weights, double[] context, double[] combined, double[] gradScores,
                           double[] gradWeights, double[] gradContext, double[] gradCombined) {
        this.targetLength = targetLength;
        this.batch = batch;
        this.sourceLength = sourceLength;
        this.hidden = hidden;
        int byStep = targetLength * batch * sourceLength;
        int byUnit = targetLength * batch * hidden;
        this.scores = copy("scores", scores, byStep, false);
        this.weights = copy("weights", weights, byStep, false);
        this.context = copy("context", context, byUnit, false);
        this.combined = copy("combined", combined, byUnit, false);
        this.gradScores = copy("dL/d(score)", gradScores, byStep, true);
        this.gradWeights = copy("dL/d(weight)", gradWeights, byStep, true);
        this.gradContext = copy("dL/d(context)", gradContext, byUnit, true);
        this.gradCombined = copy("dL/d(output)", gradCombined, byUnit, true);
    }

    private static double[] copy(String what, double[] values, int size, boolean optional) {
        if (values == null && optional) {
            return null;
        }
        if (values == null || values.length != size) {
            throw new IllegalArgumentException("attention " + what + ": expected " + size + " values, got "
                    + (values == null ? "none" : values.length));
        }
        return values.clone();
    }

    public boolean hasGradients() {
        return gradWeights != null;
    }

    private int step(int s, int b, int t) {
        return (s * batch + b) * sourceLength + t;
    }

    private int unit(int s, int b, int j) {
        return (s * batch + b) * hidden + j;
    }

    private double[] requireGrad(double[] a) {
        if (a == null) {
            throw new IllegalStateException("this run had no loss: no attention gradients");
        }
        return a;
    }

    /** a_st: how well decoder step s's state matches source step t's. */
    public double score(int s, int b, int t) {
        return scores[step(s, b, t)];
    }

    /** α_st: the share of source step t in decoder step s's context; the row sums to 1. */
    public double weight(int s, int b, int t) {
        return weights[step(s, b, t)];
    }

    /** α_s·: decoder step s's weights over every source step (a copy). */
    public double[] weightRow(int s, int b) {
        double[] row = new double[sourceLength];
        System.arraycopy(weights, step(s, b, 0), row, 0, sourceLength);
        return row;
    }

    /** c_s, unit j. */
    public double context(int s, int b, int j) {
        return context[unit(s, b, j)];
    }

    /** d~_s = tanh(W_c [c_s ; d_s] + b_c), unit j: what the head reads. */
    public double combined(int s, int b, int j) {
        return combined[unit(s, b, j)];
    }

    /** dL/da_st. */
    public double gradScore(int s, int b, int t) {
        return requireGrad(gradScores)[step(s, b, t)];
    }

    /** dL/dα_st: how the loss would change if decoder step s looked a little more at source step t. */
    public double gradWeight(int s, int b, int t) {
        return requireGrad(gradWeights)[step(s, b, t)];
    }

    /** dL/dc_s, unit j. */
    public double gradContext(int s, int b, int j) {
        return requireGrad(gradContext)[unit(s, b, j)];
    }

    /** dL/dd~_s, unit j. */
    public double gradCombined(int s, int b, int j) {
        return requireGrad(gradCombined)[unit(s, b, j)];
    }

    /** The largest |dL/dα| over the run (0 without gradients): a colour scale. */
    public double maxAbsGradWeight() {
        double max = 0;
        if (gradWeights != null) {
            for (double g : gradWeights) {
                max = Math.max(max, Math.abs(g));
            }
        }
        return max;
    }

    public int targetLength() {
        return targetLength;
    }

    public int sourceLength() {
        return sourceLength;
    }

    public int batchSize() {
        return batch;
    }

    public int hiddenSize() {
        return hidden;
    }

    /** Approximate bytes held. */
    public long byteSize() {
        long n = 0;
        for (double[] a : new double[][] {scores, weights, context, combined, gradScores, gradWeights, gradContext,
                gradCombined}) {
            n += a == null ? 0 : 8L * a.length;
        }
        return n;
    }
}
