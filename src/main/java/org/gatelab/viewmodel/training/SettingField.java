package org.gatelab.viewmodel.training;

/**
 * One typed setting of the training lab (a task's length, the learning rate, ...): what a form shows next to
 * its field, and the key under which it is saved and under which its problem is reported.
 */
public interface SettingField {
    /** The key in experiment files, e.g. {@code learning_rate}; unique within its group (task or training). */
    String key();

    /** The field's label, e.g. "Learning rate". */
    String label();

    /** The allowed values in words, e.g. "10 to 500", for the field's prompt and tooltip. */
    String range();

    /** A sentence on what the setting does, for the tooltip. */
    String help();
}
