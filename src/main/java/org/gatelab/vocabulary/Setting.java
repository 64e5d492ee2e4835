package org.gatelab.vocabulary;

/**
 * What a form shows about one setting: its key in files and scenes, its label, its allowed values in words and a
 * sentence on what it does. The settings of the training lab ({@link ChoiceSetting}, {@link TrainingSetting} and
 * the tasks' own) each carry one.
 *
 * @param key   the key in experiment files and scenes, e.g. {@code learning_rate}; unique within its group
 * @param label the field's label, e.g. "Learning rate"
 * @param range the allowed values in words, e.g. "10 to 500", for the field's prompt and tooltip
 * @param help  a sentence on what the setting does, for the tooltip
 */
public record Setting(String key, String label, String range, String help) {
}
