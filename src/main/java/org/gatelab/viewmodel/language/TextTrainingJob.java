package org.gatelab.viewmodel.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextData;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.text.SampleSpec;
import org.gatelab.training.text.TextEpochReport;
import org.gatelab.training.text.TextTrainingListener;
import org.gatelab.training.text.TextTrainingRun;
import org.gatelab.vocabulary.RunStatus;

/**
 * One character-model run on a worker thread. The worker only records (each window's loss, each epoch's report)
 * and bumps a version; the FX thread asks {@link #poll()} for a snapshot at most once per frame and gets one only
 * when something changed.
 */
final class TextTrainingJob implements Runnable {
    private final TextData data;
    private final TrainingConfig config;
    private final TextTrainingRun run;
    private final AtomicLong version = new AtomicLong(1);
    private final Object lock = new Object();
    private final List<double[]> windows = new ArrayList<>();
    private volatile int window;
    private volatile int windowCount;
    private volatile boolean stopRequested;
    private volatile boolean done;
    private volatile Throwable failure;
    private long polled;

    TextTrainingJob(TextData data, TrainingConfig config, SampleSpec sampling, int threads) {
        this.data = data;
        this.config = config;
        this.run = new TextTrainingRun(data, config, sampling, new TextTrainingListener() {
            @Override
            public void windowDone(int epoch, int k, int count, double bpc) {
                synchronized (lock) {
                    windows.add(new double[] {epoch - 1 + (double) k / count, bpc});
                }
                window = k;
                windowCount = count;
                version.incrementAndGet();
            }

            @Override
            public void epochDone(TextEpochReport report) {
                window = 0;
                version.incrementAndGet();
            }
        }, threads);
        this.windowCount = run.windowsPerEpoch();
    }

    @Override
    public void run() {
        try {
            run.run();
        } catch (RuntimeException | OutOfMemoryError e) {
            failure = e;
        } finally {
            done = true;
            version.incrementAndGet();
        }
    }

    /** Stops the run after the current window; the model so far is kept. Safe from any thread. */
    void stop() {
        stopRequested = true;
        run.cancel();
        version.incrementAndGet();
    }

    boolean done() {
        return done;
    }

    /** The model to keep: the last good parameters, with the vocabulary. */
    CharModel model() {
        return run.lastGoodCharModel();
    }

    TextTrainingRun trainingRun() {
        return run;
    }

    /** A snapshot when something changed since the last poll, else null. FX thread. */
    TextTrainingSnapshot poll() {
        long v = version.get();
        if (v == polled) {
            return null;
        }
        polled = v;
        return snapshot();
    }

    TrainingPhase phase() {
        if (failure != null) {
            return TrainingPhase.FAILED;
        }
        if (!done) {
            return stopRequested ? TrainingPhase.STOPPING : TrainingPhase.RUNNING;
        }
        RunStatus s = run.status();
        return s == RunStatus.COMPLETED ? TrainingPhase.COMPLETED : s == RunStatus.DIVERGED ? TrainingPhase.DIVERGED
                : TrainingPhase.STOPPED;
    }

    TextTrainingSnapshot snapshot() {
        double[] wx;
        double[] wy;
        synchronized (lock) {
            wx = new double[windows.size()];
            wy = new double[windows.size()];
            for (int i = 0; i < wx.length; i++) {
                wx[i] = windows.get(i)[0];
                wy[i] = windows.get(i)[1];
            }
        }
        List<TextEpochReport> reports = run.reports();
        double[] train = reports.stream().mapToDouble(TextEpochReport::trainBpc).toArray();
        double[] held = reports.stream().mapToDouble(TextEpochReport::validationBpc).toArray();
        List<String> samples = reports.stream().map(TextEpochReport::sample).toList();
        TrainingPhase phase = phase();
        return new TextTrainingSnapshot(phase, reports.size(), config.epochs(), window, windowCount, wx, wy, train,
                held, data.baselines().unigram(), data.baselines().bigram(), samples, status(phase, reports));
    }

    private String status(TrainingPhase phase, List<TextEpochReport> reports) {
        TextEpochReport last = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        String figures = last == null ? "" : String.format(Locale.ROOT, "held-out %.3f bits per character after "
                + "epoch %d (unigram %.3f, bigram %.3f)", last.validationBpc(), last.epoch(), data.baselines()
                .unigram(), data.baselines().bigram());
        return switch (phase) {
            case RUNNING -> String.format(Locale.ROOT, "Training epoch %d of %d, window %d of %d. %s",
                    reports.size() + 1, config.epochs(), window, windowCount, figures);
            case STOPPING -> "Stopping after this window…";
            case COMPLETED -> "Done: " + figures + ".";
            case STOPPED -> "Stopped" + (last == null ? " before the first epoch ended; the model so far is kept."
                    : ": " + figures + "; the model so far is kept.");
            case DIVERGED -> run.message();
            case FAILED -> "Training failed: " + (failure instanceof OutOfMemoryError
                    ? "not enough memory; try fewer units or a smaller window" : String.valueOf(failure.getMessage()));
            case IDLE -> "";
        };
    }
}
