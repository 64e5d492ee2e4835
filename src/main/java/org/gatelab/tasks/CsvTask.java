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
 * which {@link TaskData#normalization()} reports. The seed only affects the model and the batch order.
 *
 * @param series        the values
 * @param window        W (2..500)
 * @param trainFraction share of the series used for training (0.5..0.95)
 * @param stride        steps between the targets of consecutive windows (1 uses every window)
 */
public record CsvTask(CsvSeries series, int window, double trainFraction, int stride) implements ForecastingTask {
    /** W. */
    public static final Range WINDOW = Range.of(2, 500);
    public static final Range TRAIN_FRACTION = Range.between(0.5, 0.95);
    /** S. */
    public static final Range STRIDE = Range.of(1, 10_000);

    public CsvTask {
        Objects.requireNonNull(series, "series");
        WINDOW.check("window", window);
        TRAIN_FRACTION.check("training fraction", trainFraction);
        STRIDE.check("stride", stride);
        Forecasting.checkFits(series.source(), series.size(), window, trainFraction);
    }

    /** The lab's defaults for a series. */
    public static CsvTask of(CsvSeries series) {
        int window = TaskDefaults.CSV_WINDOW;
        while (window > 2 && Forecasting.splitIndex(series.size(), TaskDefaults.CSV_TRAIN_FRACTION) - window < 1) {
            window /= 2;
        }
        return new CsvTask(series, window, TaskDefaults.CSV_TRAIN_FRACTION, 1);
    }

    public CsvTask withWindow(int w) {
        return new CsvTask(series, w, trainFraction, stride);
    }

    public CsvTask withStride(int s) {
        return new CsvTask(series, window, trainFraction, s);
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
                window, trainFraction * 100);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s (%s), %d values, window %d, %.0f%% training%s", series.source(),
                series.columnName(), series.size(), window, trainFraction * 100,
                stride == 1 ? "" : ", every " + stride + "th window");
    }

    @Override
    public TaskData generate(long seed) {
        Forecasting.Split split = Forecasting.split(series.source(), series.values(), window, trainFraction, stride,
                true);
        List<String> notes = new ArrayList<>(series.notes());
        notes.add(split.normalization().describe());
        return new TaskData(this, split.train(), split.validation(), split.validation().constantLoss(),
                split.validation().naiveLoss(), Double.NaN, split.normalization(), notes, ExtraMetrics.NONE);
    }
}
