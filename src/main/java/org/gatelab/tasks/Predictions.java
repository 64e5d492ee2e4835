package org.gatelab.tasks;

/**
 * A model's readout on every sequence of a {@link SequenceSet}, sequence-major: {@code [N][steps][O]}, where
 * steps is the sequence length for per-step losses and 1 for last-step losses (only the last step is kept).
 * Immutable.
 */
public final class Predictions {
    private final int sequences;
    private final int steps;
    private final int width;
    private final double[] values;

    /** Copies {@code values}, laid out as {@code [N][steps][O]}. */
    public Predictions(int sequences, int steps, int width, double[] values) {
        this(values.clone(), sequences, steps, width);
    }

    private Predictions(double[] owned, int sequences, int steps, int width) {
        if (sequences < 0 || steps < 1 || width < 1 || (long) sequences * steps * width != owned.length) {
            throw new IllegalArgumentException("N=" + sequences + " steps=" + steps + " O=" + width + " needs "
                    + (long) sequences * steps * width + " values, got " + owned.length);
        }
        this.sequences = sequences;
        this.steps = steps;
        this.width = width;
        this.values = owned;
    }

    /** Takes {@code values} without copying; for code that built the array and keeps no reference to it. */
    public static Predictions wrap(int sequences, int steps, int width, double[] values) {
        return new Predictions(values, sequences, steps, width);
    }

    public int sequences() {
        return sequences;
    }

    public int steps() {
        return steps;
    }

    public int width() {
        return width;
    }

    public double get(int n, int step, int o) {
        return values[(n * steps + step) * width + o];
    }

    /** The output with the largest value at {@code (n, step)} (the predicted class); the first on ties. */
    public int argmax(int n, int step) {
        int base = (n * steps + step) * width;
        int best = 0;
        for (int o = 1; o < width; o++) {
            if (values[base + o] > values[base + best]) {
                best = o;
            }
        }
        return best;
    }

    /** A copy of the values, {@code [N][steps][O]}. */
    public double[] values() {
        return values.clone();
    }
}
