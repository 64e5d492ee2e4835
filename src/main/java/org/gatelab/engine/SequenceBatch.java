package org.gatelab.engine;

/**
 * B input sequences of the same length T with I features per step, stored as a flat row-major
 * {@code [T][B][I]} array (PyTorch's {@code batch_first=False} layout). Immutable.
 */
public final class SequenceBatch {
    private final int length;
    private final int batch;
    private final int features;
    private final double[] values;

    /** Copies {@code values}, laid out as {@code [T][B][I]}. */
    public SequenceBatch(int length, int batch, int features, double[] values) {
        if (length < 1 || batch < 1 || features < 1) {
            throw new IllegalArgumentException("a batch needs length, batch size and features of at least 1, got T="
                    + length + " B=" + batch + " I=" + features);
        }
        if ((long) length * batch * features != values.length) {
            throw new IllegalArgumentException("T=" + length + " B=" + batch + " I=" + features + " needs "
                    + (long) length * batch * features + " values, got " + values.length);
        }
        this.length = length;
        this.batch = batch;
        this.features = features;
        this.values = values.clone();
    }

    /** One sequence (B = 1) from rows of features: {@code rows[t][i]}. */
    public static SequenceBatch ofSequence(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a sequence needs at least one step");
        }
        int features = rows[0].length;
        double[] flat = new double[rows.length * features];
        for (int t = 0; t < rows.length; t++) {
            if (rows[t].length != features) {
                throw new IllegalArgumentException("step " + t + " has " + rows[t].length + " features, step 0 has "
                        + features);
            }
            System.arraycopy(rows[t], 0, flat, t * features, features);
        }
        return new SequenceBatch(rows.length, 1, features, flat);
    }

    /** A one-feature sequence (B = 1, I = 1). */
    public static SequenceBatch ofScalars(double... xs) {
        return new SequenceBatch(xs.length, 1, 1, xs);
    }

    public int length() {
        return length;
    }

    public int batchSize() {
        return batch;
    }

    public int features() {
        return features;
    }

    public double get(int t, int b, int i) {
        return values[(t * batch + b) * features + i];
    }

    /** A copy of the flat {@code [T][B][I]} values. */
    public double[] values() {
        return values.clone();
    }

    /** The values themselves, {@code [T][B][I]}: engine-internal, read only, saves a copy. */
    double[] valuesView() {
        return values;
    }
}
