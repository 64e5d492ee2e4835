package org.gatelab.viewmodel.training;

import java.util.List;

/**
 * The model's predictions on (part of) the validation set, ready to plot against the targets. Which part is
 * filled depends on {@link #kind()}. Immutable: arrays are copied in and out.
 *
 * @param kind    how to show them
 * @param epoch   after which epoch they were made (0: the initial weights)
 * @param shown   validation sequences included
 * @param total   validation sequences in the set
 * @param points  targets and predictions (all kinds but {@link Kind#LABELS})
 * @param anomaly the anomaly detector's errors, threshold and alarms ({@link Kind#ANOMALY} only)
 * @param rows    a few sequences' target and predicted symbols ({@link Kind#LABELS} only)
 */
public record ValidationPredictions(Kind kind, int epoch, int shown, int total, Points points, AnomalyFlags anomaly,
                                    List<LabelRow> rows) {
    /** How predictions are shown. */
    public enum Kind {
        /** One real target per sequence: prediction against target, the diagonal is perfect. */
        TARGET_VS_PREDICTION,
        /** Next-value forecasts along a series: target and prediction against the step. */
        FORECAST,
        /** Forecasting errors along a series, the alarm threshold, the alarms and the true anomalies. */
        ANOMALY,
        /** A class per step: target and predicted symbols of a few sequences. */
        LABELS
    }

    public ValidationPredictions {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** Scored steps predicted right, over all rows ({@link Kind#LABELS}). */
    public int labelRight() {
        return rows.stream().mapToInt(LabelRow::right).sum();
    }

    /** Scored steps over all rows ({@link Kind#LABELS}). */
    public int labelScored() {
        return rows.stream().mapToInt(LabelRow::scored).sum();
    }

    /**
     * Targets and predictions: {@code x} is the sequence's number (target vs prediction) or the target's step
     * in the series (forecasts, anomalies).
     *
     * @param units what the values are, e.g. "sum of the marked numbers", "value (price)"
     */
    public record Points(double[] x, double[] target, double[] prediction, String units) {
        public Points {
            if (x.length != target.length || x.length != prediction.length) {
                throw new IllegalArgumentException("x, target and prediction differ in length");
            }
            x = x.clone();
            target = target.clone();
            prediction = prediction.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] target() {
            return target.clone();
        }

        @Override
        public double[] prediction() {
            return prediction.clone();
        }

        public int size() {
            return x.length;
        }
    }

    /**
     * The anomaly detector's view of the validation part.
     *
     * @param error     |prediction - target| per point of {@link Points#x()}, in z units
     * @param threshold mean + 3 sd of the training errors: above it a step is flagged
     * @param alarms    the flagged steps (series indices)
     * @param anomalies the known anomalies (injected or labelled)
     * @param precision true alarms / alarms (NaN when nothing was flagged or nothing is known)
     * @param recall    injected: detected anomalies / anomalies; labelled: flagged labelled steps / labelled steps
     * @param detected  anomalies with at least one true alarm
     * @param scoring   what the alarms are scored against
     */
    public record AnomalyFlags(double[] error, double threshold, int[] alarms, List<Span> anomalies, double precision,
                               double recall, int detected, Scoring scoring) {
        public AnomalyFlags {
            error = error.clone();
            alarms = alarms.clone();
            anomalies = List.copyOf(anomalies);
        }

        @Override
        public double[] error() {
            return error.clone();
        }

        @Override
        public int[] alarms() {
            return alarms.clone();
        }
    }

    /** What an anomaly detector's alarms are scored against. */
    public enum Scoring {
        /** Anomalies the task injected itself. */
        INJECTED,
        /** Anomalies the recording's authors labelled. */
        LABELLED,
        /** Nothing: the recording ships no labels, the error is an unscored anomaly score. */
        NONE
    }

    /** A known anomaly at series steps {@code start..end} (inclusive); {@code kind} e.g. "spike". */
    public record Span(int start, int end, String kind) {
    }

    /**
     * One sequence of a classification task, step by step.
     *
     * @param description the set's words for the sequence
     * @param inputs      the symbol shown at each step
     * @param targets     the target symbol at each step
     * @param predicted   the predicted symbol (the largest output) at each step
     * @param verdicts    per step: 1 right, 0 wrong, -1 not scored
     * @param right       scored steps predicted right
     * @param scored      scored steps
     */
    public record LabelRow(String description, List<String> inputs, List<String> targets, List<String> predicted,
                           int[] verdicts, int right, int scored) {
        public LabelRow {
            inputs = List.copyOf(inputs);
            targets = List.copyOf(targets);
            predicted = List.copyOf(predicted);
            verdicts = verdicts.clone();
        }

        @Override
        public int[] verdicts() {
            return verdicts.clone();
        }

        public int length() {
            return targets.size();
        }

        public int verdict(int t) {
            return verdicts[t];
        }
    }
}
