package org.gatelab.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * Sine forecasting: a series {@code x_t = Σ_k a_k sin(2π t / P_k + φ_k) + ε_t}, ε ~ N(0, noise²), with 2 or 3
 * components whose periods (8 to 50 steps), amplitudes (0.4 to 1) and phases come from the seed; the model
 * reads a window of W values and predicts the next one ({@code mse-last}). The noise sets a floor: no model
 * can get below noise² on average.
 *
 * @param window        W, values the model reads (2..200)
 * @param seriesLength  values in the whole series (the first 80% are for training)
 * @param components    sines summed (2 or 3)
 * @param noise         standard deviation of the added noise (0..1)
 */
public record SineTask(int window, int seriesLength, int components, double noise) implements ForecastingTask {
    /** W. */
    public static final Range WINDOW = Range.of(2, 200);
    public static final Range COMPONENTS = Range.of(2, 3);
    /** The noise's standard deviation. */
    public static final Range NOISE = Range.between(0, 1);
    public static final double TRAIN_FRACTION = 0.8;

    public SineTask {
        WINDOW.check("window", window);
        SERIES_LENGTH.check("series length", seriesLength);
        COMPONENTS.check("sine components", components);
        NOISE.check("noise", noise);
        Forecasting.checkFits("sine series", seriesLength, window, TRAIN_FRACTION);
    }

    public static SineTask defaults() {
        return new SineTask(TaskDefaults.SINE_WINDOW, TaskDefaults.SINE_SERIES_LENGTH,
                TaskDefaults.SINE_COMPONENTS, TaskDefaults.SINE_NOISE);
    }

    public SineTask withWindow(int w) {
        return new SineTask(w, seriesLength, components, noise);
    }

    public SineTask withSeriesLength(int n) {
        return new SineTask(window, n, components, noise);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.SINE;
    }

    @Override
    public String title() {
        return "Sine forecasting";
    }

    @Override
    public String explanation() {
        return TaskDefaults.SINE_EXPLANATION;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "sum of %d sines with noise %.2f, window %d, %d values (80%% training)",
                components, noise, window, seriesLength);
    }

    @Override
    public TaskData generate(long seed) {
        Random structure = Seeds.stream(seed, Seeds.STRUCTURE);
        double[] amplitude = new double[components];
        double[] period = new double[components];
        double[] phase = new double[components];
        StringBuilder formula = new StringBuilder("xₜ =");
        for (int k = 0; k < components; k++) {
            amplitude[k] = 0.4 + 0.6 * structure.nextDouble();
            period[k] = 8 + 42 * structure.nextDouble();
            phase[k] = 2 * Math.PI * structure.nextDouble();
            formula.append(String.format(Locale.ROOT, "%s %.2f sin(2πt/%.1f + %.2f)", k == 0 ? "" : " +",
                    amplitude[k], period[k], phase[k]));
        }
        formula.append(String.format(Locale.ROOT, " + N(0, %.2f²)", noise));
        Random random = Seeds.stream(seed, Seeds.TRAIN);
        double[] x = new double[seriesLength];
        for (int t = 0; t < seriesLength; t++) {
            double v = 0;
            for (int k = 0; k < components; k++) {
                v += amplitude[k] * Math.sin(2 * Math.PI * t / period[k] + phase[k]);
            }
            x[t] = v + noise * random.nextGaussian();
        }
        Forecasting.Split split = Forecasting.split("sine series", x, window, TRAIN_FRACTION, 1, false);
        return new TaskData(this, split.train(), split.validation(), split.validation().constantLoss(),
                split.validation().naiveLoss(), Double.NaN, Normalization.IDENTITY, List.of(formula.toString()),
                ExtraMetrics.NONE);
    }
}
