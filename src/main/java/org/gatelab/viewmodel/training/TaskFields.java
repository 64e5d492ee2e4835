package org.gatelab.viewmodel.training;

import java.util.List;
import org.gatelab.vocabulary.SettingField;
import org.gatelab.vocabulary.TaskKind;

/**
 * What the task form shows: the chosen task, its csv file and column, and its numeric settings in form order. It
 * changes (is unequal to the last one) only when the form must be built anew, not when a value changes.
 *
 * @param kind      the chosen task
 * @param ready     false for the csv task before a file is read: then there are no fields
 * @param csvFile   the csv task's file, or empty
 * @param csvColumn the csv task's column as given, or empty
 * @param fields    the task's numeric settings, in form order
 */
public record TaskFields(TaskKind kind, boolean ready, String csvFile, String csvColumn, List<SettingField> fields) {
    public TaskFields {
        fields = List.copyOf(fields);
    }
}
