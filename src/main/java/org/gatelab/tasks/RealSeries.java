package org.gatelab.tasks;

import java.util.List;
import java.util.Objects;
import org.gatelab.vocabulary.RealDataSet;

/**
 * One recording of the gallery as the tasks use it: its values in their own unit, a label per value where the
 * recording has them (true: an anomaly), when each value was taken, and what was done to the file on the way
 * (gaps filled, samples averaged), said in {@link #notes()}. {@code org.gatelab.io.RealDataSets} reads one.
 * Immutable.
 */
public final class RealSeries {
    private final RealDataSet set;
    private final double[] values;
    private final boolean[] labels;
    private final TimeAxis time;
    private final List<String> notes;

    /**
     * @param labels one per value (true: labelled anomalous), or null for a recording without labels
     * @param notes  what the user should be told about how the file became this series
     */
    public RealSeries(RealDataSet set, double[] values, boolean[] labels, TimeAxis time, List<String> notes) {
        this.set = Objects.requireNonNull(set, "set");
        this.values = values.clone();
        this.labels = labels == null ? null : labels.clone();
        this.time = Objects.requireNonNull(time, "time");
        this.notes = List.copyOf(notes);
        if (labels != null && labels.length != values.length) {
            throw new IllegalArgumentException(set.id() + ": " + labels.length + " labels for " + values.length
                    + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(set.id() + ": value " + i + " is not a finite number");
            }
        }
    }

    public RealDataSet set() {
        return set;
    }

    /** What it holds, where from, its licence and credit. */
    public RealDataInfo info() {
        return RealDataInfo.of(set);
    }

    public int size() {
        return values.length;
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    public double value(int i) {
        return values[i];
    }

    /** True when the recording labels its anomalies. */
    public boolean labelled() {
        return labels != null;
    }

    /** A copy of the labels (true: anomalous), or null without labels. */
    public boolean[] labels() {
        return labels == null ? null : labels.clone();
    }

    /** When each value was taken. */
    public TimeAxis time() {
        return time;
    }

    public List<String> notes() {
        return notes;
    }
}
