package org.gatelab.viewmodel.compare;

import java.util.List;
import org.gatelab.tasks.AddingTask;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * What the comparison lab offers and starts from: the tasks, budgets, seeds and initializations it takes, and what
 * the length sweep runs unless the user changes it (the adding problem at five lengths, 4,000 training sequences,
 * at most 10 epochs per cell, a cell stopping once it is below a tenth of the constant guess's loss, chrono
 * initialisation for the gated cells; BENCHMARKS.md records how long it takes).
 */
public final class CompareChoices {
    private CompareChoices() {
    }

    /** Seeds a single comparison can run, one after the other, to show the spread between runs. */
    public static final Range SEEDS = Range.of(1, 5);
    /** What the sweep's lengths field takes, for its tooltip. */
    public static final String LENGTHS_HELP = "Sequence lengths T, separated by commas (" + AddingTask.LENGTH.text()
            + ", at most " + CompareLengths.MAX_COUNT + ")";
    /** The parameter budgets the form accepts. */
    public static final Range BUDGET = Range.of(1, 5_000_000);

    /** The tasks the chooser offers, in order (every task except CSV, which needs a file). */
    public static List<TaskKind> taskKinds() {
        return CompareTasks.KINDS;
    }

    /** The menu title of a task kind, e.g. "Adding problem". */
    public static String titleOf(TaskKind kind) {
        return CompareTasks.defaults(kind).title();
    }

    /** The initializations the form offers the gated cells (the RNN always starts with PyTorch's). */
    public static List<InitScheme> inits() {
        return List.of(InitScheme.PYTORCH_DEFAULT, InitScheme.CHRONO);
    }

    /** The sweep's default lengths. */
    public static final List<Integer> SWEEP_LENGTHS = List.of(10, 25, 50, 100, 200);
    /** Most epochs per run in a sweep (a cell stops sooner once it passes {@link #SWEEP_STOP_BELOW}). */
    public static final int SWEEP_EPOCHS = 10;
    /** Training sequences per length in a sweep. */
    public static final int SWEEP_TRAIN_SIZE = 4000;
    /** Validation sequences per length in a sweep. */
    public static final int SWEEP_VALIDATION_SIZE = 500;
    /** A sweep's cell stops after the first epoch whose validation loss is at most this share of the constant's. */
    public static final double SWEEP_STOP_BELOW = 0.1;
    /**
     * The sweep's initialization of the gated cells: chrono (Tallec and Ollivier 2018), whose forget-gate (GRU:
     * update-gate) biases make the units remember for up to T steps from the start; the RNN keeps PyTorch's.
     */
    public static final InitScheme SWEEP_INIT = InitScheme.CHRONO;
}
