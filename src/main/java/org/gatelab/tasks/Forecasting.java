package org.gatelab.tasks;

import java.util.Locale;
import org.gatelab.vocabulary.Range;

/**
 * The chronological split shared by the forecasting tasks: the first {@code trainFraction} of the series is the
 * training part, the rest the validation part. A window's target decides its side, so every validation target
 * lies after every training target; validation windows may look back into the training part, as a forecast
 * made at that time could. The z-score, if any, is computed on the training part only.
 *
 * <p>With differencing ({@code difference = 1}) the model reads and predicts the changes
 * {@code d_t = x_t − x_{t−1}} instead of the values: a forecast of the change is a forecast of the value
 * ({@code x̂_t = x_{t−1} + d̂_t}) with exactly the same error, so losses stay comparable with the references,
 * which {@link ForecastBaselines} scores on the same targets. Differencing removes a trend that a normalised
 * tanh network cannot follow beyond the range it was trained on.
 */
final class Forecasting {
    /** The differencing order: 0 forecasts the values, 1 their changes. */
    static final Range DIFFERENCE = Range.of(0, 1).withMinNote("values");
    /** What a differenced task's notes say. */
    static final String DIFFERENCING_NOTE = "differenced: the model reads the changes d = xₜ − xₜ₋₁ and "
            + "predicts the next change; the forecast xₜ₋₁ + d̂ has the same error, so the losses compare "
            + "directly with the references";

    private Forecasting() {
    }

    /**
     * The split and the series it cuts windows from.
     *
     * @param levels     the series as given (values, not changes)
     * @param series     what the model reads: the values or their changes, normalised if asked
     * @param difference 0 or 1
     * @param splitIndex the first index of {@code levels} in the validation part
     */
    record Split(double[] levels, double[] series, int difference, Normalization normalization, int splitIndex,
                 WindowedSeries train, WindowedSeries validation) {
        /** The index in {@link #levels} of the value that series index {@code i} predicts. */
        int levelIndex(int i) {
            return i + difference;
        }
    }

    /** ", every 2nd window" for a stride of 2, empty for 1. */
    static String everyNth(int stride) {
        if (stride == 1) {
            return "";
        }
        int tens = stride % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (stride % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return ", every " + stride + suffix + " window";
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
        checkFits(source, n, window, trainFraction, 0);
    }

    /** As {@link #checkFits(String, int, int, double)}, for a model that reads the {@code difference}-th changes. */
    static void checkFits(String source, int n, int window, double trainFraction, int difference) {
        if (fits(n, window, trainFraction, difference)) {
            return;
        }
        int needed = window + 2 + difference;
        while (!fits(needed, window, trainFraction, difference)) {
            needed++;
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: %d value%s %s too few for a window of %d"
                        + "%s with %.0f%% for training: at least %d are needed (a window and its next value in the "
                        + "training part, and a next value in the validation part)", source, n, n == 1 ? "" : "s",
                n == 1 ? "is" : "are", window, difference == 0 ? "" : " of changes", trainFraction * 100, needed));
    }

    private static boolean fits(int n, int window, double trainFraction, int difference) {
        int p = splitIndex(n, trainFraction) - difference;
        return p - window >= 1 && n - difference - p >= 1;
    }

    /**
     * @param raw       the series; copied (and normalised if asked)
     * @param normalize true: z-score with the training part's mean and sd
     */
    static Split split(String source, double[] raw, int window, double trainFraction, int stride, boolean normalize) {
        return split(source, raw, window, trainFraction, stride, normalize, 0);
    }

    /**
     * @param raw        the series; copied (and differenced and normalised if asked)
     * @param normalize  true: z-score with the training part's mean and sd (of the changes, when differenced)
     * @param difference 0: the model reads the values; 1: their changes
     */
    static Split split(String source, double[] raw, int window, double trainFraction, int stride, boolean normalize,
                       int difference) {
        DIFFERENCE.check("differencing", difference);
        checkFits(source, raw.length, window, trainFraction, difference);
        int levelSplit = splitIndex(raw.length, trainFraction);
        double[] read = new double[raw.length - difference];
        for (int i = 0; i < read.length; i++) {
            read[i] = difference == 0 ? raw[i] : raw[i + 1] - raw[i];
        }
        int p = levelSplit - difference;
        Normalization norm = normalize ? Normalization.of(read, 0, p) : Normalization.IDENTITY;
        double[] series = new double[read.length];
        for (int i = 0; i < read.length; i++) {
            series[i] = norm.apply(read[i]);
        }
        int trainCount = (p - window + stride - 1) / stride;
        int valCount = (read.length - p + stride - 1) / stride;
        WindowedSeries train = new WindowedSeries(series, window, window, trainCount, stride);
        WindowedSeries validation = new WindowedSeries(series, window, p, valCount, stride);
        return new Split(raw.clone(), series, difference, norm, levelSplit, train, validation);
    }
}
