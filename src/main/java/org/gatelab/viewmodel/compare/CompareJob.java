package org.gatelab.viewmodel.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.Comparison;
import org.gatelab.training.ComparisonRow;
import org.gatelab.training.EpochReport;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.CellKind;

/**
 * One comparison (or sweep, or comparison over several seeds) on a worker thread. {@link #run()} drives one
 * {@link Comparison} per seed, each training {@link #THREADS} cells at once; after every epoch and every finished
 * cell the job replaces the latest {@link Snapshot} in an {@link AtomicReference}; the FX thread takes it with
 * {@link #take()} at most once per frame. {@link #cancel()} is safe from any thread and takes effect between two
 * batches.
 *
 * <p>The comparison's callbacks come from its worker threads, the cells' calls interleaved but never two at
 * once (the comparison serializes them), so the state below is kept per run (a cell at one length and seed)
 * and every snapshot is built from it under that serialization.
 */
final class CompareJob implements Runnable {
    /**
     * What the job has done so far. Immutable.
     *
     * @param progress  where it stands
     * @param rows      the finished runs' rows, by seed, length and cell
     * @param seeds     the seed of each row
     * @param curves    the loss curves shown: those of the longest length being trained (of the first seed)
     * @param finished  true for the job's last snapshot
     * @param cancelled true when it stopped on request
     * @param error     why it failed, or empty
     * @param seconds   wall-clock time since the start
     */
    record Snapshot(CompareProgress progress, List<ComparisonRow> rows, List<Long> seeds, CompareCurves curves,
                    boolean finished, boolean cancelled, String error, double seconds) {
    }

    static final List<CellKind> CELLS = List.of(CellKind.RNN, CellKind.LSTM, CellKind.GRU);
    /** Cells trained at once: two cores, each run's numbers the same bit for bit whatever the count. */
    static final int THREADS = 2;

    private final TrainingTask task;
    private final List<Integer> lengths;
    private final TrainingConfig config;
    private final long budget;
    private final double stopBelow;
    private final List<Long> seedList;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final int runs;
    private final long start = System.nanoTime();
    private volatile Comparison current;
    private volatile boolean cancelled;

    // worker-side state: changed only in the comparison's serialized callbacks (or before and after them)
    private final List<Done> done = new ArrayList<>();
    private final Map<Integer, CompareCurves> curves = new LinkedHashMap<>();
    private final Map<String, Integer> running = new LinkedHashMap<>();
    private long seed;

    /** A finished run: its row and its seed. */
    private record Done(ComparisonRow row, long seed) {
    }

    /**
     * @param task      the task (in a sweep: the adding problem whose sizes every length uses)
     * @param lengths   the sweep's lengths, or an empty list for a single comparison
     * @param config    the shared training settings (its seed is the first seed)
     * @param budget    0 for the same hidden size, else the parameter budget
     * @param seeds     how many seeds, from the config's on (1: one comparison)
     * @param stopBelow 0, or stop a cell after the first epoch at or below this fraction of the constant's loss
     */
    CompareJob(TrainingTask task, List<Integer> lengths, TrainingConfig config, long budget, int seeds,
               double stopBelow) {
        if (!lengths.isEmpty() && !(task instanceof AddingTask)) {
            throw new IllegalArgumentException("a length sweep runs the adding problem, not the " + task.id());
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("at least one seed, got " + seeds);
        }
        this.task = task;
        this.lengths = List.copyOf(lengths);
        this.config = config;
        this.budget = budget;
        this.stopBelow = stopBelow;
        List<Long> s = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            s.add(config.seed() + k);
        }
        this.seedList = List.copyOf(s);
        this.runs = CELLS.size() * Math.max(1, lengths.size()) * seeds;
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

    /** The seeds, in order. */
    List<Long> seeds() {
        return seedList;
    }

    /** Asks the job to stop before its next batch (any thread). */
    void cancel() {
        cancelled = true;
        Comparison c = current;
        if (c != null) {
            c.cancel();
        }
    }

    /** The latest snapshot not yet taken, or null (any thread). */
    Snapshot take() {
        return latest.getAndSet(null);
    }

    @Override
    public void run() {
        try {
            for (long s : seedList) {
                if (cancelled) {
                    break;
                }
                seed = s;
                Comparison c = new Comparison(config.withSeed(s), budget, CELLS, new Listener(), THREADS, stopBelow);
                current = c;
                if (cancelled) {
                    c.cancel();
                }
                if (sweep()) {
                    c.sweepAdding((AddingTask) task, lengths);
                } else {
                    c.run(task);
                }
            }
            latest.set(snapshot(describe(), true, cancelled, ""));
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = e instanceof OutOfMemoryError ? "not enough memory: try fewer sequences or a smaller "
                    + "hidden size" : e.getMessage() == null ? e.toString() : e.getMessage();
            latest.set(snapshot(describe(), true, false, why));
        }
    }

    private static String key(int length, CellKind cell) {
        return length + " " + cell.name();
    }

    private Snapshot snapshot(String text, boolean finished, boolean stopped, String error) {
        double partial = 0;
        for (int e : running.values()) {
            partial += (double) e / config.epochs();
        }
        double fraction = finished && !stopped && error.isEmpty() ? 1 : Math.min(1, (done.size() + partial) / runs);
        List<Done> sorted = new ArrayList<>(done);
        sorted.sort(Comparator.comparingLong(Done::seed).thenComparingInt(d -> d.row().length())
                .thenComparingInt(d -> CELLS.indexOf(d.row().cell())));
        CompareCurves shown = curves.isEmpty() ? CompareCurves.EMPTY : curves.get(shownLength());
        CompareProgress p = new CompareProgress(text, fraction, config.epochs(), done.size(), runs, shown.length());
        return new Snapshot(p, sorted.stream().map(Done::row).toList(), sorted.stream().map(Done::seed).toList(),
                shown, finished, stopped, error, (System.nanoTime() - start) / 1e9);
    }

    /** The length whose curves are shown: the longest one being trained, else the last one started. */
    private int shownLength() {
        int longest = -1;
        for (String k : running.keySet()) {
            longest = Math.max(longest, Integer.parseInt(k.substring(0, k.indexOf(' '))));
        }
        if (longest >= 0) {
            return longest;
        }
        int last = -1;
        for (int t : curves.keySet()) {
            last = t;
        }
        return last;
    }

    /**
     * "T = 100 · LSTM epoch 4, GRU epoch 2 (of at most 10) · 7 of 15 models done · seed 2 of 3": the cells being
     * trained, each at the epoch it is on (counted from 1), then the runs finished.
     */
    private String describe() {
        StringBuilder sb = new StringBuilder();
        Map<Integer, List<String>> byLength = new LinkedHashMap<>();
        running.forEach((k, epoch) -> {
            int t = Integer.parseInt(k.substring(0, k.indexOf(' ')));
            String cell = k.substring(k.indexOf(' ') + 1);
            byLength.computeIfAbsent(t, x -> new ArrayList<>()).add(cell + " epoch "
                    + Math.min(epoch + 1, config.epochs()));
        });
        byLength.forEach((t, cells) -> {
            sb.append(sb.isEmpty() ? "" : " · ");
            if (sweep()) {
                sb.append("T = ").append(t).append(": ");
            }
            sb.append(String.join(", ", cells));
        });
        if (!byLength.isEmpty()) {
            sb.append(String.format(Locale.ROOT, stopBelow > 0 ? " (of at most %d)" : " (of %d)", config.epochs()));
        }
        sb.append(sb.isEmpty() ? "" : " · ").append(String.format(Locale.ROOT, "%d of %d models done",
                done.size(), runs));
        if (seedList.size() > 1) {
            sb.append(String.format(Locale.ROOT, " · seed %d (%d of %d)", seed, seedList.indexOf(seed) + 1,
                    seedList.size()));
        }
        return sb.toString();
    }

    private final class Listener implements Comparison.Listener {
        @Override
        public void started(TrainingTask t, CellKind c, int hidden, long parameters) {
            if (seed == seedList.get(0) && !curves.containsKey(t.length())) {
                // a new length: fresh curves, with the same data's constant baseline
                curves.put(t.length(), CompareCurves.start(t.length(), t.generate(seed).baselineValLoss()));
            }
            running.put(key(t.length(), c), 0);
            latest.set(snapshot(describe(), false, false, ""));
        }

        @Override
        public void epochDone(TrainingTask t, CellKind c, EpochReport report) {
            running.put(key(t.length(), c), report.epoch());
            if (seed == seedList.get(0)) {
                curves.computeIfPresent(t.length(), (k, v) -> v.plus(c, report.trainLoss(), report.valLoss()));
            }
            latest.set(snapshot(describe(), false, false, ""));
        }

        @Override
        public void rowDone(ComparisonRow row) {
            running.remove(key(row.length(), row.cell()));
            done.add(new Done(row, seed));
            latest.set(snapshot(describe(), false, false, ""));
        }
    }
}
