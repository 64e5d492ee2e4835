package org.gatelab.tasks;

import java.util.Locale;

/**
 * A z-score {@code z = (x - mean) / sd}, computed on the training part of a series only (so nothing of the
 * validation part leaks into training). Losses of normalised tasks are in units of this sd squared.
 */
public record Normalization(double mean, double sd) {
    /** No normalisation: mean 0, sd 1. */
    public static final Normalization IDENTITY = new Normalization(0, 1);

    public Normalization {
        if (!Double.isFinite(mean) || !(sd > 0) || !Double.isFinite(sd)) {
            throw new IllegalArgumentException("a normalisation needs a finite mean and a positive sd, got mean "
                    + mean + ", sd " + sd);
        }
    }

    /** The mean and sd of {@code values[from, to)}; an sd of 0 (a constant part) is replaced by 1. */
    public static Normalization of(double[] values, int from, int to) {
        if (to - from < 1) {
            throw new IllegalArgumentException("cannot normalise an empty range");
        }
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += values[i];
        }
        mean /= to - from;
        double ss = 0;
        for (int i = from; i < to; i++) {
            double d = values[i] - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (to - from));
        return new Normalization(mean, sd > 1e-12 * Math.max(1, Math.abs(mean)) ? sd : 1);
    }

    public double apply(double x) {
        return (x - mean) / sd;
    }

    public double invert(double z) {
        return z * sd + mean;
    }

    public boolean isIdentity() {
        return mean == 0 && sd == 1;
    }

    /** E.g. "normalised with the training part's mean 101.3 and sd 12.42". */
    public String describe() {
        return String.format(Locale.ROOT, "normalised with the training part's mean %.4g and sd %.4g", mean, sd);
    }
}
