package org.gatelab.viewmodel.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.Comparison;
import org.gatelab.training.ComparisonRow;
import org.gatelab.training.EpochReport;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.CellKind;

/**
 * One comparison (or sweep) on a worker thread. {@link #run()} drives {@link Comparison} and, after every
 * epoch and every finished cell, replaces the latest {@link Snapshot} in an {@link AtomicReference}; the FX
 * thread takes it with {@link #take()} at most once per frame. {@link #cancel()} is safe from any thread and
 * takes effect between two batches.
 */
final class CompareJob implements Runnable {
    /**
     * What the job has done so far. Immutable.
     *
     * @param progress  where it stands
     * @param rows      the finished cells' rows, in order
     * @param curves    the loss curves of the current task (length)
     * @param finished  true for the job's last snapshot
     * @param cancelled true when it stopped on request
     * @param error     why it failed, or empty
     * @param seconds   wall-clock time since the start
     */
    record Snapshot(CompareProgress progress, List<ComparisonRow> rows, CompareCurves curves, boolean finished,
                    boolean cancelled, String error, double seconds) {
    }

    static final List<CellKind> CELLS = List.of(CellKind.RNN, CellKind.LSTM, CellKind.GRU);

    private final TrainingTask task;
    private final List<Integer> lengths;
    private final TrainingConfig config;
    private final Comparison comparison;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final int runs;
    private final long start = System.nanoTime();

    // worker-side state: touched only by the thread that runs the job
    private final List<ComparisonRow> rows = new ArrayList<>();
    private CompareCurves curves = CompareCurves.EMPTY;
    private CellKind cell;
    private int run;
    private int lengthIndex;
    private int epoch;

    /**
     * @param task    the task (in a sweep: the adding problem whose sizes every length uses)
     * @param lengths the sweep's lengths, or an empty list for a single comparison
     * @param config  the shared training settings
     * @param budget  0 for the same hidden size, else the parameter budget
     */
    CompareJob(TrainingTask task, List<Integer> lengths, TrainingConfig config, long budget) {
        if (!lengths.isEmpty() && !(task instanceof AddingTask)) {
            throw new IllegalArgumentException("a length sweep runs the adding problem, not the " + task.id());
        }
        this.task = task;
        this.lengths = List.copyOf(lengths);
        this.config = config;
        this.runs = CELLS.size() * Math.max(1, lengths.size());
        this.comparison = new Comparison(config, budget, CELLS, new Listener());
        latest.set(snapshot("Generating the data…", false, false, ""));
    }

    /** The task (in a sweep: the adding problem whose sizes every length uses). */
    TrainingTask task() {
        return task;
    }

    /** The shared training settings. */
    TrainingConfig config() {
        return config;
    }

    boolean sweep() {
        return !lengths.isEmpty();
    }

    /** Asks the job to stop before its next batch (any thread). */
    void cancel() {
        comparison.cancel();
    }

    /** The latest snapshot not yet taken, or null (any thread). */
    Snapshot take() {
        return latest.getAndSet(null);
    }

    @Override
    public void run() {
        try {
            if (sweep()) {
                comparison.sweepAdding((AddingTask) task, lengths);
            } else {
                comparison.run(task);
            }
            boolean cancelled = comparison.isCancelled();
            latest.set(snapshot(cell == null ? "" : describe(), true, cancelled, ""));
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = e instanceof OutOfMemoryError ? "not enough memory: try fewer sequences or a smaller "
                    + "hidden size" : e.getMessage() == null ? e.toString() : e.getMessage();
            latest.set(snapshot(cell == null ? "" : describe(), true, false, why));
        }
    }

    private Snapshot snapshot(String text, boolean finished, boolean cancelled, String error) {
        double fraction = finished && !cancelled && error.isEmpty() ? 1
                : Math.min(1, (Math.max(0, run - 1) + (cell == null ? 0 : (double) epoch / config.epochs())) / runs);
        CompareProgress p = new CompareProgress(text, fraction, cell, epoch, config.epochs(), run, runs,
                curves.length());
        return new Snapshot(p, List.copyOf(rows), curves, finished, cancelled, error,
                (System.nanoTime() - start) / 1e9);
    }

    /** "T = 100 (3 of 4) · LSTM (2 of 3) · epoch 5 of 8": the epoch being trained, counted from 1. */
    private String describe() {
        int cellIndex = (run - 1) % CELLS.size() + 1;
        String where = sweep() ? String.format(Locale.ROOT, "T = %d (%d of %d) · ", curves.length(), lengthIndex,
                lengths.size()) : "";
        return String.format(Locale.ROOT, "%s%s (%d of %d) · epoch %d of %d", where, cell.name(), cellIndex,
                CELLS.size(), Math.min(epoch + 1, config.epochs()), config.epochs());
    }

    private final class Listener implements Comparison.Listener {
        @Override
        public void started(TrainingTask t, CellKind c, int hidden, long parameters) {
            if (curves.length() != t.length() || run == 0) {
                // a new task (a new length in a sweep): fresh curves, with the same data's constant baseline
                curves = CompareCurves.start(t.length(), t.generate(config.seed()).baselineValLoss());
                lengthIndex++;
            }
            cell = c;
            run++;
            epoch = 0;
            latest.set(snapshot(describe(), false, false, ""));
        }

        @Override
        public void epochDone(TrainingTask t, CellKind c, EpochReport report) {
            epoch = report.epoch();
            curves = curves.plus(c, report.trainLoss(), report.valLoss());
            latest.set(snapshot(describe(), false, false, ""));
        }

        @Override
        public void rowDone(ComparisonRow row) {
            rows.add(row);
            latest.set(snapshot(describe(), false, false, ""));
        }
    }
}
