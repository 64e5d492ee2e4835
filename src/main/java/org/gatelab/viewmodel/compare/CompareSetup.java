package org.gatelab.viewmodel.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gatelab.engine.ModelConfig;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.Comparison;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.TaskKind;

/**
 * The comparison lab's settings as the form shows them: the mode, the sizing, the task and its fields, the
 * training settings, the budget, the sweep's lengths, each cell's plan, and why the last change was refused. Every
 * change is checked here (by the task and config records' own checks); a refused one keeps the previous value and
 * says why in {@link #problem}. {@link CompareViewModel} publishes the properties.
 */
final class CompareSetup {
    /** What the sweep shows. It quotes no measured result: what a sweep finds depends on its settings. */
    static final String SWEEP_EXPLANATION = "The adding problem at several lengths T: at each length the "
            + "three cells train on the same data from the same seed, two at a time. A point below the dashed "
            + "constant-guess line means the cell learnt to carry a marked number across up to T steps; a point on "
            + "it means it learnt nothing a constant guess cannot, as when a cell's gradient fades before it reaches "
            + "the first marker. A cell stops as soon as its validation loss is below a tenth of the constant "
            + "guess's; the epochs column says when. The LSTM and the GRU start with chrono initialisation (Tallec "
            + "and Ollivier 2018): their forget-gate (GRU: update-gate) biases are drawn so that, from the first "
            + "step of training, some units keep their state for up to T steps. With PyTorch's default the forget "
            + "gate starts near 0.5, the cell state halves at every step, and at long T an LSTM can sit on the "
            + "baseline for many epochs (Jozefowicz et al. 2015 recommend a forget-gate bias of 1 for the same "
            + "reason). Switch the initialisation to PyTorch default to see it.";

    final CompareSettings settings = new CompareSettings();
    final ReadOnlyObjectWrapper<CompareMode> mode = new ReadOnlyObjectWrapper<>(this, "mode",
            CompareMode.SINGLE);
    final ReadOnlyObjectWrapper<CompareSizing> sizing = new ReadOnlyObjectWrapper<>(this, "sizing",
            CompareSizing.SAME_HIDDEN);
    final ReadOnlyObjectWrapper<TaskKind> taskKind = new ReadOnlyObjectWrapper<>(this, "taskKind");
    final ReadOnlyObjectWrapper<List<CompareTaskField>> taskFields =
            new ReadOnlyObjectWrapper<>(this, "taskFields", List.of());
    final ReadOnlyStringWrapper taskTitle = new ReadOnlyStringWrapper(this, "taskTitle", "");
    final ReadOnlyStringWrapper taskExplanation = new ReadOnlyStringWrapper(this, "taskExplanation", "");
    final ReadOnlyStringWrapper taskDescription = new ReadOnlyStringWrapper(this, "taskDescription", "");
    final ReadOnlyObjectWrapper<TrainingConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    final ReadOnlyObjectWrapper<Long> budget = new ReadOnlyObjectWrapper<>(this, "budget");
    final ReadOnlyObjectWrapper<List<ComparePlan>> plan = new ReadOnlyObjectWrapper<>(this, "plan",
            List.of());
    final ReadOnlyStringWrapper lengthsText = new ReadOnlyStringWrapper(this, "lengthsText",
            CompareLengths.format(CompareChoices.SWEEP_LENGTHS));
    final ReadOnlyObjectWrapper<List<Integer>> lengths = new ReadOnlyObjectWrapper<>(this, "lengths",
            CompareChoices.SWEEP_LENGTHS);
    final ReadOnlyStringWrapper lengthsProblem = new ReadOnlyStringWrapper(this, "lengthsProblem", "");
    final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    final ReadOnlyStringWrapper workload = new ReadOnlyStringWrapper(this, "workload", "");
    final ReadOnlyIntegerWrapper seeds = new ReadOnlyIntegerWrapper(this, "seeds", 1);

    CompareSetup() {
        config.set(settings.config());
        budget.set(settings.defaultBudget());
        showTask();
    }

    /** Switches between a single comparison and a length sweep; each keeps its own epochs and task sizes. */
    void setMode(CompareMode m) {
        if (m != null && m != mode.get()) {
            mode.set(m);
            showTask();
            problem.set("");
        }
    }

    void setSizing(CompareSizing s) {
        if (s != null && s != sizing.get()) {
            sizing.set(s);
            showPlan();
        }
    }

    /** Chooses the task of a single comparison (with the settings it had last, or its defaults). */
    boolean setTaskKind(TaskKind kind) {
        if (!CompareTasks.KINDS.contains(kind)) {
            return refuse("the comparison lab offers " + CompareTasks.KINDS.stream().map(TaskKind::id).toList()
                    + ", not " + kind);
        }
        settings.chooseTask(kind);
        showTask();
        return accept();
    }

    /** Sets one of the task form's fields ({@link CompareTaskField#key()}); refused with a message if invalid. */
    boolean setTaskField(String key, int value) {
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

    boolean setEpochs(int e) {
        return changeConfig(c -> c.withEpochs(e));
    }

    boolean setLearningRate(double lr) {
        return changeConfig(c -> c.withLearningRate(lr));
    }

    /** The learning rate as typed, e.g. "0.01" or "1e-3"; refused with a message if it is not a number. */
    boolean setLearningRate(String text) {
        String t = text == null ? "" : text.trim();
        double lr;
        try {
            lr = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return refuse("the learning rate \"" + t + "\" is not a number (e.g. 0.01 or 1e-3)");
        }
        return setLearningRate(lr);
    }

    boolean setHidden(int h) {
        return changeConfig(c -> c.withHidden(h));
    }

    boolean setSeed(long s) {
        if (s < 0) {
            return refuse("the seed must be 0 or positive, got " + s);
        }
        return changeConfig(c -> c.withSeed(s));
    }

    /** Runs a single comparison once per seed ({@link CompareViewModel#SEEDS}). */
    boolean setSeeds(int n) {
        try {
            settings.setSeeds(n);
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        seeds.set(n);
        workload.set(workloadText());
        return accept();
    }

    /** The gated cells' initialization in the current mode ({@link CompareViewModel#inits()}). */
    boolean setInit(InitScheme scheme) {
        if (!CompareChoices.inits().contains(scheme)) {
            return refuse("the comparison offers " + CompareChoices.inits().stream().map(InitScheme::id).toList()
                    + " for the gated cells, not " + scheme);
        }
        return changeConfig(c -> c.withInit(scheme, c.gateBias()));
    }

    /** Sets the parameter budget (1 to {@link CompareViewModel#BUDGET}); the plan shows each cell's hidden size at once. */
    boolean setBudget(long b) {
        if (!CompareChoices.BUDGET.contains(b)) {
            return refuse(String.format(Locale.ROOT, "the parameter budget must be between %,d and %,d, got %,d",
                    CompareChoices.BUDGET.minInt(), CompareChoices.BUDGET.maxInt(), b));
        }
        budget.set(b);
        showPlan();
        return accept();
    }

    /**
     * Sets the sweep's lengths from text such as "10, 50, 100, 200". Invalid text is kept (so it can be fixed)
     * but refused: {@link #lengthsProblemProperty()} says why, and the last valid lengths stay.
     */
    boolean setLengths(String text) {
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

    boolean refuse(String why) {
        problem.set(why);
        return false;
    }

    boolean accept() {
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

    private String workloadText() {
        TrainingConfig c = config.get();
        String init = c.init() == InitScheme.PYTORCH_DEFAULT ? "" : " The LSTM and the GRU start with " + c.init().id()
                + " initialisation, the RNN with PyTorch's.";
        if (mode.get() == CompareMode.SWEEP) {
            int n = lengths.get().size();
            return String.format(Locale.ROOT, "The sweep trains 3 cells × %d length%s = %d models, two at a time, "
                    + "each for at most %d epoch%s on %,d sequences: a cell stops after the first epoch whose "
                    + "validation loss is at most %s times the constant guess's.%s", n, n == 1 ? "" : "s", 3 * n,
                    c.epochs(), c.epochs() == 1 ? "" : "s", settings.sweepTask().trainSize(),
                    NumberText.plain(CompareChoices.SWEEP_STOP_BELOW), init);
        }
        int s = seeds.get();
        if (s == 1) {
            return String.format(Locale.ROOT, "Trains 3 models, two at a time, each for %d epoch%s, on the same data "
                    + "and from the same seed (%d).%s", c.epochs(), c.epochs() == 1 ? "" : "s", c.seed(), init);
        }
        return String.format(Locale.ROOT, "Trains the 3 cells once for each of the seeds %d to %d (%d models, two at "
                + "a time), each for %d epoch%s; each seed draws its own data, initial weights and batch order.%s",
                c.seed(), c.seed() + s - 1, 3 * s, c.epochs(), c.epochs() == 1 ? "" : "s", init);
    }

    /** The task a single comparison would run now (in a sweep: the adding problem whose sizes every T uses). */
    TrainingTask task() {
        return mode.get() == CompareMode.SWEEP ? settings.sweepTask() : settings.task();
    }

    /** The training settings a start would use now. */
    TrainingConfig config() {
        return config.get();
    }

    /** The budget a start would pass to {@link Comparison}: 0 for the same hidden size. */
    long budgetForRun() {
        return sizing.get() == CompareSizing.SAME_BUDGET ? budget.get() : 0;
    }
}
