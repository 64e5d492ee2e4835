package org.gatelab.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gatelab.engine.ModelConfig;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Ranges;

/**
 * Trains the RNN, the LSTM and the GRU on the same data with the same seed and settings, either at the same
 * hidden size or at (nearly) the same parameter budget, optionally for several lengths of the adding problem.
 * Runs on the calling thread; {@link #cancel()} stops it between two batches from any thread.
 */
public final class Comparison {
    /** Progress of a comparison; every method does nothing by default. */
    public interface Listener {
        /** Before each cell's run. */
        default void started(TrainingTask task, CellKind cell, int hidden, long parameters) {
        }

        /** After each epoch of each run. */
        default void epochDone(TrainingTask task, CellKind cell, EpochReport report) {
        }

        /** After each cell's run. */
        default void rowDone(ComparisonRow row) {
        }
    }

    private static final Listener SILENT = new Listener() {
    };

    private final TrainingConfig config;
    private final long budget;
    private final List<CellKind> cells;
    private final Listener listener;
    private volatile boolean cancelled;
    private volatile TrainingRun current;

    /**
     * @param config   settings shared by every run (its cell is replaced by each compared cell)
     * @param budget   0: every cell gets {@code config.hidden()}; otherwise each cell's hidden size is the one
     *                 whose parameter count is closest to this budget
     * @param cells    the cells to compare, in order
     */
    public Comparison(TrainingConfig config, long budget, List<CellKind> cells, Listener listener) {
        this.config = Objects.requireNonNull(config, "training config");
        if (budget < 0) {
            throw new IllegalArgumentException("parameter budget must be 0 (same hidden size) or positive, got "
                    + budget);
        }
        if (cells == null || cells.isEmpty()) {
            throw new IllegalArgumentException("choose at least one cell to compare");
        }
        this.budget = budget;
        this.cells = List.copyOf(cells);
        this.listener = listener == null ? SILENT : listener;
    }

    /** All three cells, RNN, LSTM, GRU. */
    public Comparison(TrainingConfig config, long budget, Listener listener) {
        this(config, budget, List.of(CellKind.RNN, CellKind.LSTM, CellKind.GRU), listener);
    }

    /** Stops the comparison before its next batch; the rows finished so far are returned. */
    public void cancel() {
        cancelled = true;
        TrainingRun run = current;
        if (run != null) {
            run.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Trains every cell on {@code task}'s data for the config's seed; one row per cell. */
    public List<ComparisonRow> run(TrainingTask task) {
        TaskData data = task.generate(config.seed());
        List<ComparisonRow> rows = new ArrayList<>();
        for (CellKind cell : cells) {
            if (cancelled) {
                break;
            }
            rows.add(runCell(data, cell));
        }
        return List.copyOf(rows);
    }

    /** {@link #run} for the adding problem at each of {@code lengths}; rows by length, then cell. */
    public List<ComparisonRow> sweepAdding(AddingTask base, List<Integer> lengths) {
        if (lengths.isEmpty()) {
            throw new IllegalArgumentException("give at least one sequence length");
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (int length : lengths) {
            AddingTask task = base.withLength(length);
            if (cancelled) {
                break;
            }
            rows.addAll(run(task));
        }
        return List.copyOf(rows);
    }

    private ComparisonRow runCell(TaskData data, CellKind cell) {
        TrainingTask task = data.task();
        TrainingConfig c = config.withCell(cell);
        if (budget > 0) {
            c = c.withHidden(hiddenForBudget(cell, task.inputSize(), task.outputSize(), c.layers(), budget));
        }
        TrainingRun run = new TrainingRun(data, c, new TrainingListener() {
            @Override
            public void epochDone(EpochReport report) {
                listener.epochDone(task, cell, report);
            }
        });
        current = run;
        if (cancelled) {
            run.cancel();
        }
        listener.started(task, cell, c.hidden(), run.parameterCount());
        TrainingResult result = run.run();
        current = null;
        EpochReport last = result.last();
        ComparisonRow row = new ComparisonRow(task.id(), task.length(), cell, c.hidden(), result.parameters(),
                last == null ? Double.NaN : last.trainLoss(), last == null ? Double.NaN : last.valLoss(),
                data.baselineValLoss(), last == null ? Double.NaN : last.accuracy(), result.secondsPerEpoch(),
                result.epochs().size(), result.status());
        listener.rowDone(row);
        return row;
    }

    /**
     * The hidden size ({@link Ranges#HIDDEN}) whose total parameter count
     * ({@link ModelConfig#parameterCount()}) is closest to {@code budget}; the smaller one on a tie.
     */
    public static int hiddenForBudget(CellKind cell, int inputSize, int outputSize, int layers, long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("parameter budget must be positive, got " + budget);
        }
        int best = 1;
        long bestGap = Long.MAX_VALUE;
        for (int h = 1; h <= Ranges.HIDDEN.maxInt(); h++) {
            long count = new ModelConfig(cell, null, inputSize, h, layers, outputSize).parameterCount();
            long gap = Math.abs(count - budget);
            if (gap < bestGap) {
                best = h;
                bestGap = gap;
            }
            if (count > budget) {
                break;
            }
        }
        return best;
    }

    /** The rows as CSV text with a header line (numbers with '.' decimals; empty cells for NaN). */
    public static String toCsv(List<ComparisonRow> rows) {
        StringBuilder sb = new StringBuilder("task,length,cell,hidden,parameters,train_loss,val_loss,"
                + "baseline_val_loss,accuracy,seconds_per_epoch,epochs,status\n");
        for (ComparisonRow r : rows) {
            sb.append(r.task()).append(',').append(r.length()).append(',').append(r.cell().id()).append(',')
                    .append(r.hidden()).append(',').append(r.parameters()).append(',')
                    .append(csv(r.trainLoss())).append(',').append(csv(r.valLoss())).append(',')
                    .append(csv(r.baselineValLoss())).append(',').append(csv(r.accuracy())).append(',')
                    .append(csv(r.secondsPerEpoch())).append(',').append(r.epochs()).append(',')
                    .append(r.status().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        return sb.toString();
    }

    private static String csv(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }
}
