package org.gatelab.tasks;

import java.util.Locale;
import org.gatelab.vocabulary.LossKind;

/**
 * Forecasting windows cut from one series without copying it: sequence n is the W values before the target
 * index {@code first + n * stride}, and its {@code mse-last} target is the value at that index. Immutable
 * (the series array is owned and never changed).
 */
public final class WindowedSeries extends SequenceSet {
    private final double[] series;
    private final int first;
    private final int stride;

    WindowedSeries(double[] series, int window, int first, int count, int stride) {
        super(LossKind.MSE_LAST, count, window, 1, 1);
        if (first < window || first + (long) (count - 1) * stride >= series.length || stride < 1) {
            throw new IllegalArgumentException("windows of " + window + " with targets " + first + ", +" + stride
                    + " x " + count + " do not fit a series of " + series.length);
        }
        this.series = series;
        this.first = first;
        this.stride = stride;
    }

    /** The index in the (normalised) series of sequence {@code n}'s target. */
    public int targetIndex(int n) {
        return first + n * stride;
    }

    @Override
    public double input(int n, int t, int i) {
        return series[targetIndex(n) - length() + t];
    }

    @Override
    public double targetValue(int n, int o) {
        return series[targetIndex(n)];
    }

    @Override
    public int targetClass(int n, int t) {
        throw new UnsupportedOperationException("a forecasting set has real targets");
    }

    @Override
    public boolean hasAccuracy() {
        return false;
    }

    @Override
    public String describe(int n) {
        int target = targetIndex(n);
        return String.format(Locale.ROOT, "values %d..%d, next value %.3f", target - length(), target - 1,
                series[target]);
    }

    /** The loss of the naive forecast "the next value equals the last one": mean of (x[t] - x[t-1])². */
    public double naiveLoss() {
        double sum = 0;
        for (int n = 0; n < size(); n++) {
            int t = targetIndex(n);
            double d = series[t] - series[t - 1];
            sum += d * d;
        }
        return sum / size();
    }
}
