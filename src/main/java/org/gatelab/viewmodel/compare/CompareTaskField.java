package org.gatelab.viewmodel.compare;

import org.gatelab.vocabulary.Range;

/**
 * One whole-number setting of the compared task, for the task form: e.g. the adding problem's length T.
 *
 * @param key   the name {@link CompareViewModel#setTaskField} takes, e.g. {@code "length"}
 * @param label what the form shows, e.g. "Length T"
 * @param value the current value
 * @param range the allowed values, the task record's own
 * @param hint  one sentence for a tooltip
 */
public record CompareTaskField(String key, String label, int value, Range range, String hint) {
    /** The smallest allowed value. */
    public int min() {
        return range.minInt();
    }

    /** The largest allowed value. */
    public int max() {
        return range.maxInt();
    }
}
