package org.gatelab.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gatelab.tasks.ExtraMetrics;

/**
 * What one epoch did. Immutable.
 *
 * @param epoch           1-based
 * @param trainLoss       mean of the epoch's mini-batch losses (each measured before its update)
 * @param valLoss         loss on the whole validation set after the epoch
 * @param accuracy        validation accuracy after the epoch, NaN for tasks without one
 * @param gradNormMean    mean global gradient norm before clipping
 * @param gradNormMax     largest global gradient norm before clipping
 * @param clippedFraction share of the epoch's steps whose gradient was clipped
 * @param seconds         wall-clock time of the epoch, training and evaluation
 * @param extras          task-specific figures (see {@link ExtraMetrics}), in a stable order
 */
public record EpochReport(int epoch, double trainLoss, double valLoss, double accuracy, double gradNormMean,
                          double gradNormMax, double clippedFraction, double seconds, Map<String, Double> extras) {
    public EpochReport {
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** True when the task reports an accuracy. */
    public boolean hasAccuracy() {
        return !Double.isNaN(accuracy);
    }
}
