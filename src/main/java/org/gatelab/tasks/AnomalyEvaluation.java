package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The anomaly task's extra figures: threshold, precision and recall of the alarms raised by the model's
 * prediction errors (see {@link AnomalyDetection}). Immutable.
 */
public final class AnomalyEvaluation implements AlarmEvaluation {

    private final WindowedSeries train;
    private final WindowedSeries validation;
    private final List<Anomaly> anomalies;
    private final int tolerance;

    AnomalyEvaluation(WindowedSeries train, WindowedSeries validation, List<Anomaly> anomalies, int tolerance) {
        this.train = train;
        this.validation = validation;
        this.anomalies = List.copyOf(anomalies);
        this.tolerance = tolerance;
    }

    /** The injected anomalies, by position. */
    @Override
    public List<Anomaly> anomalies() {
        return anomalies;
    }

    @Override
    public boolean scored() {
        return true;
    }

    /** Scores the alarms of a model whose predictions on the two sets are given. */
    @Override
    public AnomalyDetection detect(Predictions trainPredictions, Predictions validationPredictions) {
        train.checkShape(trainPredictions);
        validation.checkShape(validationPredictions);
        double threshold = AlarmEvaluation.threshold(train, trainPredictions);
        List<Integer> alarms = new ArrayList<>();
        boolean[] detected = new boolean[anomalies.size()];
        int trueAlarms = 0;
        for (int i = 0; i < validation.size(); i++) {
            double error = Math.abs(validationPredictions.get(i, 0, 0) - validation.targetValue(i, 0));
            if (!(error > threshold)) {
                continue;
            }
            int index = validation.targetIndex(i);
            alarms.add(index);
            boolean hit = false;
            for (int a = 0; a < anomalies.size(); a++) {
                Anomaly an = anomalies.get(a);
                if (index >= an.start() && index <= an.end() + tolerance) {
                    detected[a] = true;
                    hit = true;
                }
            }
            if (hit) {
                trueAlarms++;
            }
        }
        int found = 0;
        for (boolean d : detected) {
            found += d ? 1 : 0;
        }
        double precision = alarms.isEmpty() ? Double.NaN : (double) trueAlarms / alarms.size();
        double recall = anomalies.isEmpty() ? Double.NaN : (double) found / anomalies.size();
        return new AnomalyDetection(threshold, precision, recall, alarms.size(), trueAlarms, anomalies.size(), found,
                alarms.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    public Map<String, Double> evaluate(Predictions trainPredictions, Predictions validationPredictions) {
        AnomalyDetection d = detect(trainPredictions, validationPredictions);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("precision", d.precision());
        out.put("recall", d.recall());
        out.put("threshold", d.threshold());
        out.put("alarms", (double) d.alarms());
        return out;
    }
}
