package org.gatelab.tasks;

/**
 * A known anomaly at series indices {@code start..end} (inclusive): injected by the anomaly task, or labelled in
 * a recording.
 *
 * @param magnitude the offset added to the signal (raw units, signed); 0 for a labelled one
 */
public record Anomaly(Kind kind, int start, int end, double magnitude) {
    public enum Kind {
        /** One step pushed away from the signal. */
        SPIKE,
        /** A stretch of steps shifted by a constant. */
        LEVEL_SHIFT,
        /** A run of steps a recording labels as anomalous. */
        LABELLED
    }

    public Anomaly {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("an anomaly needs 0 <= start <= end, got " + start + ".." + end);
        }
    }

    public boolean contains(int index) {
        return index >= start && index <= end;
    }
}
