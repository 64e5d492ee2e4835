package org.gatelab.tasks;

import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Range;

/**
 * A task that reads a window of one series and predicts the value after it (sine, random walk, anomaly, CSV):
 * one input and one output per step, the squared error of the last step's prediction, the window as the length.
 */
public interface ForecastingTask extends TrainingTask {
    /** Values in a generated series (sine, random walk, anomaly); a CSV file may hold as many. */
    Range SERIES_LENGTH = Range.of(50, CsvSeries.MAX_ROWS);

    /** Steps the model reads before it predicts the next value. */
    int window();

    @Override
    default LossKind loss() {
        return LossKind.MSE_LAST;
    }

    @Override
    default int inputSize() {
        return 1;
    }

    @Override
    default int outputSize() {
        return 1;
    }

    @Override
    default int length() {
        return window();
    }
}
