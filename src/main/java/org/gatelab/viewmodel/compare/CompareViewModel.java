package org.gatelab.viewmodel.compare;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.Comparison;
import org.gatelab.training.ComparisonRow;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * The comparison lab: trains the RNN, the LSTM and the GRU on the same task, data and seed, at the same hidden
 * size or the same parameter budget, or (sweep) on the adding problem at several lengths T; then shows a table,
 * the loss curves and, for a sweep, the final validation loss against T.
 *
 * <p>Settings change only through this model's methods, which {@link CompareSetup} checks, saying what is wrong
 * in {@link #problemProperty()} (the previous value is kept). {@link #start()} runs the job on the worker
 * {@link Executor}; the job keeps its latest snapshot in an atomic reference, and the view's animation timer
 * calls {@link #drain()} at most once per frame to publish it. Tests pass {@code Runnable::run} as the worker
 * and call {@code drain()} themselves, so everything is synchronous and deterministic.
 *
 * <p>Threading: every method except {@link #cancel()} belongs to the FX thread (or the test's thread).
 */
public final class CompareViewModel {
    private final Executor worker;
    private final CompareSetup setup = new CompareSetup();

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final CompareResults shown = new CompareResults();
    private volatile CompareJob job;

    /** A model whose jobs run on {@code worker}, the app's comparison pool ({@code Runnable::run} in tests). */
    public CompareViewModel(Executor worker) {
        this.worker = worker;
    }

    // ---- settings: what views read ---------------------------------------------------------------------

    /** Single comparison or length sweep. */
    public ReadOnlyObjectProperty<CompareMode> modeProperty() {
        return setup.mode.getReadOnlyProperty();
    }

    /** Same hidden size or same parameter budget. */
    public ReadOnlyObjectProperty<CompareSizing> sizingProperty() {
        return setup.sizing.getReadOnlyProperty();
    }

    /** The chosen task (a sweep always runs the adding problem, whatever is chosen here). */
    public ReadOnlyObjectProperty<TaskKind> taskKindProperty() {
        return setup.taskKind.getReadOnlyProperty();
    }

    /** The task form's fields for the current mode: the chosen task's settings, or the sweep's sizes. */
    public ReadOnlyObjectProperty<List<CompareTaskField>> taskFieldsProperty() {
        return setup.taskFields.getReadOnlyProperty();
    }

    /** E.g. "Adding problem". */
    public ReadOnlyStringProperty taskTitleProperty() {
        return setup.taskTitle.getReadOnlyProperty();
    }

    /** The task's paragraph: what it is, what to expect and why. */
    public ReadOnlyStringProperty taskExplanationProperty() {
        return setup.taskExplanation.getReadOnlyProperty();
    }

    /** The settings in one line, e.g. "adding problem, T = 50, 4000 training / 500 validation sequences". */
    public ReadOnlyStringProperty taskDescriptionProperty() {
        return setup.taskDescription.getReadOnlyProperty();
    }

    /** The training settings of the current mode (a sweep's epochs are its own). */
    public ReadOnlyObjectProperty<TrainingConfig> configProperty() {
        return setup.config.getReadOnlyProperty();
    }

    public int epochs() {
        return setup.config.get().epochs();
    }

    public double learningRate() {
        return setup.config.get().learningRate();
    }

    /** The shared hidden size (used in {@link CompareSizing#SAME_HIDDEN} mode). */
    public int hidden() {
        return setup.config.get().hidden();
    }

    public long seed() {
        return setup.config.get().seed();
    }

    /** Seeds a single comparison runs, from {@link #seed()} on (a sweep runs one). */
    public ReadOnlyIntegerProperty seedsProperty() {
        return setup.seeds.getReadOnlyProperty();
    }

    /** The initialization of the gated cells in the current mode (the RNN starts with PyTorch's either way). */
    public InitScheme init() {
        return setup.config.get().init();
    }


    /** The parameter budget (used in {@link CompareSizing#SAME_BUDGET} mode). */
    public ReadOnlyObjectProperty<Long> budgetProperty() {
        return setup.budget.getReadOnlyProperty();
    }

    /**
     * Each cell's hidden size and parameter counts for the current settings, RNN, LSTM, GRU: updated at once
     * when the sizing, the hidden size, the budget or the task changes.
     */
    public ReadOnlyObjectProperty<List<ComparePlan>> planProperty() {
        return setup.plan.getReadOnlyProperty();
    }

    /** The sweep's lengths as typed (kept even when invalid, so the user can fix them). */
    public ReadOnlyStringProperty lengthsTextProperty() {
        return setup.lengthsText.getReadOnlyProperty();
    }

    /** The sweep's last valid lengths, increasing. */
    public ReadOnlyObjectProperty<List<Integer>> lengthsProperty() {
        return setup.lengths.getReadOnlyProperty();
    }

    /** Why the typed lengths are refused; empty when they are fine. */
    public ReadOnlyStringProperty lengthsProblemProperty() {
        return setup.lengthsProblem.getReadOnlyProperty();
    }

    /** Why the last change or start was refused; empty if fine. */
    public ReadOnlyStringProperty problemProperty() {
        return setup.problem.getReadOnlyProperty();
    }

    /** One sentence for the form: what a run of the current mode will train, and how much. */
    public ReadOnlyStringProperty workloadProperty() {
        return setup.workload.getReadOnlyProperty();
    }

    /** Switches between a single comparison and a length sweep; each keeps its own epochs and task sizes. */
    public void setMode(CompareMode m) {
        setup.setMode(m);
    }

    public void setSizing(CompareSizing s) {
        setup.setSizing(s);
    }

    /** Chooses the task of a single comparison (with the settings it had last, or its defaults). */
    public boolean setTaskKind(TaskKind kind) {
        return setup.setTaskKind(kind);
    }

    /** Sets one of the task form's fields ({@link CompareTaskField#key()}). */
    public boolean setTaskField(String key, int value) {
        return setup.setTaskField(key, value);
    }

    public boolean setEpochs(int e) {
        return setup.setEpochs(e);
    }

    public boolean setLearningRate(double lr) {
        return setup.setLearningRate(lr);
    }

    /** The learning rate as typed, e.g. "0.01" or "1e-3". */
    public boolean setLearningRate(String text) {
        return setup.setLearningRate(text);
    }

    public boolean setHidden(int h) {
        return setup.setHidden(h);
    }

    public boolean setSeed(long s) {
        return setup.setSeed(s);
    }

    /** Runs a single comparison once per seed, from the seed on ({@link CompareChoices#SEEDS}). */
    public boolean setSeeds(int n) {
        return setup.setSeeds(n);
    }

    /** The gated cells' initialization ({@link CompareChoices#inits()}); the RNN keeps PyTorch's. */
    public boolean setInit(InitScheme scheme) {
        return setup.setInit(scheme);
    }

    /** Sets the parameter budget ({@link CompareChoices#BUDGET}); the plan shows each cell's hidden size at once. */
    public boolean setBudget(long b) {
        return setup.setBudget(b);
    }

    /** Sets the sweep's lengths from text such as "10, 50, 100, 200" (invalid text is kept, but refused). */
    public boolean setLengths(String text) {
        return setup.setLengths(text);
    }

    // ---- what a start would run (also for tests) -------------------------------------------------------

    /** The task a single comparison would run now (in a sweep: the adding problem whose sizes every T uses). */
    public TrainingTask task() {
        return setup.task();
    }

    /** The training settings a start would use now. */
    public TrainingConfig config() {
        return setup.config();
    }

    /** The budget a start would pass to {@link org.gatelab.training.Comparison}: 0 for the same hidden size. */
    public long budgetForRun() {
        return setup.budgetForRun();
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

    /** A comparison over several seeds, summed up per cell: mean and range of the final losses (else empty). */
    public ReadOnlyObjectProperty<CompareSpread> spreadProperty() {
        return shown.spread.getReadOnlyProperty();
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
            return setup.refuse("a comparison is already running: cancel it first");
        }
        boolean sweepMode = setup.mode.get() == CompareMode.SWEEP;
        if (sweepMode && !setup.lengthsProblem.get().isEmpty()) {
            return setup.refuse("fix the lengths first: " + setup.lengthsProblem.get());
        }
        CompareJob next;
        try {
            next = new CompareJob(setup.task(), sweepMode ? setup.lengths.get() : List.of(), setup.config.get(),
                    setup.budgetForRun(), sweepMode ? 1 : setup.seeds.get(), sweepMode ? CompareChoices.SWEEP_STOP_BELOW : 0);
        } catch (IllegalArgumentException e) {
            return setup.refuse(e.getMessage());
        }
        setup.accept();
        job = next;
        shown.reset(setup.mode.get(), setup.task().title() + ", T = " + (sweepMode
                ? CompareLengths.format(setup.lengths.get()) : String.valueOf(setup.task().length())));
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
        CompareMode m = shown.mode.get() == null ? setup.mode.get() : shown.mode.get();
        return m == CompareMode.SWEEP ? "sweep-adding.csv"
                : "compare-" + setup.settings.task().id() + "-T" + setup.settings.task().length() + ".csv";
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
        for (ComparePlan p : setup.plan.get()) {
            m.put(p.cell(), p);
        }
        return m;
    }
}
