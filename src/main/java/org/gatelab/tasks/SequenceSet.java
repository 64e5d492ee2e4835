package org.gatelab.tasks;

import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.Targets;
import org.gatelab.vocabulary.LossKind;

/**
 * N sequences of the same length T with I features per step and their targets: {@code mse-last} (O real
 * values per sequence) or {@code ce-all} (one class per step). Immutable. Classification sets may say, per
 * step, which predicted classes count as correct ({@link #acceptMask}); accuracy is measured on those steps only.
 */
public abstract class SequenceSet {
    private final LossKind loss;
    private final int size;
    private final int length;
    private final int features;
    private final int outputSize;

    SequenceSet(LossKind loss, int size, int length, int features, int outputSize) {
        if (loss != LossKind.MSE_LAST && loss != LossKind.CE_ALL) {
            throw new IllegalArgumentException("task data uses mse-last or ce-all, not " + loss.id());
        }
        if (size < 1 || length < 1 || features < 1 || outputSize < 1) {
            throw new IllegalArgumentException("a sequence set needs at least one sequence, step, feature and output,"
                    + " got N=" + size + " T=" + length + " I=" + features + " O=" + outputSize);
        }
        if (loss.isClassification() && outputSize > 31) {
            throw new IllegalArgumentException("at most 31 classes, got " + outputSize);
        }
        this.loss = loss;
        this.size = size;
        this.length = length;
        this.features = features;
        this.outputSize = outputSize;
    }

    public final LossKind loss() {
        return loss;
    }

    /** Number of sequences N. */
    public final int size() {
        return size;
    }

    /** Steps per sequence T. */
    public final int length() {
        return length;
    }

    /** Input features per step I. */
    public final int features() {
        return features;
    }

    /** Outputs O: real values (mse) or classes (ce). */
    public final int outputSize() {
        return outputSize;
    }

    /** Input feature {@code i} of sequence {@code n} at step {@code t}. */
    public abstract double input(int n, int t, int i);

    /** {@code mse-last}: target {@code o} of sequence {@code n}. */
    public abstract double targetValue(int n, int o);

    /** {@code ce-all}: the target class of sequence {@code n} at step {@code t}. */
    public abstract int targetClass(int n, int t);

    /**
     * Bit k set: predicting class k at {@code (n, t)} counts as correct; 0: the step is not scored.
     * Sets without accuracy return 0 everywhere.
     */
    public int acceptMask(int n, int t) {
        return 0;
    }

    /** True when the set defines an accuracy (a classification set with scored steps). */
    public abstract boolean hasAccuracy();

    /** A few words about sequence {@code n} for the UI, e.g. "marked steps 3 and 31, target 1.204". */
    public abstract String describe(int n);

    /** The sequences {@code order[from .. from+count)} as one batch, laid out as the engine wants it. */
    public final Batch batch(int[] order, int from, int count) {
        if (count < 1 || from < 0 || from + count > order.length) {
            throw new IllegalArgumentException("batch " + from + ".." + (from + count) + " outside 0.." + order.length);
        }
        double[] x = new double[length * count * features];
        for (int b = 0; b < count; b++) {
            int n = order[from + b];
            for (int t = 0; t < length; t++) {
                int base = (t * count + b) * features;
                for (int i = 0; i < features; i++) {
                    x[base + i] = input(n, t, i);
                }
            }
        }
        SequenceBatch input = new SequenceBatch(length, count, features, x);
        if (loss == LossKind.MSE_LAST) {
            double[] y = new double[count * outputSize];
            for (int b = 0; b < count; b++) {
                for (int o = 0; o < outputSize; o++) {
                    y[b * outputSize + o] = targetValue(order[from + b], o);
                }
            }
            return new Batch(input, Targets.regression(loss, y));
        }
        int[] classes = new int[length * count];
        for (int b = 0; b < count; b++) {
            for (int t = 0; t < length; t++) {
                classes[t * count + b] = targetClass(order[from + b], t);
            }
        }
        return new Batch(input, Targets.classes(loss, classes));
    }

    /** The given sequences as one batch. */
    public final Batch batch(int... indices) {
        return batch(indices, 0, indices.length);
    }

    /** Sequence {@code n} alone, with its description: what the workspace shows. */
    public final SampleSequence sample(int n) {
        Batch b = batch(n);
        return new SampleSequence(b.input(), b.targets(), describe(n));
    }

    /** Steps of the readout a prediction keeps: T for per-step losses, 1 for last-step losses. */
    public final int predictedSteps() {
        return loss.isLastStepOnly() ? 1 : length;
    }

    /**
     * The loss of the best constant prediction on this set, i.e. of the set's own target mean (mse: the
     * targets' variance) or class frequencies (ce: their entropy). No constant does better.
     */
    public double constantLoss() {
        if (loss == LossKind.MSE_LAST) {
            double total = 0;
            for (int o = 0; o < outputSize; o++) {
                double mean = 0;
                for (int n = 0; n < size; n++) {
                    mean += targetValue(n, o);
                }
                mean /= size;
                for (int n = 0; n < size; n++) {
                    double d = targetValue(n, o) - mean;
                    total += d * d;
                }
            }
            return total / ((double) size * outputSize);
        }
        long[] counts = new long[outputSize];
        for (int n = 0; n < size; n++) {
            for (int t = 0; t < length; t++) {
                counts[targetClass(n, t)]++;
            }
        }
        double all = (double) size * length;
        double entropy = 0;
        for (long c : counts) {
            if (c > 0) {
                double p = c / all;
                entropy -= p * Math.log(p);
            }
        }
        return entropy;
    }

    /**
     * The loss of {@code p} with the engine's definition: mse-last = mean squared error over the N x O targets,
     * ce-all = mean cross-entropy over the N x T steps.
     */
    public double loss(Predictions p) {
        checkShape(p);
        double sum = 0;
        if (loss == LossKind.MSE_LAST) {
            for (int n = 0; n < size; n++) {
                for (int o = 0; o < outputSize; o++) {
                    double d = p.get(n, 0, o) - targetValue(n, o);
                    sum += d * d;
                }
            }
            return sum / ((double) size * outputSize);
        }
        for (int n = 0; n < size; n++) {
            for (int t = 0; t < length; t++) {
                // -log softmax(y)[c] = logsumexp(y) - y_c
                double max = Double.NEGATIVE_INFINITY;
                for (int o = 0; o < outputSize; o++) {
                    max = Math.max(max, p.get(n, t, o));
                }
                double z = 0;
                for (int o = 0; o < outputSize; o++) {
                    z += Math.exp(p.get(n, t, o) - max);
                }
                sum += max + Math.log(z) - p.get(n, t, targetClass(n, t));
            }
        }
        return sum / ((double) size * length);
    }

    /** Fraction of scored steps whose predicted class is accepted; NaN for sets without accuracy. */
    public double accuracy(Predictions p) {
        if (!hasAccuracy()) {
            return Double.NaN;
        }
        checkShape(p);
        long scored = 0;
        long right = 0;
        for (int n = 0; n < size; n++) {
            for (int t = 0; t < length; t++) {
                int mask = acceptMask(n, t);
                if (mask != 0) {
                    scored++;
                    if ((mask >>> p.argmax(n, t) & 1) != 0) {
                        right++;
                    }
                }
            }
        }
        return scored == 0 ? Double.NaN : (double) right / scored;
    }

    /** The accuracy of guessing uniformly among the O classes at every scored step; NaN without accuracy. */
    public double chanceAccuracy() {
        if (!hasAccuracy()) {
            return Double.NaN;
        }
        long scored = 0;
        long accepted = 0;
        for (int n = 0; n < size; n++) {
            for (int t = 0; t < length; t++) {
                int mask = acceptMask(n, t);
                if (mask != 0) {
                    scored++;
                    accepted += Integer.bitCount(mask);
                }
            }
        }
        return scored == 0 ? Double.NaN : (double) accepted / ((double) scored * outputSize);
    }

    void checkShape(Predictions p) {
        if (p.sequences() != size || p.steps() != predictedSteps() || p.width() != outputSize) {
            throw new IllegalArgumentException("predictions of shape [" + p.sequences() + "][" + p.steps() + "]["
                    + p.width() + "] do not fit a set of " + size + " sequences, " + predictedSteps()
                    + " predicted step(s), " + outputSize + " output(s)");
        }
    }
}
