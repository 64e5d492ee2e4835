package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recording's forecaster used as an anomaly detector ({@link AlarmEvaluation}'s rule). With labels, the alarms
 * are scored step by step: an alarm is true if its step is labelled, or follows a labelled step by at most one
 * window (the anomaly is still in the model's input); precision is the share of true alarms, recall the share
 * of labelled validation steps that raised an alarm, and a labelled event (a run of labelled steps) is found
 * when one of its steps, or the window after it, raised a true alarm. Without labels only the alarms are
 * counted: the error is an unscored anomaly score. Immutable.
 */
public final class ErrorAlarms implements AlarmEvaluation {
    private final WindowedSeries train;
    private final WindowedSeries validation;
    private final boolean[] labels;
    private final List<Anomaly> events;
    private final int tolerance;

    /**
     * @param labels    one per index of the series the windows are cut from (true: labelled), or null
     * @param tolerance steps after a labelled step in which an alarm still counts as true
     */
    ErrorAlarms(WindowedSeries train, WindowedSeries validation, boolean[] labels, int tolerance) {
        this.train = train;
        this.validation = validation;
        this.labels = labels == null ? null : labels.clone();
        this.tolerance = tolerance;
        this.events = labels == null ? List.of() : runs(labels, validation.targetIndex(0),
                validation.targetIndex(validation.size() - 1));
    }

    /** The runs of labelled steps that overlap {@code from..to}. */
    private static List<Anomaly> runs(boolean[] labels, int from, int to) {
        List<Anomaly> out = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            if (!labels[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < labels.length && labels[end + 1]) {
                end++;
            }
            if (end >= from && i <= to) {
                out.add(new Anomaly(Anomaly.Kind.LABELLED, i, end, 0));
            }
            i = end + 1;
        }
        return out;
    }

    @Override
    public List<Anomaly> anomalies() {
        return events;
    }

    @Override
    public boolean scored() {
        return labels != null;
    }

    /** Labelled steps among the validation targets (0 without labels). */
    public int labelledSteps() {
        int n = 0;
        for (int i = 0; labels != null && i < validation.size(); i++) {
            n += labels[validation.targetIndex(i)] ? 1 : 0;
        }
        return n;
    }

    @Override
    public AnomalyDetection detect(Predictions trainPredictions, Predictions validationPredictions) {
        train.checkShape(trainPredictions);
        validation.checkShape(validationPredictions);
        double threshold = AlarmEvaluation.threshold(train, trainPredictions);
        List<Integer> alarms = new ArrayList<>();
        int trueAlarms = 0;
        int labelled = 0;
        int flaggedLabelled = 0;
        boolean[] found = new boolean[events.size()];
        for (int i = 0; i < validation.size(); i++) {
            int index = validation.targetIndex(i);
            boolean label = labels != null && labels[index];
            labelled += label ? 1 : 0;
            double error = Math.abs(validationPredictions.get(i, 0, 0) - validation.targetValue(i, 0));
            if (!(error > threshold)) {
                continue;
            }
            alarms.add(index);
            flaggedLabelled += label ? 1 : 0;
            for (int e = 0; e < events.size(); e++) {
                Anomaly a = events.get(e);
                if (index >= a.start() && index <= a.end() + tolerance) {
                    found[e] = true;
                    trueAlarms++;
                    break;
                }
            }
        }
        int detected = 0;
        for (boolean f : found) {
            detected += f ? 1 : 0;
        }
        double precision = labels == null || alarms.isEmpty() ? Double.NaN : (double) trueAlarms / alarms.size();
        double recall = labels == null || labelled == 0 ? Double.NaN : (double) flaggedLabelled / labelled;
        return new AnomalyDetection(threshold, precision, recall, alarms.size(), trueAlarms, events.size(), detected,
                alarms.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    public Map<String, Double> evaluate(Predictions trainPredictions, Predictions validationPredictions) {
        AnomalyDetection d = detect(trainPredictions, validationPredictions);
        Map<String, Double> out = new LinkedHashMap<>();
        if (labels != null) {
            out.put("precision", d.precision());
            out.put("recall", d.recall());
            out.put("events_found", (double) d.detected());
        }
        out.put("threshold", d.threshold());
        out.put("alarms", (double) d.alarms());
        return out;
    }

    /** The scores of a reference forecast used as the detector, for {@link Baseline#scores()}. */
    Map<String, Double> scores(Predictions trainPredictions, Predictions validationPredictions) {
        AnomalyDetection d = detect(trainPredictions, validationPredictions);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("precision", d.precision());
        out.put("recall", d.recall());
        out.put("alarms", (double) d.alarms());
        return out;
    }
}
