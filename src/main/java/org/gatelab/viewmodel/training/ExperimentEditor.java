package org.gatelab.viewmodel.training;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.gatelab.io.RealDataSets;
import org.gatelab.tasks.TaskDefaults;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.ChoiceSetting;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.SettingField;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;

/**
 * The experiment settings being edited: every change is checked by the task or config record it makes, and a
 * refused one leaves the settings as they were and puts its reason under the field's key. Each task kind
 * remembers its own settings, so switching tasks back and forth loses nothing.
 */
final class ExperimentEditor {
    private final ReadOnlyObjectWrapper<ExperimentSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", ExperimentSettings.defaults());
    private final ObservableMap<SettingField, String> problems = FXCollections.observableHashMap();
    private final ObservableMap<SettingField, String> readOnlyProblems =
            FXCollections.unmodifiableObservableMap(problems);
    private final Map<TaskKind, TrainingTask> tasks = new EnumMap<>(TaskKind.class);
    private String csvFile = "";
    private String csvColumn = "";

    ExperimentEditor() {
        ExperimentSettings s = settings.get();
        tasks.put(s.kind(), s.task());
    }

    ReadOnlyObjectProperty<ExperimentSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    ExperimentSettings settings() {
        return settings.get();
    }

    ObservableMap<SettingField, String> problems() {
        return readOnlyProblems;
    }

    void refuse(SettingField field, String reason) {
        problems.put(field, sentence(reason));
    }

    void clearProblem(SettingField field) {
        problems.remove(field);
    }

    /** Chooses a task, with the settings it had last (its defaults the first time). */
    void selectTask(TaskKind kind) {
        ExperimentSettings s = settings.get();
        clearProblem(ChoiceSetting.TASK);
        if (kind == s.kind()) {
            return;
        }
        clearTaskProblems();
        if (kind == TaskKind.CSV) {
            TrainingTask csv = tasks.get(TaskKind.CSV);
            settings.set(csv == null ? s.withCsvPending() : s.withCsv(csv, csvFile, csvColumn));
        } else if (kind == TaskKind.REAL) {
            TrainingTask real = tasks.get(TaskKind.REAL);
            if (real == null) {
                try {
                    // the first recording is small (34 KB) and travels in the jar: read at once
                    real = RealDataSets.task(TaskDefaults.REAL_DATA_SET);
                } catch (IOException e) {
                    refuse(ChoiceSetting.TASK, e.getMessage());
                    return;
                }
                tasks.put(TaskKind.REAL, real);
            }
            settings.set(s.withTask(real));
        } else {
            settings.set(s.withTask(tasks.computeIfAbsent(kind, TaskDefaults::task)));
        }
    }

    /** The csv task for a file just read. */
    void setCsv(TrainingTask task, String file, String column) {
        clearTaskProblems();
        clearProblem(ChoiceSetting.CSV_FILE);
        clearProblem(ChoiceSetting.CSV_COLUMN);
        tasks.put(TaskKind.CSV, task);
        csvFile = file;
        csvColumn = column;
        settings.set(settings.get().withCsv(task, file, column));
    }

    /** The real task for a recording just read (with its defaults). */
    void setReal(TrainingTask task) {
        clearTaskProblems();
        clearProblem(ChoiceSetting.DATASET);
        tasks.put(TaskKind.REAL, task);
        settings.set(settings.get().withTask(task));
    }

    String csvFile() {
        return csvFile;
    }

    String csvColumn() {
        return csvColumn;
    }

    /** Sets a task setting from typed text; false (and the reason under the parameter) when refused. */
    boolean setTaskValue(TaskSetting p, String text) {
        ExperimentSettings s = settings.get();
        if (s.task() == null || s.kind() != p.kind()) {
            refuse(p, p.label() + " is not a setting of the " + s.kind().id() + " task");
            return false;
        }
        try {
            TrainingTask next = p.apply(s.task(), text);
            clearProblem(p);
            if (!next.equals(s.task())) {
                tasks.put(next.kind(), next);
                settings.set(next.kind() == TaskKind.CSV ? s.withCsv(next, s.csvFile(), s.csvColumn())
                        : s.withTask(next));
            }
            return true;
        } catch (IllegalArgumentException e) {
            refuse(p, e.getMessage());
            return false;
        }
    }

    /** Sets a training setting from typed text; false (and the reason under the parameter) when refused. */
    boolean setTrainingValue(TrainingSetting p, String text) {
        return changeConfig(p, c -> c.with(p, text));
    }

    boolean setCell(CellKind cell) {
        return changeConfig(ChoiceSetting.CELL, c -> c.withCell(cell));
    }

    boolean setNonlinearity(Nonlinearity n) {
        return changeConfig(ChoiceSetting.NONLINEARITY, c -> c.withNonlinearity(n));
    }

    boolean setOptimizer(OptimizerKind o) {
        return changeConfig(ChoiceSetting.OPTIMIZER, c -> c.withOptimizer(o, c.momentum()));
    }

    boolean setInit(InitScheme scheme) {
        return changeConfig(ChoiceSetting.INIT, c -> c.withInit(scheme, c.gateBias()));
    }

    /** Applies a change to the training settings; false (and the reason under {@code field}) when refused. */
    boolean changeConfig(SettingField field, UnaryOperator<TrainingConfig> change) {
        ExperimentSettings s = settings.get();
        try {
            TrainingConfig next = change.apply(s.config());
            clearProblem(field);
            if (!next.equals(s.config())) {
                settings.set(s.withConfig(next));
            }
            return true;
        } catch (IllegalArgumentException e) {
            refuse(field, e.getMessage());
            return false;
        }
    }

    /** Replaces everything (an experiment file was read). */
    void replace(ExperimentSettings s) {
        problems.clear();
        if (s.task() != null) {
            tasks.put(s.kind(), s.task());
        }
        if (s.kind() == TaskKind.CSV) {
            csvFile = s.csvFile();
            csvColumn = s.csvColumn();
        }
        settings.set(s);
    }

    private void clearTaskProblems() {
        problems.keySet().removeIf(k -> k instanceof TaskSetting);
    }

    /** The reason as a sentence: capitalised. */
    static String sentence(String reason) {
        if (reason == null || reason.isBlank()) {
            return "Not accepted.";
        }
        String r = reason.trim();
        return r.substring(0, 1).toUpperCase(Locale.ROOT) + r.substring(1);
    }
}
