package org.gatelab.viewmodel.training;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableMap;
import org.gatelab.engine.Model;
import org.gatelab.io.CsvSeriesReader;
import org.gatelab.io.ExperimentFiles;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.ChoiceSetting;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.SettingField;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;

/**
 * The training lab's view model: the experiment's settings (task and training), the live run, and what can be
 * done with the trained model (inspect it in the workspace, save it, load one).
 *
 * <p>Threads: every method is called on the FX thread (in tests, on the test's thread). Training runs on the
 * {@code worker} executor; it only records, and {@link #drain()} publishes what it recorded, at most once per
 * call, so the view's animation timer calls it once per frame and the properties change at a steady rate. Data
 * generation and file operations go through the {@link TaskRunner}. With {@link TaskRunner#direct()} and
 * {@code Runnable::run} everything happens synchronously inside the calls, deterministically.
 *
 * <p>Settings are locked while a run is live (preparing, running or paused): Reset first. A refused setting
 * leaves the settings unchanged and puts its reason in {@link #problems()} under the field.
 */
public final class TrainingLabViewModel {
    private static final String CSV_EXPLANATION = "Forecast a series of your own: choose a CSV file and the "
            + "column that holds the values (its number, 1 for the first, or its header name; left empty, the "
            + "first numeric column). The model reads a window of values and predicts the next one; the first 80% "
            + "of the series trains it and the rest validates it, in time order. Rows without a number are "
            + "skipped, and the lab says how many; values are z-scored with the training part's mean and sd.";

    private final WorkspaceViewModel workspace;
    private final TaskRunner runner;
    private final Executor worker;
    private final ExperimentEditor editor = new ExperimentEditor();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyObjectWrapper<TaskFields> taskFields = new ReadOnlyObjectWrapper<>(this, "taskFields");

    private final TaskDataSource data;
    private String dataProblem = "";
    private TrainingJob.Mode pendingStart;
    private TrainingJob job;
    private LoadedModel loaded;

    /**
     * @param workspace where {@link #inspect()} shows the trained model
     * @param runner  runs data generation and file operations off the FX thread
     * @param worker  runs the training epochs (one thread is enough; {@code Runnable::run} in tests)
     */
    public TrainingLabViewModel(WorkspaceViewModel workspace, TaskRunner runner, Executor worker) {
        this.workspace = workspace;
        this.runner = runner;
        this.worker = worker;
        this.data = new TaskDataSource(runner, this::currentKey, this::dataReady, this::dataFailed);
        editor.settingsProperty().addListener((obs, o, n) -> settingsChanged());
        settingsChanged();
        snapshot.addListener((obs, o, n) -> followTraining(n));
        // the user taking the workspace back (changing its settings) ends the following
        workspace.inspectionProperty().addListener((obs, o, n) -> {
            if (n == null && o != null) {
                followInWorkspace.set(false);
            }
        });
    }

    /** The workspace {@link #inspect()} shows the model in. */
    public WorkspaceViewModel workspace() {
        return workspace;
    }

    // ==== settings ============================================================================================

    public ReadOnlyObjectProperty<ExperimentSettings> settingsProperty() {
        return editor.settingsProperty();
    }

    public ExperimentSettings settings() {
        return editor.settings();
    }

    /** Why a field's last value was refused, by field; a field without a problem has no entry. Read-only. */
    public ObservableMap<SettingField, String> problems() {
        return editor.problems();
    }

    /** The problem of one field, or empty. */
    public String problem(SettingField field) {
        String p = editor.problems().get(field);
        return p == null ? "" : p;
    }

    /** The chosen task's title, e.g. "Adding problem". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The chosen task's one-paragraph explanation. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** What the task's data looks like (sizes, normalisation, notes, references); null while it is made. */
    public ReadOnlyObjectProperty<DataSummary> dataProperty() {
        return data.summaryProperty();
    }

    /** True while a run is live: the settings cannot change until Reset. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public TaskKind taskKind() {
        return settings().kind();
    }

    /** A task's title for menus, e.g. "Adding problem", "Your own series (CSV)". */
    public static String taskTitle(TaskKind kind) {
        return kind == TaskKind.CSV ? "Your own series (CSV)"
                : org.gatelab.tasks.TaskDefaults.task(kind).title();
    }

    /** What the task form shows; it changes only when the form must be built anew. */
    public ReadOnlyObjectProperty<TaskFields> taskFieldsProperty() {
        return taskFields.getReadOnlyProperty();
    }

    /** True when the task can make its data (false for the csv task before a file is read). */
    public boolean ready() {
        return settings().ready();
    }

    /** The value of a setting of the chosen task as its field shows it (empty for the csv task without file). */
    public String taskText(SettingField field) {
        TrainingTask t = settings().task();
        return !(field instanceof TaskSetting p) || t == null || t.kind() != p.kind() ? "" : p.text(t);
    }

    public String trainingText(TrainingSetting p) {
        return settings().config().text(p);
    }

    public CellKind cell() {
        return settings().config().cell();
    }

    public Nonlinearity nonlinearity() {
        return settings().config().nonlinearity();
    }

    public OptimizerKind optimizer() {
        return settings().config().optimizer();
    }

    public InitScheme init() {
        return settings().config().init();
    }

    /** The csv task's file name (without folder), or empty. */
    public String csvFileName() {
        String f = settings().csvFile();
        return f.isEmpty() ? "" : String.valueOf(Path.of(f).getFileName());
    }

    public String csvColumn() {
        return settings().csvColumn();
    }

    public void selectTask(TaskKind kind) {
        if (refusedWhileLive(ChoiceSetting.TASK)) {
            return;
        }
        editor.selectTask(kind);
    }

    /** Sets a setting of the chosen task from typed text; false when refused (see {@link #problems()}). */
    public boolean setTaskValue(SettingField field, String text) {
        if (!(field instanceof TaskSetting p)) {
            throw new IllegalArgumentException(field.key() + " is not a task setting");
        }
        return !refusedWhileLive(p) && editor.setTaskValue(p, text);
    }

    /** Sets a training setting from typed text; false when refused (see {@link #problems()}). */
    public boolean setTrainingValue(TrainingSetting p, String text) {
        return !refusedWhileLive(p) && editor.setTrainingValue(p, text);
    }

    public boolean setCell(CellKind c) {
        return !refusedWhileLive(ChoiceSetting.CELL) && editor.setCell(c);
    }

    public boolean setNonlinearity(Nonlinearity n) {
        return !refusedWhileLive(ChoiceSetting.NONLINEARITY) && editor.setNonlinearity(n);
    }

    public boolean setOptimizer(OptimizerKind o) {
        return !refusedWhileLive(ChoiceSetting.OPTIMIZER) && editor.setOptimizer(o);
    }

    public boolean setInit(InitScheme scheme) {
        return !refusedWhileLive(ChoiceSetting.INIT) && editor.setInit(scheme);
    }

    /**
     * Reads one column of a CSV file for the csv task (and chooses that task). A file that cannot be used
     * changes nothing; its reason goes under {@link ChoiceSetting#CSV_FILE}.
     *
     * @param column a 1-based number or a header name; null or empty for the first numeric column
     */
    public void loadCsv(Path file, String column) {
        if (refusedWhileLive(ChoiceSetting.CSV_FILE)) {
            return;
        }
        String col = column == null ? "" : column.trim();
        Path absolute = file.toAbsolutePath();
        runner.run(() -> CsvSeriesReader.task(absolute, col), task -> {
            if (locked()) {
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

    /** Reads another column of the csv task's file. */
    public void setCsvColumn(String column) {
        String file = editor.csvFile();
        if (file.isEmpty()) {
            editor.refuse(ChoiceSetting.CSV_COLUMN, "Choose a CSV file first");
            return;
        }
        loadCsv(Path.of(file), column);
    }

    private boolean refusedWhileLive(SettingField field) {
        if (locked()) {
            editor.refuse(field, "Reset the training to change the settings (they are fixed while a run is under way)");
            return true;
        }
        return false;
    }

    private boolean locked() {
        return pendingStart != null || job != null && job.state().live();
    }

    private void settingsChanged() {
        ExperimentSettings s = settings();
        TrainingTask t = s.task();
        taskFields.set(new TaskFields(s.kind(), s.ready(), s.csvFile(), s.csvColumn(),
                s.ready() ? List.copyOf(TaskSetting.of(s.kind())) : List.of()));
        title.set(t == null ? taskTitle(TaskKind.CSV) : t.title());
        explanation.set(t == null ? CSV_EXPLANATION : t.explanation());
        data.request();
        if (job == null && loaded == null) {
            publishIdle();
        }
    }

    // ==== data ================================================================================================

    private TaskDataSource.Key currentKey() {
        ExperimentSettings s = settings();
        return s.task() == null ? null : new TaskDataSource.Key(s.task(), s.config().seed());
    }

    private TaskData currentData() {
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

    // ==== the run =============================================================================================

    /** What the lab shows now. */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public TrainingSnapshot snapshot() {
        return snapshot.get();
    }

    public TrainingState state() {
        return snapshot.get().state();
    }

    /** Starts a fresh run with the current settings; resumes a paused one. */
    public void start() {
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
    public void pause() {
        if (job != null) {
            job.pause();
            drain();
        }
    }

    /** Goes on after a pause. */
    public void resume() {
        if (job != null && job.state().canResume()) {
            if (job.request(TrainingJob.Mode.RUN)) {
                execute(job);
            }
            drain();
        }
    }

    /** Runs one epoch (the rest of the current one, when paused inside it), then pauses; starts a run if none. */
    public void step() {
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
    public void reset() {
        pendingStart = null;
        if (job != null) {
            job.stop();
            job = null;
        }
        loaded = null;
        publishIdle();
    }

    /**
     * Publishes what the worker recorded since the last call, if anything. The view calls this once per frame.
     *
     * @return true when the snapshot changed
     */
    public boolean drain() {
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

    /** Stops the run for good (the window closes); the app shuts its worker pools down. */
    public void dispose() {
        reset();
    }

    private TrainingState current() {
        if (pendingStart != null) {
            return TrainingState.PREPARING;
        }
        return job != null ? job.state() : snapshot.get().state();
    }

    private void begin(TrainingJob.Mode mode) {
        ExperimentSettings s = settings();
        if (!s.ready()) {
            notice.set(Notice.problem("Choose a CSV file first: the csv task trains on your own series."));
            editor.refuse(ChoiceSetting.CSV_FILE, "Choose a CSV file first");
            return;
        }
        String tooBig = org.gatelab.training.TrainingMemory.refusal(s.config(), s.task().length(),
                Runtime.getRuntime().maxMemory());
        if (tooBig != null) {
            notice.set(Notice.problem(tooBig));
            return;
        }
        if (job != null) {
            job.stop();
            job = null;
        }
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
            publishFailure(e);
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

    private void publish(TrainingSnapshot s) {
        snapshot.set(s);
        locked.set(locked());
    }

    /** The snapshot of no run: the settings' totals and the data's references. */
    private void publishIdle() {
        publish(IdleSnapshots.idle(settings(), currentData(), pendingStart != null, dataProblem));
    }

    private void publishFailure(Throwable e) {
        publish(IdleSnapshots.failed(settings(), e));
    }

    // ==== divergence: the lesson's two buttons ================================================================

    /** After a divergence: the suggested (ten times lower) learning rate, and back to Ready. */
    public void applyLowerLearningRate() {
        DivergenceNote note = snapshot().divergence();
        if (note == null) {
            return;
        }
        reset();
        if (editor.changeConfig(TrainingSetting.LEARNING_RATE,
                c -> c.withLearningRate(note.suggestedLearningRate()))) {
            notice.set(Notice.info("Learning rate set to " + NumberText.format(note.suggestedLearningRate())
                    + ". Press Start to train again."));
        }
    }

    /** After a divergence: the suggested clip norm, and back to Ready. */
    public void applyClipping() {
        DivergenceNote note = snapshot().divergence();
        if (note == null || Double.isNaN(note.suggestedClipNorm())) {
            return;
        }
        reset();
        if (editor.changeConfig(TrainingSetting.CLIP_NORM, c -> c.withClipNorm(note.suggestedClipNorm()))) {
            notice.set(Notice.info("Gradient clipping set to " + NumberText.format(note.suggestedClipNorm())
                    + ". Press Start to train again."));
        }
    }

    // ==== the trained model: inspect, save, load ==============================================================

    /** The last action's outcome (saved, loaded, inspected, or why not). */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True when there is a model to inspect or save: a run's last good model, or a loaded one. */
    public boolean hasModel() {
        return job != null || loaded != null;
    }

    /**
     * A copy of the current model: the run's last good parameters (never non-finite ones), or the loaded model;
     * null when there is none.
     */
    public Model currentModel() {
        return job != null ? job.trainingRun().lastGoodModel() : loaded != null ? loaded.model().copy() : null;
    }

    private final javafx.beans.property.BooleanProperty followInWorkspace =
            new javafx.beans.property.SimpleBooleanProperty(this, "followInWorkspace", false);
    private int followedEpochs = -1;

    /**
     * When true, the workspace shows the model being trained after every finished epoch (so its heatmaps and
     * gradient curves follow the training live); the user changing the workspace's settings stops it.
     */
    public javafx.beans.property.BooleanProperty followInWorkspaceProperty() {
        return followInWorkspace;
    }

    /** Called with every published snapshot: refreshes the workspace after a new epoch when following. */
    private void followTraining(TrainingSnapshot s) {
        if (!followInWorkspace.get() || s == null || !hasModel() || s.epochsDone() == followedEpochs) {
            return;
        }
        followedEpochs = s.epochsDone();
        inspect();
    }

    /** Shows the current model in the workspace on the first validation sequence. */
    public void inspect() {
        inspect(0);
    }

    /**
     * Shows the current model (the run's last good parameters, or the loaded model) in the workspace, running on
     * validation sequence {@code sequence} (0-based), so the visualizer views show the trained model.
     */
    public void inspect(int sequence) {
        Model model;
        TaskData d;
        String label;
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
        workspace.inspect(model, sample, label);
        notice.set(Notice.info("The workspace now shows the " + label + ", on validation sequence " + (n + 1) + " ("
                + sample.description() + ")."));
    }

    /** Saves the current model as .safetensors (atomically); the outcome goes to {@link #noticeProperty()}. */
    public void saveModel(Path file) {
        Model model = job != null ? job.trainingRun().lastGoodModel() : loaded != null ? loaded.model().copy() : null;
        if (model == null) {
            notice.set(Notice.problem("There is no model to save yet: Start or Step first."));
            return;
        }
        String what = job != null ? model.config().cell().name() + " after epoch "
                + job.trainingRun().reports().size() : model.config().cell().name();
        runner.run(() -> {
            org.gatelab.io.ModelFiles.save(file, model);
            return file;
        }, f -> notice.set(Notice.info("Saved the " + what + " to " + f.getFileName() + ".")),
                e -> notice.set(Notice.problem("Could not save the model: " + TrainingMessages.failure(e))));
    }

    /**
     * Loads a model saved as .safetensors to show its predictions on the chosen task's validation set (and to
     * inspect or save it). The model must fit the task (its input and output sizes); the training settings take
     * its cell, hidden size and layers. A file that cannot be used changes nothing.
     */
    public void loadModel(Path file) {
        if (locked()) {
            notice.set(Notice.problem("Reset the training before loading a model."));
            return;
        }
        ExperimentSettings s = settings();
        if (!s.ready()) {
            notice.set(Notice.problem("Choose a CSV file first: a model is loaded for the chosen task."));
            return;
        }
        TaskData known = currentData();
        TaskDataSource.Key key = currentKey();
        runner.run(() -> LoadedModel.load(file, s.task(), s.config().seed(), known), l -> {
            if (locked() || !key.equals(currentKey())) {
                notice.set(Notice.problem("The settings changed while " + l.fileName() + " was read: load it again."));
                return;
            }
            // the model's shape becomes the training settings' (the data stays: it depends on task and seed)
            if (!editor.changeConfig(ChoiceSetting.CELL, l::adapt)) {
                notice.set(Notice.problem(l.fileName() + ": " + problem(ChoiceSetting.CELL)));
                editor.clearProblem(ChoiceSetting.CELL);
                return;
            }
            if (job != null) {
                job.stop();
                job = null;
            }
            data.accept(key, l.data());
            loaded = l;
            publish(l.snapshot(settings().config()));
            notice.set(Notice.info(l.describe()));
        }, e -> notice.set(Notice.problem(TrainingMessages.failure(e))));
    }

    /**
     * Replaces the task and training settings (e.g. from a lesson's scene): any training is reset first, so the
     * lab starts over with exactly these settings.
     */
    public void applySettings(ExperimentSettings s) {
        reset();
        editor.replace(s);
        notice.set(Notice.NONE);
    }

    /** Saves the task and training settings as a small JSON file (atomically). */
    public void saveSettings(Path file) {
        ExperimentSettings s = settings();
        if (!s.ready()) {
            notice.set(Notice.problem("Choose a CSV file first: the csv task has nothing to save yet."));
            return;
        }
        runner.run(() -> java.util.Optional.ofNullable(ExperimentFiles.write(file, s)),
                copy -> notice.set(Notice.info("Saved the settings to " + file.getFileName()
                        + copy.map(c -> " and a copy of the CSV file beside it (" + c.getFileName() + "), so the two "
                        + "travel together.").orElse("."))),
                e -> notice.set(Notice.problem("Could not save the settings: " + TrainingMessages.failure(e))));
    }

    /**
     * Reads task and training settings from an experiment file. A broken or hostile file changes nothing: the
     * notice names the file and the field.
     */
    public void loadSettings(Path file) {
        if (locked()) {
            notice.set(Notice.problem("Reset the training before loading settings."));
            return;
        }
        runner.run(() -> ExperimentFiles.read(file), s -> {
            if (locked()) {
                notice.set(Notice.problem("Reset the training before loading settings."));
                return;
            }
            reset();
            editor.replace(s);
            notice.set(Notice.info("Loaded the settings from " + file.getFileName() + ": " + s.task().describe()
                    + "; " + s.config().describe() + "."));
        }, e -> notice.set(Notice.problem(TrainingMessages.failure(e))));
    }
}
