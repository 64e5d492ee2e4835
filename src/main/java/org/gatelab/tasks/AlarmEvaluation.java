package org.gatelab.tasks;

import java.util.List;

/**
 * Figures of a forecaster used as an anomaly detector: a validation step raises an alarm when the absolute
 * prediction error exceeds mean + {@link #THRESHOLD_SDS} sd of the absolute errors on the training part; the
 * alarms are scored against the known anomalies where there are any.
 */
public interface AlarmEvaluation extends ExtraMetrics {
    /** Alarms are raised above mean + this many sd of the training errors. */
    double THRESHOLD_SDS = 3;

    /** The known anomalies (injected or labelled), by position in the model's series; empty without labels. */
    List<Anomaly> anomalies();

    /** True when there are known anomalies to score the alarms against. */
    boolean scored();

    /** The alarms of a model whose predictions on the two sets are given. */
    AnomalyDetection detect(Predictions trainPredictions, Predictions validationPredictions);

    @Override
    default boolean needsTrainPredictions() {
        return true;
    }

    /** mean(|e|) + {@link #THRESHOLD_SDS} sd(|e|) of the errors of {@code p} on {@code set}. */
    static double threshold(WindowedSeries set, Predictions p) {
        int n = set.size();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += Math.abs(p.get(i, 0, 0) - set.targetValue(i, 0));
        }
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(p.get(i, 0, 0) - set.targetValue(i, 0)) - mean;
            ss += d * d;
        }
        return mean + THRESHOLD_SDS * Math.sqrt(ss / n);
    }
}
