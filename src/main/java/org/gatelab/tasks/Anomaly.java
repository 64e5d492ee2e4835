package org.gatelab.tasks;

/**
 * An injected anomaly of the anomaly task, at series indices {@code start..end} (inclusive).
 *
 * @param magnitude the offset added to the signal (raw units, signed)
 */
public record Anomaly(Kind kind, int start, int end, double magnitude) {
    public enum Kind {
        /** One step pushed away from the signal. */
        SPIKE,
        /** A stretch of steps shifted by a constant. */
        LEVEL_SHIFT
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
