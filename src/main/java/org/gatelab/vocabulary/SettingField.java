package org.gatelab.vocabulary;

/**
 * A setting a form edits, as the key under which its problem is reported: the lab's choices, its training settings
 * and each task's settings, all with the shape of a {@link Setting}.
 */
public interface SettingField {
    /** The key, label, allowed values and help of this setting. */
    Setting setting();

    /** The key in experiment files and scenes, e.g. {@code learning_rate}; unique within its group. */
    default String key() {
        return setting().key();
    }

    /** The field's label, e.g. "Learning rate". */
    default String label() {
        return setting().label();
    }

    /** The allowed values in words, e.g. "10 to 500". */
    default String range() {
        return setting().range();
    }

    /** A sentence on what the setting does. */
    default String help() {
        return setting().help();
    }
}
