package org.gatelab.tasks;

/**
 * How a forecaster's errors flag the anomalies of the validation part. An alarm is a validation step whose
 * absolute prediction error exceeds the threshold (mean + 3 sd of the absolute errors on the training part);
 * it is a true alarm if it falls on an anomaly or within one window after it (while the anomaly is still in
 * the model's input); an anomaly is detected if it has at least one true alarm. Immutable.
 *
 * @param threshold      the error threshold (normalised units)
 * @param precision      true alarms / alarms (NaN when nothing was flagged)
 * @param recall         detected anomalies / anomalies
 * @param alarms         steps flagged
 * @param trueAlarms     of which on or just after an anomaly
 * @param anomalies      anomalies injected
 * @param detected       anomalies with at least one true alarm
 */
public record AnomalyDetection(double threshold, double precision, double recall, int alarms, int trueAlarms,
                               int anomalies, int detected, int[] alarmIndices) {
    public AnomalyDetection {
        alarmIndices = alarmIndices.clone();
    }

    /** The series indices of the alarms, ascending (a copy). */
    @Override
    public int[] alarmIndices() {
        return alarmIndices.clone();
    }
}
