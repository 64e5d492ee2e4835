package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * Anomaly detection by forecasting: a periodic "sensor" signal
 * {@code x_t = sin(2πt/P) + 0.4 sin(4πt/P + 1) + N(0, 0.05²)}; the first half is clean and used for training,
 * and the second half carries injected anomalies at known positions, alternately spikes (one step off by 1 to 2)
 * and level shifts (10 to 30 steps off by 0.6 to 1). The model learns to predict the next value from a window
 * ({@code mse-last}, z-scored with the training half's mean and sd); a validation step is flagged when its
 * error exceeds mean + 3 sd of the training errors ({@link AnomalyEvaluation}), and the flags are scored with
 * precision and recall against the true positions.
 *
 * @param window       W, values the model reads (2..200)
 * @param seriesLength values in the series
 * @param period       P, the signal's period in steps (4..200)
 * @param anomalies    anomalies injected into the validation half (1..50)
 */
public record AnomalyTask(int window, int seriesLength, int period, int anomalies) implements ForecastingTask {
    /** W. */
    public static final Range WINDOW = Range.of(2, 200);
    /** P. */
    public static final Range PERIOD = Range.of(4, 200);
    /** The most anomalies; a series may have room for fewer. */
    public static final Range ANOMALIES = Range.of(1, 50);
    public static final double TRAIN_FRACTION = 0.5;
    public static final double NOISE = 0.05;
    static final int MAX_SHIFT_LENGTH = 30;

    public AnomalyTask {
        WINDOW.check("window", window);
        SERIES_LENGTH.check("series length", seriesLength);
        PERIOD.check("period", period);
        ANOMALIES.check("anomalies", anomalies);
        Forecasting.checkFits("anomaly series", seriesLength, window, TRAIN_FRACTION);
        int room = seriesLength - Forecasting.splitIndex(seriesLength, TRAIN_FRACTION) - window;
        int most = Math.max(0, room / slotLength(window));
        if (anomalies > most) {
            throw new IllegalArgumentException("anomalies must be between 1 and " + most + " for a series of "
                    + seriesLength + " values and a window of " + window + " (each needs " + slotLength(window)
                    + " steps of the validation half), got " + anomalies);
        }
    }

    private static int slotLength(int window) {
        return MAX_SHIFT_LENGTH + 2 * window + 4;
    }

    public static AnomalyTask defaults() {
        return new AnomalyTask(TaskDefaults.ANOMALY_WINDOW, TaskDefaults.ANOMALY_SERIES_LENGTH,
                TaskDefaults.ANOMALY_PERIOD, TaskDefaults.ANOMALY_COUNT);
    }

    public AnomalyTask withWindow(int w) {
        return new AnomalyTask(w, seriesLength, period, anomalies);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.ANOMALY;
    }

    @Override
    public String title() {
        return "Anomaly detection";
    }

    @Override
    public String explanation() {
        return TaskDefaults.ANOMALY_EXPLANATION;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "periodic signal (period %d) of %d values with %d anomalies in the second "
                + "half, window %d", period, seriesLength, anomalies, window);
    }

    @Override
    public TaskData generate(long seed) {
        Random random = Seeds.stream(seed, Seeds.TRAIN);
        double[] x = new double[seriesLength];
        for (int t = 0; t < seriesLength; t++) {
            double phase = 2 * Math.PI * t / period;
            x[t] = Math.sin(phase) + 0.4 * Math.sin(2 * phase + 1) + NOISE * random.nextGaussian();
        }
        List<Anomaly> injected = inject(x, Seeds.stream(seed, Seeds.VALIDATION));
        Forecasting.Split split = Forecasting.split("anomaly series", x, window, TRAIN_FRACTION, 1, true);
        List<String> notes = List.of(split.normalization().describe(), injected.size() + " anomalies at steps "
                + injected.stream().map(a -> a.start() == a.end() ? Integer.toString(a.start())
                : a.start() + "-" + a.end()).reduce((a, b) -> a + ", " + b).orElse(""));
        return new TaskData(this, split.train(), split.validation(), split.validation().constantLoss(),
                split.validation().naiveLoss(), Double.NaN, split.normalization(), notes,
                new AnomalyEvaluation(split.train(), split.validation(), injected, window));
    }

    /** Adds the anomalies to {@code x}, one per equal slot of the validation half; returns them in order. */
    private List<Anomaly> inject(double[] x, Random random) {
        int first = Forecasting.splitIndex(seriesLength, TRAIN_FRACTION) + window;
        int slot = (seriesLength - first) / anomalies;
        List<Anomaly> out = new ArrayList<>();
        for (int k = 0; k < anomalies; k++) {
            double sign = random.nextBoolean() ? 1 : -1;
            boolean spike = k % 2 == 0;
            int duration = spike ? 1 : 10 + random.nextInt(MAX_SHIFT_LENGTH - 9);
            double magnitude = sign * (spike ? 1 + random.nextDouble() : 0.6 + 0.4 * random.nextDouble());
            // leave a window before and after each anomaly so that no window sees two of them
            int start = first + k * slot + random.nextInt(Math.max(1, slot - duration - window - 2));
            for (int t = start; t < start + duration; t++) {
                x[t] += magnitude;
            }
            out.add(new Anomaly(spike ? Anomaly.Kind.SPIKE : Anomaly.Kind.LEVEL_SHIFT, start, start + duration - 1,
                    magnitude));
        }
        return out;
    }
}
