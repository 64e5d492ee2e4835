package org.gatelab.viewmodel.training;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gatelab.engine.Model;
import org.gatelab.io.ModelFiles;
import org.gatelab.tasks.TaskData;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.vocabulary.ChoiceSetting;

/** The lab's model files: the trained model saved as .safetensors, and a saved model loaded for the chosen task. */
final class TrainedModelFiles {
    private final ExperimentEditor editor;
    private final RunLifecycle run;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Notice> notice;

    TrainedModelFiles(ExperimentEditor editor, RunLifecycle run, TaskRunner runner,
                      ReadOnlyObjectWrapper<Notice> notice) {
        this.editor = editor;
        this.run = run;
        this.runner = runner;
        this.notice = notice;
    }

    /** Saves the current model as .safetensors (atomically); the outcome is the notice. */
    void save(Path file) {
        Model model = run.currentModel();
        if (model == null) {
            notice.set(Notice.problem("There is no model to save yet: Start or Step first."));
            return;
        }
        TrainingJob job = run.job();
        String what = job != null ? model.config().cell().name() + " after epoch "
                + job.trainingRun().reports().size() : model.config().cell().name();
        runner.run(() -> {
            ModelFiles.save(file, model);
            return file;
        }, f -> notice.set(Notice.info("Saved the " + what + " to " + f.getFileName() + ".")),
                e -> notice.set(Notice.problem("Could not save the model: " + TrainingMessages.failure(e))));
    }

    /**
     * Loads a model saved as .safetensors to show its predictions on the chosen task's validation set (and to
     * inspect or save it). The model must fit the task (its input and output sizes); the training settings take
     * its cell, hidden size and layers. A file that cannot be used changes nothing.
     */
    void load(Path file) {
        if (run.locked()) {
            notice.set(Notice.problem("Reset the training before loading a model."));
            return;
        }
        ExperimentSettings s = editor.settings();
        if (!s.ready()) {
            notice.set(Notice.problem("Choose a CSV file first: a model is loaded for the chosen task."));
            return;
        }
        TaskData known = run.currentData();
        TaskDataSource.Key key = run.currentKey();
        runner.run(() -> LoadedModel.load(file, s.task(), s.config().seed(), known), l -> {
            if (run.locked() || !key.equals(run.currentKey())) {
                notice.set(Notice.problem("The settings changed while " + l.fileName() + " was read: load it again."));
                return;
            }
            // the model's shape becomes the training settings' (the data stays: it depends on task and seed)
            if (!editor.changeConfig(ChoiceSetting.CELL, l::adapt)) {
                String why = editor.problems().get(ChoiceSetting.CELL);
                notice.set(Notice.problem(l.fileName() + ": " + (why == null ? "" : why)));
                editor.clearProblem(ChoiceSetting.CELL);
                return;
            }
            run.showLoaded(key, l);
            notice.set(Notice.info(l.describe()));
        }, e -> notice.set(Notice.problem(TrainingMessages.failure(e))));
    }
}
