package org.gatelab.training;

import java.util.Objects;
import org.gatelab.tasks.TaskDefaults;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.vocabulary.TaskKind;

/**
 * What one training-lab experiment is: the task with its settings and the training settings. This is what
 * an experiment file holds. Immutable.
 *
 * @param kind      the chosen task
 * @param task      the task with its settings; null only for the csv task before a file is read
 * @param config    the training settings
 * @param csvFile   the csv task's file (absolute path), or empty
 * @param csvColumn the csv task's column as the user gave it (1-based number or header name), or empty for
 *                  the first numeric column
 */
public record ExperimentSettings(TaskKind kind, TrainingTask task, TrainingConfig config, String csvFile,
                                 String csvColumn) {
    public ExperimentSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(config, "config");
        csvFile = csvFile == null ? "" : csvFile;
        csvColumn = csvColumn == null ? "" : csvColumn.trim();
        if (task != null && task.kind() != kind) {
            throw new IllegalArgumentException("a " + task.kind().id() + " task for the " + kind.id() + " kind");
        }
        if (task == null && kind != TaskKind.CSV) {
            throw new IllegalArgumentException("the " + kind.id() + " task needs its settings");
        }
    }

    /** The lab's defaults: the adding problem and {@link TrainingDefaults#config()}. */
    public static ExperimentSettings defaults() {
        return new ExperimentSettings(TaskDefaults.TASK, TaskDefaults.task(TaskDefaults.TASK),
                TrainingDefaults.config(), "", "");
    }

    /** True when the task is ready to generate data (false for the csv task without a file). */
    public boolean ready() {
        return task != null;
    }

    public ExperimentSettings withTask(TrainingTask t) {
        return new ExperimentSettings(t.kind(), t, config, csvFile, csvColumn);
    }

    /** The csv task without a file yet. */
    public ExperimentSettings withCsvPending() {
        return new ExperimentSettings(TaskKind.CSV, null, config, "", "");
    }

    public ExperimentSettings withCsv(TrainingTask csvTask, String file, String column) {
        return new ExperimentSettings(TaskKind.CSV, csvTask, config, file, column);
    }

    public ExperimentSettings withConfig(TrainingConfig c) {
        return new ExperimentSettings(kind, task, c, csvFile, csvColumn);
    }
}
