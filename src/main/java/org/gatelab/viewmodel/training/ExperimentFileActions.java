package org.gatelab.viewmodel.training;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gatelab.io.CsvSeriesReader;
import org.gatelab.io.ExperimentFiles;
import org.gatelab.io.RealDataSets;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.vocabulary.ChoiceSetting;
import org.gatelab.vocabulary.RealDataSet;

/**
 * The lab's settings files: the task and training settings saved as an experiment file, one read back, the csv
 * task's own file and the gallery's recordings.
 */
final class ExperimentFileActions {
    private final ExperimentEditor editor;
    private final RunLifecycle run;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Notice> notice;

    ExperimentFileActions(ExperimentEditor editor, RunLifecycle run, TaskRunner runner,
                          ReadOnlyObjectWrapper<Notice> notice) {
        this.editor = editor;
        this.run = run;
        this.runner = runner;
        this.notice = notice;
    }

    /** Saves the task and training settings as a small JSON file (atomically). */
    void save(Path file) {
        ExperimentSettings s = editor.settings();
        if (!s.ready()) {
            notice.set(Notice.problem("Choose a CSV file first: the csv task has nothing to save yet."));
            return;
        }
        runner.run(() -> Optional.ofNullable(ExperimentFiles.write(file, s)),
                copy -> notice.set(Notice.info("Saved the settings to " + file.getFileName()
                        + copy.map(c -> " and a copy of the CSV file beside it (" + c.getFileName() + "), so the two "
                        + "travel together.").orElse("."))),
                e -> notice.set(Notice.problem("Could not save the settings: " + TrainingMessages.failure(e))));
    }

    /**
     * Reads task and training settings from an experiment file. A broken or hostile file changes nothing: the
     * notice names the file and the field.
     */
    void load(Path file) {
        if (run.locked()) {
            notice.set(Notice.problem("Reset the training before loading settings."));
            return;
        }
        runner.run(() -> ExperimentFiles.read(file), s -> {
            if (run.locked()) {
                notice.set(Notice.problem("Reset the training before loading settings."));
                return;
            }
            run.reset();
            editor.replace(s);
            notice.set(Notice.info("Loaded the settings from " + file.getFileName() + ": " + s.task().describe()
                    + "; " + s.config().describe() + "."));
        }, e -> notice.set(Notice.problem(TrainingMessages.failure(e))));
    }

    /**
     * Reads one column of a CSV file for the csv task (and chooses that task). A file that cannot be used
     * changes nothing; its reason goes under {@link ChoiceSetting#CSV_FILE} (or the column's).
     *
     * @param column a 1-based number or a header name; null or empty for the first numeric column
     */
    void loadCsv(Path file, String column) {
        String col = column == null ? "" : column.trim();
        Path absolute = file.toAbsolutePath();
        runner.run(() -> CsvSeriesReader.task(absolute, col), task -> {
            if (run.locked()) {
                editor.refuse(ChoiceSetting.CSV_FILE, "Reset the training first");
                return;
            }
            editor.setCsv(task, absolute.toString(), col);
            notice.set(Notice.info(TrainingMessages.describe(task)));
        }, e -> {
            editor.refuse(col.isEmpty() ? ChoiceSetting.CSV_FILE : ChoiceSetting.CSV_COLUMN,
                    TrainingMessages.failure(e));
            notice.set(Notice.problem(TrainingMessages.failure(e)));
        });
    }

    /**
     * Reads a recording of the gallery for the real task (and chooses that task), with its defaults. A recording
     * that cannot be read changes nothing; its reason goes under {@link ChoiceSetting#DATASET}.
     */
    void loadDataSet(RealDataSet set) {
        runner.run(() -> RealDataSets.task(set), task -> {
            if (run.locked()) {
                editor.refuse(ChoiceSetting.DATASET, "Reset the training first");
                return;
            }
            editor.setReal(task);
            notice.set(Notice.info("Chose " + set.title() + ": " + task.describe() + "."));
        }, e -> {
            editor.refuse(ChoiceSetting.DATASET, TrainingMessages.failure(e));
            notice.set(Notice.problem(TrainingMessages.failure(e)));
        });
    }
}
