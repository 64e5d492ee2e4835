package org.gatelab.viewmodel.compare;

/**
 * One whole-number setting of the compared task, for the task form: e.g. the adding problem's length T.
 *
 * @param key   the name {@link ComparisonModel#setTaskField} takes, e.g. {@code "length"}
 * @param label what the form shows, e.g. "Length T"
 * @param value the current value
 * @param min   the smallest allowed value
 * @param max   the largest allowed value
 * @param hint  one sentence for a tooltip
 */
public record CompareTaskField(String key, String label, int value, int min, int max, String hint) {
}
