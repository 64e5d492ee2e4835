package org.gatelab.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gatelab.engine.ModelConfig;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.RunStatus;

/**
 * Trains the RNN, the LSTM and the GRU on the same data with the same seed and settings, either at the same
 * hidden size or at (nearly) the same parameter budget, optionally for several lengths of the adding problem.
 * Runs on the calling thread, or with {@code threads} above 1 trains that many cells at once on worker
 * threads (each run is deterministic on its own, so the rows are the same either way);
 * {@link #cancel()} stops it between two batches from any thread.
 */
public final class Comparison {
    /**
     * Progress of a comparison; every method does nothing by default. With several threads the calls come
     * from the worker threads, one at a time (never two at once), the cells' calls interleaved.
     */
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
    private final int threads;
    private final double stopBelow;
    private volatile boolean cancelled;
    private final Set<TrainingRun> running = ConcurrentHashMap.newKeySet();

    /**
     * @param config   settings shared by every run (its cell is replaced by each compared cell)
     * @param budget   0: every cell gets {@code config.hidden()}; otherwise each cell's hidden size is the one
     *                 whose parameter count is closest to this budget
     * @param cells    the cells to compare, in order
     */
    public Comparison(TrainingConfig config, long budget, List<CellKind> cells, Listener listener) {
        this(config, budget, cells, listener, 1, 0);
    }

    /**
     * @param threads   how many cells to train at once (1: one after another on the calling thread); three
     *                  cells on two cores finish in about the time of the slowest ones
     * @param stopBelow 0: every cell trains {@code config.epochs()} epochs; otherwise a cell stops after the
     *                  first epoch whose validation loss is at most this fraction of the best constant's (e.g.
     *                  0.1), and {@code config.epochs()} is its budget
     */
    public Comparison(TrainingConfig config, long budget, List<CellKind> cells, Listener listener, int threads,
                      double stopBelow) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (!(stopBelow >= 0 && stopBelow < 1)) {
            throw new IllegalArgumentException("the stopping fraction of the constant's loss must be in [0, 1), got "
                    + stopBelow);
        }
        this.threads = threads;
        this.stopBelow = stopBelow;
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
        this.listener = listener == null ? SILENT : serialized(listener);
    }

    /** Calls {@code l} one call at a time, whichever thread calls. */
    private static Listener serialized(Listener l) {
        return new Listener() {
            @Override
            public synchronized void started(TrainingTask task, CellKind cell, int hidden, long parameters) {
                l.started(task, cell, hidden, parameters);
            }

            @Override
            public synchronized void epochDone(TrainingTask task, CellKind cell, EpochReport report) {
                l.epochDone(task, cell, report);
            }

            @Override
            public synchronized void rowDone(ComparisonRow row) {
                l.rowDone(row);
            }
        };
    }

    /** All three cells, RNN, LSTM, GRU. */
    public Comparison(TrainingConfig config, long budget, Listener listener) {
        this(config, budget, List.of(CellKind.RNN, CellKind.LSTM, CellKind.GRU), listener);
    }

    /** Stops the comparison before its next batch; the rows finished so far are returned. */
    public void cancel() {
        cancelled = true;
        for (TrainingRun run : running) {
            run.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Trains every cell on {@code task}'s data for the config's seed; one row per cell. */
    public List<ComparisonRow> run(TrainingTask task) {
        return runAll(List.of(task));
    }

    /** {@link #run} for the adding problem at each of {@code lengths}; rows by length, then cell. */
    public List<ComparisonRow> sweepAdding(AddingTask base, List<Integer> lengths) {
        if (lengths.isEmpty()) {
            throw new IllegalArgumentException("give at least one sequence length");
        }
        List<TrainingTask> tasks = new ArrayList<>();
        for (int length : lengths) {
            tasks.add(base.withLength(length));
        }
        return runAll(tasks);
    }

    /** Every cell on every task, in that order; a task's data is generated once, when its first cell starts. */
    private List<ComparisonRow> runAll(List<TrainingTask> tasks) {
        Map<TrainingTask, TaskData> data = new ConcurrentHashMap<>();
        List<Callable<ComparisonRow>> jobs = new ArrayList<>();
        for (TrainingTask task : tasks) {
            for (CellKind cell : cells) {
                jobs.add(() -> cancelled ? null
                        : runCell(data.computeIfAbsent(task, t -> t.generate(config.seed())), cell));
            }
        }
        List<ComparisonRow> rows = new ArrayList<>();
        if (threads == 1 || jobs.size() == 1) {
            for (Callable<ComparisonRow> job : jobs) {
                addRow(rows, call(job));
            }
            return List.copyOf(rows);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread t = new Thread(r, "gatelab-comparison");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ComparisonRow>> futures = new ArrayList<>();
            for (Callable<ComparisonRow> job : jobs) {
                futures.add(pool.submit(job));
            }
            for (Future<ComparisonRow> f : futures) {
                addRow(rows, f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        } catch (ExecutionException e) {
            cancel();
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(rows);
    }

    private static void addRow(List<ComparisonRow> rows, ComparisonRow row) {
        if (row != null) {
            rows.add(row);
        }
    }

    private static ComparisonRow call(Callable<ComparisonRow> job) {
        try {
            return job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
        running.add(run);
        if (cancelled) {
            run.cancel();
        }
        listener.started(task, cell, c.hidden(), run.parameterCount());
        // epoch by epoch, until the budget runs out or (with a stopping fraction) the cell is good enough
        boolean good = false;
        try {
            EpochReport r;
            while (!good && (r = run.nextEpoch()) != null) {
                good = stopBelow > 0 && r.valLoss() <= stopBelow * data.baselineValLoss();
            }
        } finally {
            running.remove(run);
        }
        TrainingResult result = run.result();
        EpochReport last = result.last();
        ComparisonRow row = new ComparisonRow(task.id(), task.length(), cell, c.hidden(), result.parameters(),
                last == null ? Double.NaN : last.trainLoss(), last == null ? Double.NaN : last.valLoss(),
                data.baselineValLoss(), last == null ? Double.NaN : last.accuracy(), result.secondsPerEpoch(),
                result.epochs().size(), good ? RunStatus.COMPLETED : result.status());
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
