package org.gatelab.viewmodel.training;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableMap;
import org.gatelab.engine.Model;
import org.gatelab.tasks.RealDataInfo;
import org.gatelab.tasks.RealTask;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.ChoiceSetting;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.RealDataSet;
import org.gatelab.vocabulary.SettingField;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;

/**
 * The training lab's view model: the experiment's settings (task and training), which it edits itself, and the
 * parts that do the rest: the run's lifecycle ({@link RunLifecycle}), the model in the workspace
 * ({@link WorkspaceFollower}), model files ({@link TrainedModelFiles}), settings and CSV files
 * ({@link ExperimentFileActions}) and the remedies after a divergence ({@link DivergenceRemedies}).
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
    private final WorkspaceViewModel workspace;
    private final TaskRunner runner;
    private final ExperimentEditor editor = new ExperimentEditor();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper credit = new ReadOnlyStringWrapper(this, "credit", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
    private final ReadOnlyObjectWrapper<TaskFields> taskFields = new ReadOnlyObjectWrapper<>(this, "taskFields");
    private final RunLifecycle run;
    private final WorkspaceFollower follower;
    private final TrainedModelFiles modelFiles;
    private final ExperimentFileActions settingsFiles;
    private final DivergenceRemedies remedies;

    /**
     * @param workspace where {@link #inspect()} shows the trained model
     * @param runner    runs data generation and file operations off the FX thread
     * @param worker    runs the training epochs (one thread is enough; {@code Runnable::run} in tests)
     */
    public TrainingLabViewModel(WorkspaceViewModel workspace, TaskRunner runner, Executor worker) {
        this.workspace = workspace;
        this.runner = runner;
        this.run = new RunLifecycle(editor, runner, worker, notice);
        this.follower = new WorkspaceFollower(workspace, run, notice);
        this.modelFiles = new TrainedModelFiles(editor, run, runner, notice);
        this.settingsFiles = new ExperimentFileActions(editor, run, runner, notice);
        this.remedies = new DivergenceRemedies(editor, run, notice);
        editor.settingsProperty().addListener((obs, o, n) -> settingsChanged());
        settingsChanged();
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

    /** The chosen recording's credit, as its licence asks, and the licence; empty for the other tasks. */
    public ReadOnlyStringProperty creditProperty() {
        return credit.getReadOnlyProperty();
    }

    /** What the task's data looks like (sizes, normalisation, notes, references); null while it is made. */
    public ReadOnlyObjectProperty<DataSummary> dataProperty() {
        return run.dataProperty();
    }

    /** True while a run is live: the settings cannot change until Reset. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return run.lockedProperty();
    }

    public TaskKind taskKind() {
        return settings().kind();
    }

    /** A task's title for menus, e.g. "Adding problem", "Your own series (CSV)". */
    public static String taskTitle(TaskKind kind) {
        return TrainingMessages.taskTitle(kind);
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
     * Reads one column of a CSV file for the csv task (and chooses it); a file that cannot be used changes nothing.
     *
     * @param column a 1-based number or a header name; null or empty for the first numeric column
     */
    public void loadCsv(Path file, String column) {
        if (!refusedWhileLive(ChoiceSetting.CSV_FILE)) {
            settingsFiles.loadCsv(file, column);
        }
    }

    /** The real task's recording, or null when another task is chosen. */
    public RealDataSet dataSet() {
        return settings().task() instanceof RealTask r ? r.set() : null;
    }

    /** What the chosen recording is, its licence and credit; null when another task is chosen. */
    public RealDataInfo dataSetInfo() {
        return settings().task() instanceof RealTask r ? r.series().info() : null;
    }

    /** Chooses a recording (and the real task), read off the FX thread; a failure goes under DATASET. */
    public void selectDataSet(RealDataSet set) {
        if (!refusedWhileLive(ChoiceSetting.DATASET) && set != dataSet()) {
            settingsFiles.loadDataSet(set);
        }
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
        if (run.locked()) {
            editor.refuse(field, "Reset the training to change the settings (they are fixed while a run is under way)");
            return true;
        }
        return false;
    }

    private void settingsChanged() {
        ExperimentSettings s = settings();
        TrainingTask t = s.task();
        taskFields.set(new TaskFields(s.kind(), s.ready(), s.csvFile(), s.csvColumn(),
                s.ready() ? List.copyOf(TaskSetting.of(s.kind())) : List.of()));
        title.set(t == null ? TrainingMessages.taskTitle(TaskKind.CSV) : t.title());
        explanation.set(t == null ? TrainingMessages.CSV_EXPLANATION : t.explanation());
        credit.set(t instanceof RealTask r ? TrainingMessages.credit(r.series().info()) : "");
        run.settingsChanged();
    }

    // ==== the run =============================================================================================

    /** What the lab shows now. */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return run.snapshotProperty();
    }

    public TrainingSnapshot snapshot() {
        return run.snapshot();
    }

    public TrainingState state() {
        return run.snapshot().state();
    }

    /** Starts a fresh run with the current settings; resumes a paused one. */
    public void start() {
        run.start();
    }

    /** Stops the run between two batches; Resume or Step go on from there. */
    public void pause() {
        run.pause();
    }

    /** Goes on after a pause. */
    public void resume() {
        run.resume();
    }

    /** Runs one epoch (the rest of the current one, when paused inside it), then pauses; starts a run if none. */
    public void step() {
        run.step();
    }

    /** Stops and forgets the run (or the loaded model): the lab is ready for new settings. */
    public void reset() {
        run.reset();
    }

    /** Publishes what the worker recorded since the last call (once per frame); true when the snapshot changed. */
    public boolean drain() {
        return run.drain();
    }

    /** Stops the run for good (the window closes); the app shuts its worker pools down. */
    public void dispose() {
        reset();
    }

    // ==== divergence: the lesson's two buttons ================================================================

    /** After a divergence: the suggested (ten times lower) learning rate, and back to Ready. */
    public void applyLowerLearningRate() {
        remedies.lowerLearningRate();
    }

    /** After a divergence: the suggested clip norm, and back to Ready. */
    public void applyClipping() {
        remedies.clip();
    }

    // ==== the trained model: inspect, save, load; settings files ==============================================

    /** The last action's outcome (saved, loaded, inspected, or why not). */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True when there is a model to inspect or save: a run's last good model, or a loaded one. */
    public boolean hasModel() {
        return run.hasModel();
    }

    /** A copy of the run's last good (finite) parameters, or of the loaded model; null when there is none. */
    public Model currentModel() {
        return run.currentModel();
    }

    /** True: the workspace shows the model after every epoch; changing the workspace's settings stops it. */
    public BooleanProperty followInWorkspaceProperty() {
        return follower.followProperty();
    }

    /** Shows the current model in the workspace on the first validation sequence. */
    public void inspect() {
        inspect(0);
    }

    /** Shows the current model in the workspace, running on validation sequence {@code sequence} (0-based). */
    public void inspect(int sequence) {
        follower.inspect(sequence);
    }

    /** Saves the current model as .safetensors (atomically); the outcome goes to {@link #noticeProperty()}. */
    public void saveModel(Path file) {
        modelFiles.save(file);
    }

    /**
     * Loads a .safetensors model that fits the task (input and output sizes) to show its validation predictions,
     * inspect or save it; the settings take its cell and sizes. A file that cannot be used changes nothing.
     */
    public void loadModel(Path file) {
        modelFiles.load(file);
    }

    /** Replaces the task and training settings (e.g. a lesson's scene); any training is reset first. */
    public void applySettings(ExperimentSettings s) {
        reset();
        editor.replace(s);
        notice.set(Notice.NONE);
    }

    /** Saves the task and training settings as a small JSON file (atomically). */
    public void saveSettings(Path file) {
        settingsFiles.save(file);
    }

    /** Reads an experiment file; a broken or hostile one changes nothing, the notice names file and field. */
    public void loadSettings(Path file) {
        settingsFiles.load(file);
    }
}
