package org.gatelab.tasks;

import java.util.Locale;

/**
 * The chronological split shared by the forecasting tasks: the first {@code trainFraction} of the series is the
 * training part, the rest the validation part. A window's target decides its side, so every validation target
 * lies after every training target; validation windows may look back into the training part, as a forecast
 * made at that time could. The z-score, if any, is computed on the training part only.
 */
final class Forecasting {
    private Forecasting() {
    }

    /** The split and the normalised series it cuts windows from. */
    record Split(double[] series, Normalization normalization, int splitIndex, WindowedSeries train,
                 WindowedSeries validation) {
    }

    /** The first index of the validation part for a series of {@code n} values. */
    static int splitIndex(int n, double trainFraction) {
        return (int) Math.round(n * trainFraction);
    }

    /**
     * Throws a clear message unless a series of {@code n} values holds at least one training and one validation
     * window of length {@code window}.
     */
    static void checkFits(String source, int n, int window, double trainFraction) {
        int p = splitIndex(n, trainFraction);
        if (p - window >= 1 && n - p >= 1) {
            return;
        }
        int needed = window + 2;
        while (splitIndex(needed, trainFraction) - window < 1 || needed - splitIndex(needed, trainFraction) < 1) {
            needed++;
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: %d value%s %s too few for a window of %d"
                        + " with %.0f%% for training: at least %d are needed (a window and its next value in the "
                        + "training part, and a next value in the validation part)", source, n, n == 1 ? "" : "s",
                n == 1 ? "is" : "are", window, trainFraction * 100, needed));
    }

    /**
     * @param raw       the series; copied (and normalised if asked)
     * @param normalize true: z-score with the training part's mean and sd
     */
    static Split split(String source, double[] raw, int window, double trainFraction, int stride, boolean normalize) {
        checkFits(source, raw.length, window, trainFraction);
        int p = splitIndex(raw.length, trainFraction);
        Normalization norm = normalize ? Normalization.of(raw, 0, p) : Normalization.IDENTITY;
        double[] series = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            series[i] = norm.apply(raw[i]);
        }
        int trainCount = (p - window + stride - 1) / stride;
        int valCount = (raw.length - p + stride - 1) / stride;
        WindowedSeries train = new WindowedSeries(series, window, window, trainCount, stride);
        WindowedSeries validation = new WindowedSeries(series, window, p, valCount, stride);
        return new Split(series, norm, p, train, validation);
    }
}
