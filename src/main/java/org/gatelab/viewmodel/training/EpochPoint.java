package org.gatelab.viewmodel.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gatelab.training.EpochReport;

/**
 * What one finished epoch measured, as the training lab's plots show it: a copy of the run's
 * {@link EpochReport}. Immutable.
 *
 * @param epoch           1-based
 * @param trainLoss       mean of the epoch's mini-batch losses
 * @param valLoss         loss on the validation set after the epoch
 * @param accuracy        validation accuracy, NaN for tasks without one
 * @param gradNormMean    mean global gradient norm before clipping
 * @param gradNormMax     largest global gradient norm before clipping
 * @param clippedFraction share of the epoch's updates whose gradient was clipped
 * @param seconds         wall-clock time of the epoch
 * @param extras          task-specific figures by name, e.g. {@code precision}, {@code echo_accuracy}
 */
public record EpochPoint(int epoch, double trainLoss, double valLoss, double accuracy, double gradNormMean,
                         double gradNormMax, double clippedFraction, double seconds, Map<String, Double> extras) {
    public EpochPoint {
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** The report's figures. */
    public static EpochPoint of(EpochReport r) {
        return new EpochPoint(r.epoch(), r.trainLoss(), r.valLoss(), r.accuracy(), r.gradNormMean(), r.gradNormMax(),
                r.clippedFraction(), r.seconds(), r.extras());
    }

    /** True when the task measures an accuracy. */
    public boolean hasAccuracy() {
        return !Double.isNaN(accuracy);
    }

    /** An extra figure, or NaN when the task has none of that name. */
    public double extra(String name) {
        Double v = extras.get(name);
        return v == null ? Double.NaN : v;
    }
}
