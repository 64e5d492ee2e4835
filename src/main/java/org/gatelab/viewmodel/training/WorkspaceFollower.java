package org.gatelab.viewmodel.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.gatelab.engine.Model;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.tasks.TaskData;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The lab's model in the workspace: "Inspect in workspace" shows it there on a validation sequence, and while
 * {@link #followProperty() following}, the workspace shows the model being trained again after every epoch, until
 * the user takes the workspace back by changing its settings.
 */
final class WorkspaceFollower {
    private final WorkspaceViewModel workspace;
    private final RunLifecycle run;
    private final ReadOnlyObjectWrapper<Notice> notice;
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "followInWorkspace", false);
    private int followedEpochs = -1;

    WorkspaceFollower(WorkspaceViewModel workspace, RunLifecycle run, ReadOnlyObjectWrapper<Notice> notice) {
        this.workspace = workspace;
        this.run = run;
        this.notice = notice;
        run.snapshotProperty().addListener((obs, o, n) -> followTraining(n));
        // the user taking the workspace back (changing its settings) ends the following
        workspace.inspectionProperty().addListener((obs, o, n) -> {
            if (n == null && o != null) {
                follow.set(false);
            }
        });
    }

    BooleanProperty followProperty() {
        return follow;
    }

    /** Refreshes the workspace after a new epoch when following. */
    private void followTraining(TrainingSnapshot s) {
        if (!follow.get() || s == null || !run.hasModel() || s.epochsDone() == followedEpochs) {
            return;
        }
        followedEpochs = s.epochsDone();
        inspect(0);
    }

    /**
     * Shows the current model (the run's last good parameters, or the loaded model) in the workspace, running on
     * validation sequence {@code sequence} (0-based).
     */
    void inspect(int sequence) {
        Model model;
        TaskData d;
        String label;
        TrainingJob job = run.job();
        LoadedModel loaded = run.loaded();
        if (job != null) {
            model = job.trainingRun().lastGoodModel();
            d = job.data();
            int epochs = job.trainingRun().reports().size();
            label = "trained " + model.config().cell().name() + " · " + d.task().title() + " · epoch " + epochs
                    + " of " + job.config().epochs();
        } else if (loaded != null) {
            model = loaded.model().copy();
            d = loaded.data();
            label = "loaded " + model.config().cell().name() + " (" + loaded.fileName() + ") · " + d.task().title();
        } else {
            notice.set(Notice.problem("There is no trained model yet: Start or Step first, or load a model."));
            return;
        }
        int n = Math.max(0, Math.min(d.validation().size() - 1, sequence));
        SampleSequence sample = d.validation().sample(n);
        workspace.inspect(model, sample, label, d.task().kind().id());
        notice.set(Notice.info("The workspace now shows the " + label + ", on validation sequence " + (n + 1) + " ("
                + sample.description() + ")."));
    }
}
