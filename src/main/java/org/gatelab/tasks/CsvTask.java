package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * Forecasting the user's own series ({@link CsvSeries}): windows of W values predict the next one
 * ({@code mse-last}); the first {@code trainFraction} of the series is for training and the rest for validation
 * (chronologically, never shuffled across the split); values are z-scored with the training part's mean and sd,
 * which {@link TaskData#normalization()} reports. With differencing the model reads and predicts the changes
 * from one value to the next instead (see {@link Forecasting}). Besides the best constant and the naive
 * forecast, a linear autoregression on the same windows is scored as a reference. The seed only affects the
 * model and the batch order.
 *
 * @param series        the values
 * @param window        W (2..500)
 * @param trainFraction share of the series used for training (0.5..0.95)
 * @param stride        steps between the targets of consecutive windows (1 uses every window)
 * @param difference    0: forecast the values; 1: forecast their changes
 */
public record CsvTask(CsvSeries series, int window, double trainFraction, int stride, int difference)
        implements ForecastingTask {
    /** W. */
    public static final Range WINDOW = Range.of(2, 500);
    public static final Range TRAIN_FRACTION = Range.between(0.5, 0.95);
    /** S. */
    public static final Range STRIDE = Range.of(1, 10_000);
    /** d: 0 forecasts the values, 1 their changes. */
    public static final Range DIFFERENCE = Forecasting.DIFFERENCE;

    public CsvTask {
        Objects.requireNonNull(series, "series");
        WINDOW.check("window", window);
        TRAIN_FRACTION.check("training fraction", trainFraction);
        STRIDE.check("stride", stride);
        DIFFERENCE.check("differencing", difference);
        Forecasting.checkFits(series.source(), series.size(), window, trainFraction, difference);
    }

    /** Forecasting the values (no differencing). */
    public CsvTask(CsvSeries series, int window, double trainFraction, int stride) {
        this(series, window, trainFraction, stride, 0);
    }

    /** The lab's defaults for a series. */
    public static CsvTask of(CsvSeries series) {
        int window = TaskDefaults.CSV_WINDOW;
        while (window > 2 && Forecasting.splitIndex(series.size(), TaskDefaults.CSV_TRAIN_FRACTION) - window < 1) {
            window /= 2;
        }
        return new CsvTask(series, window, TaskDefaults.CSV_TRAIN_FRACTION, 1, 0);
    }

    public CsvTask withWindow(int w) {
        return new CsvTask(series, w, trainFraction, stride, difference);
    }

    public CsvTask withStride(int s) {
        return new CsvTask(series, window, trainFraction, s, difference);
    }

    public CsvTask withTrainFraction(double f) {
        return new CsvTask(series, window, f, stride, difference);
    }

    public CsvTask withDifference(int d) {
        return new CsvTask(series, window, trainFraction, stride, d);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CSV;
    }

    @Override
    public String title() {
        return "Your series: " + series.source();
    }

    @Override
    public String explanation() {
        return String.format(Locale.ROOT, TaskDefaults.CSV_EXPLANATION, series.source(), series.columnName(),
                window, difference == 0 ? "values" : "changes from one value to the next",
                difference == 0 ? "value" : "change", trainFraction * 100);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s (%s), %d values, window %d, %.0f%% training%s%s", series.source(),
                series.columnName(), series.size(), window, trainFraction * 100,
                Forecasting.everyNth(stride), difference == 0 ? "" : ", forecasting changes");
    }

    @Override
    public TaskData generate(long seed) {
        Forecasting.Split split = Forecasting.split(series.source(), series.values(), window, trainFraction, stride,
                true, difference);
        List<String> notes = new ArrayList<>(series.notes());
        if (difference == 1) {
            notes.add(Forecasting.DIFFERENCING_NOTE);
        }
        notes.add(split.normalization().describe());
        return new TaskData(this, split.train(), split.validation(), split.validation().constantLoss(),
                ForecastBaselines.naive(split), Double.NaN, split.normalization(), notes, ExtraMetrics.NONE,
                List.of(ForecastBaselines.linear(split)));
    }
}
