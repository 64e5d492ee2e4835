package org.gatelab.viewmodel.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.gatelab.tasks.Predictions;
import org.gatelab.tasks.TaskData;
import org.gatelab.training.EpochReport;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingListener;
import org.gatelab.training.TrainingRun;
import org.gatelab.vocabulary.RunStatus;

/**
 * One training run driven from a worker thread, with a gate for pausing. The worker runs epochs while the mode
 * is RUN, one more epoch for STEP, and stops at the next batch boundary when the mode turns to PAUSE (it waits
 * there, inside the run's batch callback, until resumed; paused at an epoch boundary, its pass simply ends and
 * a later request submits a new one). Reset stops it for good between two batches.
 *
 * <p>The worker only records: each batch bumps a version number and appends its loss; each epoch keeps the
 * predictions of the model after it. The FX thread asks {@link #poll()} for a snapshot at most once per frame,
 * and gets one only when something changed. Pausing never changes the numbers: the same config gives the same
 * epochs, however often the run was paused.
 */
final class TrainingJob implements Runnable {
    enum Mode { RUN, STEP, PAUSE }

    /**
     * Threads for each training step while the learner watches the curves: two on a two-core machine. The
     * numbers are the same bit for bit whatever the count ({@link TrainingRun}).
     */
    static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final TaskData data;
    private final TrainingConfig config;
    private final TrainingRun run;
    private final BatchLosses losses = new BatchLosses();
    private final Object lock = new Object();
    private final AtomicLong version = new AtomicLong(1);
    private Mode mode = Mode.PAUSE;
    private boolean active;
    private boolean stopped;
    private boolean waiting;
    private volatile int batch;
    private volatile int batches;
    private volatile int batchEpoch;
    private volatile ValidationPredictions predictions;
    private volatile Throwable failure;
    private volatile Runnable afterBatch = () -> { };

    // FX thread only
    private long polled;
    private List<EpochPoint> points = List.of();

    TrainingJob(TaskData data, TrainingConfig config) {
        this.data = data;
        this.config = config;
        this.run = new TrainingRun(data, config, new TrainingListener() {
            @Override
            public void batchDone(int epoch, int b, int bs, double loss) {
                batchEpoch = epoch;
                batches = bs;
                batch = b;
                // x = epoch - 1 + b / B: the batch's place on the epoch axis
                losses.add(epoch - 1 + (double) b / bs, loss);
                version.incrementAndGet();
                afterBatch.run();
                awaitPermission();
            }
        }, THREADS);
    }

    /** Runs {@code hook} on the training thread after each batch, before the pause gate (tests pause there). */
    void afterBatch(Runnable hook) {
        afterBatch = hook;
    }

    TaskData data() {
        return data;
    }

    TrainingConfig config() {
        return config;
    }

    TrainingRun trainingRun() {
        return run;
    }

    /**
     * Lets the worker run on ({@link Mode#RUN}) or for one more epoch ({@link Mode#STEP}).
     *
     * @return true when no worker pass is under way, so the caller must submit this job to the worker
     */
    boolean request(Mode m) {
        synchronized (lock) {
            if (stopped || failure != null || run.status().isFinished()) {
                return false;
            }
            mode = m;
            version.incrementAndGet();
            if (active) {
                lock.notifyAll();
                return false;
            }
            active = true;
            return true;
        }
    }

    /** Stops the worker at the next batch boundary (it waits there) or epoch boundary. */
    void pause() {
        synchronized (lock) {
            if (!stopped && mode != Mode.PAUSE) {
                mode = Mode.PAUSE;
                version.incrementAndGet();
            }
        }
    }

    /** Ends the run for good between two batches. Safe from any thread. */
    void stop() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
        run.cancel();
    }

    /** The worker could not be given the job: record it as a failure. */
    void rejected(RuntimeException e) {
        synchronized (lock) {
            active = false;
        }
        failure = e;
        version.incrementAndGet();
    }

    private void awaitPermission() {
        synchronized (lock) {
            while (mode == Mode.PAUSE && !stopped) {
                waiting = true;
                version.incrementAndGet();
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                    run.cancel();
                }
            }
            waiting = false;
        }
    }

    /** One worker pass: epochs until paused, stopped or finished. */
    @Override
    public void run() {
        try {
            if (predictions == null) {
                // the initial weights' predictions, so the plot shows the untrained model at once
                predictions = summarize(0);
                version.incrementAndGet();
            }
            while (true) {
                synchronized (lock) {
                    if (stopped || mode == Mode.PAUSE || run.status().isFinished()) {
                        active = false;
                        return;
                    }
                }
                EpochReport report = run.nextEpoch();
                if (report != null) {
                    predictions = summarize(report.epoch());
                }
                synchronized (lock) {
                    batch = 0;
                    if (mode == Mode.STEP) {
                        mode = Mode.PAUSE;
                    }
                }
                version.incrementAndGet();
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            failure = e;
            synchronized (lock) {
                active = false;
            }
        } finally {
            version.incrementAndGet();
        }
    }

    /** The last good model's predictions on the validation set. */
    private ValidationPredictions summarize(int epoch) {
        Predictions val = run.predict(data.validation());
        Predictions train = PredictionSummaries.needsTrainPredictions(data) ? run.predict(data.train()) : null;
        return PredictionSummaries.of(data, val, train, epoch);
    }

    /** Where the run stands. */
    TrainingState state() {
        if (failure != null) {
            return TrainingState.FAILED;
        }
        RunStatus status = run.status();
        if (status == RunStatus.COMPLETED) {
            return TrainingState.COMPLETED;
        }
        if (status == RunStatus.DIVERGED) {
            return TrainingState.DIVERGED;
        }
        synchronized (lock) {
            if (!active) {
                return TrainingState.PAUSED; // the pass ended at an epoch boundary
            }
            // asked to pause: paused once the worker waits between two batches
            return mode != Mode.PAUSE ? TrainingState.RUNNING : waiting ? TrainingState.PAUSED : TrainingState.PAUSING;
        }
    }

    Throwable failure() {
        return failure;
    }

    /** A snapshot if anything changed since the last poll, else null. FX thread. */
    TrainingSnapshot poll() {
        long v = version.get();
        if (v == polled) {
            return null;
        }
        polled = v;
        return snapshot();
    }

    /** The run as it stands now. FX thread. */
    TrainingSnapshot snapshot() {
        TrainingState state = state();
        List<EpochReport> reports = run.reports();
        if (points.size() != reports.size()) {
            List<EpochPoint> next = new ArrayList<>(points);
            for (int i = points.size(); i < reports.size(); i++) {
                next.add(EpochPoint.of(reports.get(i)));
            }
            points = List.copyOf(next);
        }
        int done = points.size();
        int b = batchEpoch == done + 1 ? batch : 0;
        double[][] curve = losses.copy();
        DivergenceNote note = state == TrainingState.DIVERGED
                ? TrainingMessages.divergence(run.message(), config, points) : null;
        return new TrainingSnapshot(state, done, config.epochs(), b, batches, points, curve[0], curve[1],
                predictions, config.cell(), TrainingMessages.modelLabel(run.modelConfig(), run.parameterCount()),
                data.baselineValLoss(), data.naiveValLoss(), data.chanceAccuracy(), config.clipNorm(),
                TrainingMessages.lossName(data.task().loss()),
                TrainingMessages.status(state, data, config, points, run.message(), failure), note);
    }
}
