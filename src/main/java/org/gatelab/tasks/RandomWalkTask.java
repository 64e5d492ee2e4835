package org.gatelab.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * A "stock price": a Gaussian random walk {@code x_t = x_{t-1} + ε_t}, ε ~ N(0, 1), starting at 100. The model
 * reads a window and predicts the next value ({@code mse-last}), after a z-score computed on the training part
 * (the first 80%). The increments are independent, so no model can beat the naive forecast "tomorrow equals
 * today" except by luck; {@link TaskData#naiveValLoss()} is that forecast's loss.
 *
 * @param window       W, values the model reads (2..200)
 * @param seriesLength values in the whole walk
 */
public record RandomWalkTask(int window, int seriesLength) implements ForecastingTask {
    /** W. */
    public static final Range WINDOW = Range.of(2, 200);
    public static final double TRAIN_FRACTION = 0.8;

    public RandomWalkTask {
        WINDOW.check("window", window);
        SERIES_LENGTH.check("series length", seriesLength);
        Forecasting.checkFits("random walk", seriesLength, window, TRAIN_FRACTION);
    }

    public static RandomWalkTask defaults() {
        return new RandomWalkTask(TaskDefaults.WALK_WINDOW, TaskDefaults.WALK_SERIES_LENGTH);
    }

    public RandomWalkTask withWindow(int w) {
        return new RandomWalkTask(w, seriesLength);
    }

    public RandomWalkTask withSeriesLength(int n) {
        return new RandomWalkTask(window, n);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.RANDOM_WALK;
    }

    @Override
    public String title() {
        return "Random walk (\"stock price\")";
    }

    @Override
    public String explanation() {
        return TaskDefaults.WALK_EXPLANATION;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "Gaussian random walk of %d values, window %d (80%% training)",
                seriesLength, window);
    }

    @Override
    public TaskData generate(long seed) {
        Random random = Seeds.stream(seed, Seeds.TRAIN);
        double[] x = new double[seriesLength];
        x[0] = 100;
        for (int t = 1; t < seriesLength; t++) {
            x[t] = x[t - 1] + random.nextGaussian();
        }
        Forecasting.Split split = Forecasting.split("random walk", x, window, TRAIN_FRACTION, 1, true);
        return new TaskData(this, split.train(), split.validation(), split.validation().constantLoss(),
                split.validation().naiveLoss(), Double.NaN, split.normalization(),
                List.of(split.normalization().describe()), ExtraMetrics.NONE);
    }
}
