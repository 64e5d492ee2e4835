package org.gatelab.viewmodel.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.gatelab.engine.ModelConfig;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.Comparison;
import org.gatelab.training.ComparisonRow;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.TaskKind;

/**
 * The comparison lab: trains the RNN, the LSTM and the GRU on the same task, data and seed, at the same hidden
 * size or the same parameter budget, or (sweep) on the adding problem at several lengths T; then shows a table,
 * the loss curves and, for a sweep, the final validation loss against T.
 *
 * <p>Settings change only through this model's methods, which check them and say what is wrong in
 * {@link #problemProperty()} (the previous value is kept). {@link #start()} runs the job on the worker
 * {@link Executor}; the job keeps its latest snapshot in an atomic reference, and the view's animation timer
 * calls {@link #drain()} at most once per frame to publish it. Tests pass {@code Runnable::run} as the worker
 * and call {@code drain()} themselves, so everything is synchronous and deterministic.
 *
 * <p>Threading: every method except {@link #cancel()} belongs to the FX thread (or the test's thread).
 */
public final class CompareViewModel {
    /** The sweep's default lengths. */
    public static final List<Integer> DEFAULT_LENGTHS = List.of(10, 50, 100, 200);
    /**
     * Epochs per run in a sweep: 12 runs (3 cells x 4 lengths) must end in a few minutes on one core, so a
     * sweep trains fewer epochs on fewer sequences than a single comparison.
     */
    public static final int SWEEP_EPOCHS = 8;
    /** Training sequences per length in a sweep. */
    public static final int SWEEP_TRAIN_SIZE = 2000;
    /** Validation sequences per length in a sweep. */
    public static final int SWEEP_VALIDATION_SIZE = 300;
    /** What the sweep shows, with numbers measured with its defaults (seed 1). */
    public static final String SWEEP_EXPLANATION = "The adding problem at several lengths T: at each length the "
            + "three cells train on the same data from the same seed. A point below the dashed constant-guess line "
            + "means the cell learnt to carry a marked number across up to T steps; a point on it means it learnt "
            + "nothing a constant guess cannot. With the sweep's defaults (seed 1, hidden 32, 8 epochs of 2,000 "
            + "sequences per model) we measured: the vanilla RNN beats the baseline at T = 10 (validation MSE "
            + "0.023 against 0.170) and sits on it from T = 50 on: its gradient fades before it reaches the first marker. The "
            + "GRU stays far below it at every length (0.0003 at T = 10, 0.004 at T = 200). The LSTM learns "
            + "T = 10 (0.0005), but on this short budget it is still on its plateau from T = 50: it needs about "
            + "900 updates at T = 50 before its loss drops (a single run at T = 50 with 4,000 sequences and 20 "
            + "epochs shows the drop, in epoch 8). The whole sweep took about 1 min 45 s on one core.";
    /** What the sweep's lengths field takes, for its tooltip. */
    public static final String LENGTHS_HELP = "Sequence lengths T, separated by commas (" + AddingTask.LENGTH.text()
            + ", at most " + CompareLengths.MAX_COUNT + ")";
    /** The largest budget the form accepts. */
    public static final long MAX_BUDGET = 5_000_000;

    private final Executor worker;
    private final CompareSettings settings = new CompareSettings();

    private final ReadOnlyObjectWrapper<CompareMode> mode = new ReadOnlyObjectWrapper<>(this, "mode",
            CompareMode.SINGLE);
    private final ReadOnlyObjectWrapper<CompareSizing> sizing = new ReadOnlyObjectWrapper<>(this, "sizing",
            CompareSizing.SAME_HIDDEN);
    private final ReadOnlyObjectWrapper<TaskKind> taskKind = new ReadOnlyObjectWrapper<>(this, "taskKind");
    private final ReadOnlyObjectWrapper<List<CompareTaskField>> taskFields =
            new ReadOnlyObjectWrapper<>(this, "taskFields", List.of());
    private final ReadOnlyStringWrapper taskTitle = new ReadOnlyStringWrapper(this, "taskTitle", "");
    private final ReadOnlyStringWrapper taskExplanation = new ReadOnlyStringWrapper(this, "taskExplanation", "");
    private final ReadOnlyStringWrapper taskDescription = new ReadOnlyStringWrapper(this, "taskDescription", "");
    private final ReadOnlyObjectWrapper<TrainingConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyObjectWrapper<Long> budget = new ReadOnlyObjectWrapper<>(this, "budget");
    private final ReadOnlyObjectWrapper<List<ComparePlan>> plan = new ReadOnlyObjectWrapper<>(this, "plan",
            List.of());
    private final ReadOnlyStringWrapper lengthsText = new ReadOnlyStringWrapper(this, "lengthsText",
            CompareLengths.format(DEFAULT_LENGTHS));
    private final ReadOnlyObjectWrapper<List<Integer>> lengths = new ReadOnlyObjectWrapper<>(this, "lengths",
            DEFAULT_LENGTHS);
    private final ReadOnlyStringWrapper lengthsProblem = new ReadOnlyStringWrapper(this, "lengthsProblem", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper workload = new ReadOnlyStringWrapper(this, "workload", "");

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final CompareResults shown = new CompareResults();
    private volatile CompareJob job;

    /** A model whose jobs run on {@code worker}, the app's comparison pool ({@code Runnable::run} in tests). */
    public CompareViewModel(Executor worker) {
        this.worker = worker;
        config.set(settings.config());
        budget.set(settings.defaultBudget());
        showTask();
    }

    // ---- settings: what views read ---------------------------------------------------------------------

    /** Single comparison or length sweep. */
    public ReadOnlyObjectProperty<CompareMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** Same hidden size or same parameter budget. */
    public ReadOnlyObjectProperty<CompareSizing> sizingProperty() {
        return sizing.getReadOnlyProperty();
    }

    /** The tasks the chooser offers, in order (every task except CSV, which needs a file). */
    public static List<TaskKind> taskKinds() {
        return CompareTasks.KINDS;
    }

    /** The chosen task (a sweep always runs the adding problem, whatever is chosen here). */
    public ReadOnlyObjectProperty<TaskKind> taskKindProperty() {
        return taskKind.getReadOnlyProperty();
    }

    /** The task form's fields for the current mode: the chosen task's settings, or the sweep's sizes. */
    public ReadOnlyObjectProperty<List<CompareTaskField>> taskFieldsProperty() {
        return taskFields.getReadOnlyProperty();
    }

    /** E.g. "Adding problem". */
    public ReadOnlyStringProperty taskTitleProperty() {
        return taskTitle.getReadOnlyProperty();
    }

    /** The task's paragraph: what it is, what to expect and why. */
    public ReadOnlyStringProperty taskExplanationProperty() {
        return taskExplanation.getReadOnlyProperty();
    }

    /** The settings in one line, e.g. "adding problem, T = 50, 4000 training / 500 validation sequences". */
    public ReadOnlyStringProperty taskDescriptionProperty() {
        return taskDescription.getReadOnlyProperty();
    }

    /** The training settings of the current mode (a sweep's epochs are its own). */
    public ReadOnlyObjectProperty<TrainingConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public int epochs() {
        return config.get().epochs();
    }

    public double learningRate() {
        return config.get().learningRate();
    }

    /** The shared hidden size (used in {@link CompareSizing#SAME_HIDDEN} mode). */
    public int hidden() {
        return config.get().hidden();
    }

    public long seed() {
        return config.get().seed();
    }

    /** The parameter budget (used in {@link CompareSizing#SAME_BUDGET} mode). */
    public ReadOnlyObjectProperty<Long> budgetProperty() {
        return budget.getReadOnlyProperty();
    }

    /**
     * Each cell's hidden size and parameter counts for the current settings, RNN, LSTM, GRU: updated at once
     * when the sizing, the hidden size, the budget or the task changes.
     */
    public ReadOnlyObjectProperty<List<ComparePlan>> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The sweep's lengths as typed (kept even when invalid, so the user can fix them). */
    public ReadOnlyStringProperty lengthsTextProperty() {
        return lengthsText.getReadOnlyProperty();
    }

    /** The sweep's last valid lengths, increasing. */
    public ReadOnlyObjectProperty<List<Integer>> lengthsProperty() {
        return lengths.getReadOnlyProperty();
    }

    /** Why the typed lengths are refused; empty when they are fine. */
    public ReadOnlyStringProperty lengthsProblemProperty() {
        return lengthsProblem.getReadOnlyProperty();
    }

    /** Why the last change or start was refused; empty if fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** One sentence for the form: what a run of the current mode will train, and how much. */
    public ReadOnlyStringProperty workloadProperty() {
        return workload.getReadOnlyProperty();
    }

    /** The menu title of a task kind, e.g. "Adding problem". */
    public static String titleOf(TaskKind kind) {
        return CompareTasks.defaults(kind).title();
    }

    private String workloadText() {
        TrainingConfig c = config.get();
        if (mode.get() == CompareMode.SWEEP) {
            int n = lengths.get().size();
            return String.format(Locale.ROOT, "The sweep trains 3 cells × %d length%s = %d models, each for %d "
                    + "epoch%s on %,d sequences: fewer than a single run's defaults (%d epochs on %,d), so the "
                    + "default sweep ends in about 2 minutes on one core.", n, n == 1 ? "" : "s", 3 * n, c.epochs(),
                    c.epochs() == 1 ? "" : "s", settings.sweepTask().trainSize(), TrainingDefaults.EPOCHS,
                    AddingTask.defaults().trainSize());
        }
        return String.format(Locale.ROOT, "Trains 3 models one after the other, each for %d epoch%s, on the same "
                + "data and from the same seed (%d).", c.epochs(), c.epochs() == 1 ? "" : "s", c.seed());
    }

    // ---- settings: changes -----------------------------------------------------------------------------

    /** Switches between a single comparison and a length sweep; each keeps its own epochs and task sizes. */
    public void setMode(CompareMode m) {
        if (m != null && m != mode.get()) {
            mode.set(m);
            showTask();
            problem.set("");
        }
    }

    public void setSizing(CompareSizing s) {
        if (s != null && s != sizing.get()) {
            sizing.set(s);
            showPlan();
        }
    }

    /** Chooses the task of a single comparison (with the settings it had last, or its defaults). */
    public boolean setTaskKind(TaskKind kind) {
        if (!CompareTasks.KINDS.contains(kind)) {
            return refuse("the comparison lab offers " + CompareTasks.KINDS.stream().map(TaskKind::id).toList()
                    + ", not " + kind);
        }
        settings.chooseTask(kind);
        showTask();
        return accept();
    }

    /** Sets one of the task form's fields ({@link CompareTaskField#key()}); refused with a message if invalid. */
    public boolean setTaskField(String key, int value) {
        try {
            if (mode.get() == CompareMode.SWEEP) {
                settings.setSweepField(key, value);
            } else {
                settings.setTaskField(key, value);
            }
        } catch (IllegalArgumentException e) {
            showTask();
            return refuse(e.getMessage());
        }
        showTask();
        return accept();
    }

    public boolean setEpochs(int e) {
        return changeConfig(c -> c.withEpochs(e));
    }

    public boolean setLearningRate(double lr) {
        return changeConfig(c -> c.withLearningRate(lr));
    }

    /** The learning rate as typed, e.g. "0.01" or "1e-3"; refused with a message if it is not a number. */
    public boolean setLearningRate(String text) {
        String t = text == null ? "" : text.trim();
        double lr;
        try {
            lr = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return refuse("the learning rate \"" + t + "\" is not a number (e.g. 0.01 or 1e-3)");
        }
        return setLearningRate(lr);
    }

    public boolean setHidden(int h) {
        return changeConfig(c -> c.withHidden(h));
    }

    public boolean setSeed(long s) {
        if (s < 0) {
            return refuse("the seed must be 0 or positive, got " + s);
        }
        return changeConfig(c -> c.withSeed(s));
    }

    /** Sets the parameter budget (1 to {@value #MAX_BUDGET}); the plan shows each cell's hidden size at once. */
    public boolean setBudget(long b) {
        if (b < 1 || b > MAX_BUDGET) {
            return refuse(String.format(Locale.ROOT, "the parameter budget must be between 1 and %,d, got %,d",
                    MAX_BUDGET, b));
        }
        budget.set(b);
        showPlan();
        return accept();
    }

    /**
     * Sets the sweep's lengths from text such as "10, 50, 100, 200". Invalid text is kept (so it can be fixed)
     * but refused: {@link #lengthsProblemProperty()} says why, and the last valid lengths stay.
     */
    public boolean setLengths(String text) {
        lengthsText.set(text == null ? "" : text);
        try {
            lengths.set(CompareLengths.parse(text));
        } catch (IllegalArgumentException e) {
            lengthsProblem.set(e.getMessage());
            return false;
        }
        lengthsProblem.set("");
        showTask();
        return true;
    }

    private boolean changeConfig(java.util.function.UnaryOperator<TrainingConfig> change) {
        TrainingConfig next;
        try {
            next = change.apply(config.get());
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        settings.setConfig(mode.get(), next);
        config.set(next);
        showPlan();
        return accept();
    }

    private boolean refuse(String why) {
        problem.set(why);
        return false;
    }

    private boolean accept() {
        problem.set("");
        return true;
    }

    private void showTask() {
        boolean sweepMode = mode.get() == CompareMode.SWEEP;
        TrainingTask t = sweepMode ? settings.sweepTask() : settings.task();
        taskKind.set(settings.task().kind());
        taskFields.set(sweepMode ? CompareTasks.fields(t).stream().filter(f -> !f.key().equals("length")).toList()
                : CompareTasks.fields(t));
        taskTitle.set(t.title());
        taskExplanation.set(sweepMode ? SWEEP_EXPLANATION : t.explanation());
        taskDescription.set(sweepMode ? String.format(Locale.ROOT, "adding problem, T = %s, %d training / %d "
                + "validation sequences", CompareLengths.format(lengths.get()), ((AddingTask) t).trainSize(),
                ((AddingTask) t).validationSize()) : t.describe());
        config.set(settings.config(mode.get()));
        showPlan();
    }

    private void showPlan() {
        TrainingTask t = mode.get() == CompareMode.SWEEP ? settings.sweepTask() : settings.task();
        TrainingConfig c = config.get();
        List<ComparePlan> out = new ArrayList<>();
        for (CellKind cell : CompareJob.CELLS) {
            int h = sizing.get() == CompareSizing.SAME_BUDGET
                    ? Comparison.hiddenForBudget(cell, t.inputSize(), t.outputSize(), c.layers(), budget.get())
                    : c.hidden();
            ModelConfig shape = c.withCell(cell).withHidden(h).modelConfig(t);
            out.add(new ComparePlan(cell, h, shape.parameterCount(),
                    shape.textbookRecurrentParameterCount() + shape.headParameterCount()));
        }
        plan.set(List.copyOf(out));
        workload.set(workloadText());
    }

    // ---- what a start would run (also for tests) -------------------------------------------------------

    /** The task a single comparison would run now (in a sweep: the adding problem whose sizes every T uses). */
    public TrainingTask task() {
        return mode.get() == CompareMode.SWEEP ? settings.sweepTask() : settings.task();
    }

    /** The training settings a start would use now. */
    public TrainingConfig config() {
        return config.get();
    }

    /** The budget a start would pass to {@link Comparison}: 0 for the same hidden size. */
    public long budgetForRun() {
        return sizing.get() == CompareSizing.SAME_BUDGET ? budget.get() : 0;
    }

    // ---- running ---------------------------------------------------------------------------------------

    /** True from {@link #start()} until {@link #drain()} has published the job's last snapshot. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Which cell, epoch k of N, and the share done. */
    public ReadOnlyObjectProperty<CompareProgress> progressProperty() {
        return shown.progress.getReadOnlyProperty();
    }

    /** After a run: how it ended ("Done: 3 models in 1 min 21 s", "Cancelled after ...", a failure). */
    public ReadOnlyStringProperty statusProperty() {
        return shown.status.getReadOnlyProperty();
    }

    /** The results table: one row per cell (per length in a sweep), filled as cells finish. Read-only. */
    public ObservableList<CompareRow> rows() {
        return shown.rowsView;
    }

    /** The loss curves of the current (or last) comparison; in a sweep, of the length being trained. */
    public ReadOnlyObjectProperty<CompareCurves> curvesProperty() {
        return shown.curves.getReadOnlyProperty();
    }

    /** The sweep's final validation loss against T, per cell (empty outside a sweep). */
    public ReadOnlyObjectProperty<CompareSweep> sweepProperty() {
        return shown.sweep.getReadOnlyProperty();
    }

    /** The mode that produced the shown results; null before the first start. */
    public ReadOnlyObjectProperty<CompareMode> resultModeProperty() {
        return shown.mode.getReadOnlyProperty();
    }

    /** What the shown results are of, e.g. "Adding problem, T = 50" or "Adding problem, T = 10, 50, 100, 200". */
    public ReadOnlyStringProperty resultTitleProperty() {
        return shown.title.getReadOnlyProperty();
    }

    /** The engine's rows behind {@link #rows()} (for export and tests). */
    public List<ComparisonRow> results() {
        return shown.engineRows();
    }

    /**
     * Starts the comparison (or the sweep) of the current settings on the worker. Refused, with a message in
     * {@link #problemProperty()}, while one runs or when the sweep's lengths are invalid.
     *
     * @return true when it started
     */
    public boolean start() {
        if (running.get()) {
            return refuse("a comparison is already running: cancel it first");
        }
        boolean sweepMode = mode.get() == CompareMode.SWEEP;
        if (sweepMode && !lengthsProblem.get().isEmpty()) {
            return refuse("fix the lengths first: " + lengthsProblem.get());
        }
        CompareJob next;
        try {
            next = new CompareJob(task(), sweepMode ? lengths.get() : List.of(), config.get(), budgetForRun());
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        accept();
        job = next;
        shown.reset(mode.get(), task().title() + ", T = " + (sweepMode ? CompareLengths.format(lengths.get())
                : String.valueOf(task().length())));
        running.set(true);
        shown.publish(next.take(), next);
        try {
            worker.execute(next);
        } catch (RejectedExecutionException e) {
            job = null;
            running.set(false);
            shown.status.set("Could not start: the worker has shut down.");
            return false;
        }
        return true;
    }

    /** Asks the running job to stop before its next batch; the rows finished so far stay. Any thread. */
    public void cancel() {
        CompareJob j = job;
        if (j != null) {
            j.cancel();
        }
    }

    /**
     * Publishes the running job's latest snapshot to the properties, if there is a new one. Called once per
     * frame by the view (by tests after the synchronous worker returns); cheap when nothing changed.
     */
    public void drain() {
        CompareJob j = job;
        if (j == null) {
            return;
        }
        CompareJob.Snapshot s = j.take();
        if (s == null) {
            return;
        }
        shown.publish(s, j);
        if (s.finished()) {
            job = null;
            running.set(false);
        }
    }

    // ---- export ----------------------------------------------------------------------------------------

    /** What the last export did ("Saved 3 rows to ...", or why it failed); empty before any. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return shown.exportMessage.getReadOnlyProperty();
    }

    /** True when the last export failed. */
    public ReadOnlyBooleanProperty exportFailedProperty() {
        return shown.exportFailed.getReadOnlyProperty();
    }

    /** A file name for the save dialog, e.g. {@code compare-adding-T50.csv} or {@code sweep-adding.csv}. */
    public String suggestedFileName() {
        CompareMode m = shown.mode.get() == null ? mode.get() : shown.mode.get();
        return m == CompareMode.SWEEP ? "sweep-adding.csv"
                : "compare-" + settings.task().id() + "-T" + settings.task().length() + ".csv";
    }

    /**
     * Writes the table's rows to {@code file} as CSV, atomically ({@link ComparisonCsv}). A failure leaves any
     * existing file as it was and says why in {@link #exportMessageProperty()}.
     *
     * @return true when the file was written
     */
    public boolean exportCsv(Path file) {
        return shown.exportCsv(file);
    }

    /** Each cell's plan as a map, for lookups. */
    public Map<CellKind, ComparePlan> planByCell() {
        Map<CellKind, ComparePlan> m = new EnumMap<>(CellKind.class);
        for (ComparePlan p : plan.get()) {
            m.put(p.cell(), p);
        }
        return m;
    }
}
