package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.RealDataSet;
import org.gatelab.vocabulary.TaskKind;

/**
 * Forecasting a real recording from the gallery ({@link RealSeries}): windows of W values predict the next one,
 * split in time order and z-scored with the training part, optionally differenced (see {@link Forecasting}).
 * Beside the model the data carries the honest references: the best constant, the naive forecast, the
 * seasonal naive forecast where the recording has a season, and a linear autoregression on the same windows.
 * The forecaster is also an anomaly detector ({@link ErrorAlarms}): scored by precision and recall against the
 * labels of a labelled recording (the sensor network), or an unscored anomaly score where no labels ship (the
 * electrocardiogram). The seed only affects the model and the batch order.
 *
 * @param series        the recording
 * @param window        W (2..500)
 * @param trainFraction share of the series used for training (0.3..0.95)
 * @param stride        steps between the targets of consecutive windows (1 uses every window)
 * @param difference    0: forecast the values; 1: forecast their changes
 */
public record RealTask(RealSeries series, int window, double trainFraction, int stride, int difference)
        implements ForecastingTask {
    /** W. */
    public static final Range WINDOW = Range.of(2, 500);
    public static final Range TRAIN_FRACTION = Range.between(0.3, 0.95);
    /** S. */
    public static final Range STRIDE = Range.of(1, 10_000);
    /** d: 0 forecasts the values, 1 their changes. */
    public static final Range DIFFERENCE = Forecasting.DIFFERENCE;

    public RealTask {
        Objects.requireNonNull(series, "series");
        WINDOW.check("window", window);
        TRAIN_FRACTION.check("training fraction", trainFraction);
        STRIDE.check("stride", stride);
        DIFFERENCE.check("differencing", difference);
        Forecasting.checkFits(series.set().id(), series.size(), window, trainFraction, difference);
    }

    /** The recording with the defaults of {@link RealDataInfo}. */
    public static RealTask of(RealSeries series) {
        RealDataInfo info = series.info();
        return new RealTask(series, info.window(), info.trainFraction(), info.stride(), 0);
    }

    public RealTask withWindow(int w) {
        return new RealTask(series, w, trainFraction, stride, difference);
    }

    public RealTask withTrainFraction(double f) {
        return new RealTask(series, window, f, stride, difference);
    }

    public RealTask withStride(int s) {
        return new RealTask(series, window, trainFraction, s, difference);
    }

    public RealTask withDifference(int d) {
        return new RealTask(series, window, trainFraction, stride, d);
    }

    /** The recording. */
    public RealDataSet set() {
        return series.set();
    }

    @Override
    public TaskKind kind() {
        return TaskKind.REAL;
    }

    @Override
    public String title() {
        return series.set().title();
    }

    @Override
    public String explanation() {
        return RealDataTexts.explanation(series.set());
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s, %,d values, window %d, %.0f%% training%s%s", series.set().id(),
                series.size(), window, trainFraction * 100, Forecasting.everyNth(stride),
                difference == 0 ? "" : ", forecasting changes");
    }

    @Override
    public TaskData generate(long seed) {
        RealDataInfo info = series.info();
        Forecasting.Split split = Forecasting.split(series.set().id(), series.values(), window, trainFraction, stride,
                true, difference);
        List<String> notes = new ArrayList<>(series.notes());
        if (difference == 1) {
            notes.add(Forecasting.DIFFERENCING_NOTE);
        }
        notes.add(split.normalization().describe());
        List<Baseline> baselines = new ArrayList<>(ForecastBaselines.of(split, info.season(), info.seasonWords()));
        ExtraMetrics extras = ExtraMetrics.NONE;
        if (series.labelled() || series.set() == RealDataSet.ECG) {
            ErrorAlarms alarms = new ErrorAlarms(split.train(), split.validation(), modelLabels(split), window);
            extras = alarms;
            if (series.labelled()) {
                notes.add(labelNote(alarms));
                baselines = scoreDetectors(split, alarms, baselines);
            } else {
                notes.add("no labels ship with this recording, so the alarms cannot be scored: the prediction error "
                        + "is an unscored anomaly score");
            }
        }
        return new TaskData(this, split.train(), split.validation(), split.validation().constantLoss(),
                ForecastBaselines.naive(split), Double.NaN, split.normalization(), notes, extras, baselines);
    }

    /** The labels moved onto the series the model reads (one step later when differenced), or null. */
    private boolean[] modelLabels(Forecasting.Split split) {
        boolean[] levels = series.labels();
        if (levels == null) {
            return null;
        }
        boolean[] out = new boolean[split.series().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = levels[split.levelIndex(i)];
        }
        return out;
    }

    private String labelNote(ErrorAlarms alarms) {
        int events = alarms.anomalies().size();
        boolean[] labels = series.labels();
        int all = 0;
        for (boolean l : labels) {
            all += l ? 1 : 0;
        }
        int inValidation = alarms.labelledSteps();
        return String.format(Locale.ROOT, "%d of the %d labelled steps (%d event%s) fall in the validation part%s",
                inValidation, all, events, events == 1 ? "" : "s", inValidation == all ? ""
                        : "; the rest are in the training part, where they raise the threshold");
    }

    /** The naive forecast and the linear autoregression used as detectors, with the model's rule. */
    private static List<Baseline> scoreDetectors(Forecasting.Split split, ErrorAlarms alarms,
                                                 List<Baseline> baselines) {
        List<Baseline> out = new ArrayList<>();
        out.add(new Baseline(ForecastBaselines.NAIVE, "naive forecast", "the last value", ForecastBaselines.naive(
                split), alarms.scores(naive(split, split.train()), naive(split, split.validation()))));
        LinearAutoregression ar = LinearAutoregression.fit(split.train());
        for (Baseline b : baselines) {
            out.add(b.id().equals(ForecastBaselines.LINEAR_AR)
                    ? b.withScores(alarms.scores(ar.predictAll(split.train()), ar.predictAll(split.validation())))
                    : b);
        }
        return out;
    }

    /** The naive forecast of every window, in the model's units: the last value, or no change. */
    private static Predictions naive(Forecasting.Split split, WindowedSeries set) {
        double[] out = new double[set.size()];
        double noChange = split.normalization().apply(0);
        for (int n = 0; n < out.length; n++) {
            out[n] = split.difference() == 0 ? set.input(n, set.length() - 1, 0) : noChange;
        }
        return Predictions.wrap(out.length, 1, 1, out);
    }
}
