package org.gatelab.engine;

import org.gatelab.vocabulary.LossKind;

/**
 * What the readout should produce, with the loss that compares them. Immutable.
 *
 * <ul>
 *   <li>{@code mse-last}: real values {@code [B][O]} for the last step.</li>
 *   <li>{@code mse-all}: real values {@code [T][B][O]}.</li>
 *   <li>{@code ce-last}: class indices {@code [B]} for the last step.</li>
 *   <li>{@code ce-all}: class indices {@code [T][B]}.</li>
 * </ul>
 */
public final class Targets {
    private final LossKind loss;
    private final double[] values;
    private final int[] classes;

    private Targets(LossKind loss, double[] values, int[] classes) {
        this.loss = loss;
        this.values = values;
        this.classes = classes;
    }

    /** Real-valued targets for {@code mse-last} ({@code [B][O]}) or {@code mse-all} ({@code [T][B][O]}). */
    public static Targets regression(LossKind loss, double... values) {
        if (loss.isClassification()) {
            throw new IllegalArgumentException(loss.id() + " takes class indices, not real values");
        }
        return new Targets(loss, values.clone(), null);
    }

    /** Class targets for {@code ce-last} ({@code [B]}) or {@code ce-all} ({@code [T][B]}). */
    public static Targets classes(LossKind loss, int... classes) {
        if (!loss.isClassification()) {
            throw new IllegalArgumentException(loss.id() + " takes real values, not class indices");
        }
        return new Targets(loss, null, classes.clone());
    }

    public LossKind loss() {
        return loss;
    }

    /** Number of (t, b) rows whose readout enters the loss. */
    int rows(int length, int batch) {
        return loss.isLastStepOnly() ? batch : length * batch;
    }

    /** Checks the count against the run's shape and the class indices against the output size. */
    void validate(int length, int batch, int outputs) {
        int rows = rows(length, batch);
        if (loss.isClassification()) {
            if (classes.length != rows) {
                throw new IllegalArgumentException(loss.id() + " needs " + rows + " class indices (" + describe(length,
                        batch) + "), got " + classes.length);
            }
            for (int i = 0; i < classes.length; i++) {
                if (classes[i] < 0 || classes[i] >= outputs) {
                    throw new IllegalArgumentException("target class " + classes[i] + " at row " + i
                            + " is outside 0.." + (outputs - 1) + " (the model has " + outputs + " outputs)");
                }
            }
        } else if (values.length != (long) rows * outputs) {
            throw new IllegalArgumentException(loss.id() + " needs " + (long) rows * outputs + " target values ("
                    + describe(length, batch) + " x " + outputs + " outputs), got " + values.length);
        }
    }

    private String describe(int length, int batch) {
        return loss.isLastStepOnly() ? batch + " sequences" : length + " steps x " + batch + " sequences";
    }

    double value(int i) {
        return values[i];
    }

    int classAt(int i) {
        return classes[i];
    }

    /** A copy of the real targets, or null for class targets. */
    public double[] values() {
        return values == null ? null : values.clone();
    }

    /** A copy of the class targets, or null for real targets. */
    public int[] classIndices() {
        return classes == null ? null : classes.clone();
    }
}
