package org.gatelab.viewmodel.training;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gatelab.engine.Model;
import org.gatelab.tasks.TaskData;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.training.TrainingMemory;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.vocabulary.ChoiceSetting;

/**
 * The life of one training run in the lab: the data it waits for, start, pause, resume, one step, reset, and what
 * the lab shows meanwhile (a {@link TrainingSnapshot}); or, instead of a run, a model loaded from a file.
 *
 * <p>The run trains on the {@code worker}; it only records, and {@link #drain()} publishes what it recorded, at
 * most once per call. Every method belongs to the FX thread (the test's thread in tests).
 */
final class RunLifecycle {
    private final ExperimentEditor editor;
    private final Executor worker;
    private final ReadOnlyObjectWrapper<Notice> notice;
    private final TaskDataSource data;
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private String dataProblem = "";
    private TrainingJob.Mode pendingStart;
    private TrainingJob job;
    private LoadedModel loaded;

    /**
     * @param runner makes the task's data off the FX thread
     * @param worker runs the training epochs
     * @param notice where a refusal or a failure is told
     */
    RunLifecycle(ExperimentEditor editor, TaskRunner runner, Executor worker, ReadOnlyObjectWrapper<Notice> notice) {
        this.editor = editor;
        this.worker = worker;
        this.notice = notice;
        this.data = new TaskDataSource(runner, this::currentKey, this::dataReady, this::dataFailed);
    }

    // ---- what the lab shows ----------------------------------------------------------------------------------

    ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    TrainingSnapshot snapshot() {
        return snapshot.get();
    }

    /** True while a run is live (preparing, running or paused): the settings cannot change until Reset. */
    ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    boolean locked() {
        return pendingStart != null || job != null && job.state().live();
    }

    ReadOnlyObjectProperty<DataSummary> dataProperty() {
        return data.summaryProperty();
    }

    /** The settings changed: make their data, and show them if nothing runs. */
    void settingsChanged() {
        data.request();
        if (job == null && loaded == null) {
            publishIdle();
        }
    }

    // ---- the data --------------------------------------------------------------------------------------------

    /** What the current settings' data depends on, or null when the task cannot make data yet. */
    TaskDataSource.Key currentKey() {
        ExperimentSettings s = editor.settings();
        return s.task() == null ? null : new TaskDataSource.Key(s.task(), s.config().seed());
    }

    /** The current settings' data, or null while it is made. */
    TaskData currentData() {
        return data.current();
    }

    /** The current settings' data arrived: start the run that waited for it, or show the references. */
    private void dataReady() {
        dataProblem = "";
        if (pendingStart != null) {
            TrainingJob.Mode m = pendingStart;
            pendingStart = null;
            begin(m);
        } else if (job == null && loaded == null) {
            publishIdle();
        }
    }

    private void dataFailed(TaskDataSource.Key key, Throwable e) {
        pendingStart = null;
        dataProblem = "The data could not be made: " + TrainingMessages.failure(e);
        notice.set(Notice.problem(dataProblem));
        if (job == null && loaded == null) {
            publishIdle();
        }
    }

    // ---- the run ---------------------------------------------------------------------------------------------

    /** Starts a fresh run with the current settings; resumes a paused one. */
    void start() {
        TrainingState s = current();
        if (s == TrainingState.RUNNING || s == TrainingState.PREPARING) {
            return;
        }
        if (s.canResume()) {
            resume();
            return;
        }
        begin(TrainingJob.Mode.RUN);
    }

    /** Stops the run between two batches; Resume or Step go on from there. */
    void pause() {
        if (job != null) {
            job.pause();
            drain();
        }
    }

    /** Goes on after a pause. */
    void resume() {
        if (job != null && job.state().canResume()) {
            if (job.request(TrainingJob.Mode.RUN)) {
                execute(job);
            }
            drain();
        }
    }

    /** Runs one epoch (the rest of the current one, when paused inside it), then pauses; starts a run if none. */
    void step() {
        TrainingState s = current();
        if (s == TrainingState.PREPARING) {
            return;
        }
        if (job != null && (s.canResume() || s == TrainingState.RUNNING)) {
            if (job.request(TrainingJob.Mode.STEP)) {
                execute(job);
            }
            drain();
            return;
        }
        begin(TrainingJob.Mode.STEP);
    }

    /** Stops and forgets the run (or the loaded model): the lab is ready for new settings. */
    void reset() {
        pendingStart = null;
        stopJob();
        loaded = null;
        publishIdle();
    }

    /** Publishes what the worker recorded since the last call, if anything; true when the snapshot changed. */
    boolean drain() {
        TrainingJob j = job;
        if (j == null) {
            return false;
        }
        TrainingSnapshot s = j.poll();
        if (s == null) {
            return false;
        }
        publish(s);
        return true;
    }

    private TrainingState current() {
        if (pendingStart != null) {
            return TrainingState.PREPARING;
        }
        return job != null ? job.state() : snapshot.get().state();
    }

    private void begin(TrainingJob.Mode mode) {
        ExperimentSettings s = editor.settings();
        if (!s.ready()) {
            notice.set(Notice.problem("Choose a CSV file first: the csv task trains on your own series."));
            editor.refuse(ChoiceSetting.CSV_FILE, "Choose a CSV file first");
            return;
        }
        String tooBig = TrainingMemory.refusal(s.config(), s.task().length(), Runtime.getRuntime().maxMemory());
        if (tooBig != null) {
            notice.set(Notice.problem(tooBig));
            return;
        }
        stopJob();
        loaded = null;
        TaskData d = currentData();
        if (d == null) {
            pendingStart = mode;
            publishIdle();
            data.request();
            return;
        }
        TrainingJob j;
        try {
            j = new TrainingJob(d, s.config());
        } catch (RuntimeException | OutOfMemoryError e) {
            publish(IdleSnapshots.failed(editor.settings(), e));
            return;
        }
        job = j;
        if (j.request(mode)) {
            execute(j);
        }
        drain();
    }

    private void execute(TrainingJob j) {
        try {
            worker.execute(j);
        } catch (RejectedExecutionException e) {
            j.rejected(e);
        }
    }

    private void stopJob() {
        if (job != null) {
            job.stop();
            job = null;
        }
    }

    private void publish(TrainingSnapshot s) {
        snapshot.set(s);
        locked.set(locked());
    }

    /** The snapshot of no run: the settings' totals and the data's references. */
    private void publishIdle() {
        publish(IdleSnapshots.idle(editor.settings(), currentData(), pendingStart != null, dataProblem));
    }

    // ---- the model -------------------------------------------------------------------------------------------

    /** The live or last run, or null. */
    TrainingJob job() {
        return job;
    }

    /** The model read from a file, or null. */
    LoadedModel loaded() {
        return loaded;
    }

    /** True when there is a model to inspect or save: a run's last good model, or a loaded one. */
    boolean hasModel() {
        return job != null || loaded != null;
    }

    /** A copy of the run's last good parameters (never non-finite ones), or of the loaded model; null if none. */
    Model currentModel() {
        return job != null ? job.trainingRun().lastGoodModel() : loaded != null ? loaded.model().copy() : null;
    }

    /** Shows a model read from a file (for the data of {@code key}) instead of any run. */
    void showLoaded(TaskDataSource.Key key, LoadedModel l) {
        stopJob();
        data.accept(key, l.data());
        loaded = l;
        publish(l.snapshot(editor.settings().config()));
    }
}
