package org.gatelab.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.Trainer;
import org.gatelab.tasks.Batch;
import org.gatelab.tasks.Predictions;
import org.gatelab.tasks.Seeds;
import org.gatelab.tasks.SequenceSet;
import org.gatelab.tasks.TaskData;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.RunStatus;

/**
 * Trains a fresh model on a task's data, epoch by epoch. Each epoch visits the training set in an order
 * shuffled from the seed, in mini-batches of the configured size (a last partial batch is dropped, unless the
 * set is smaller than one batch), then measures the validation set. Everything is deterministic: the same
 * data and config give the same numbers, bit for bit.
 *
 * <p>Driven from one thread ({@link #run()} or {@link #nextEpoch()}); {@link #cancel()}, {@link #status()},
 * {@link #reports()} and {@link #lastGoodModel()} may be called from any thread. Cancellation takes effect
 * between two batches. If a loss or gradient stops being finite, or the training loss grows beyond
 * {@link #BLOW_UP} times its reference (the larger of the first batch's loss and the constant baseline: with
 * clipping or Adam, a far too large learning rate makes the parameters grow step by step without ever
 * overflowing), the run stops with status {@link RunStatus#DIVERGED}, a message naming the gradient norm and
 * the clipping, and the model is put back to the last good parameters (the end of the last finished epoch, or
 * the initial ones).
 */
public final class TrainingRun {
    /** A training loss this many times the reference loss counts as divergence. */
    public static final double BLOW_UP = 1e4;

    private static final TrainingListener SILENT = new TrainingListener() {
    };

    private final TaskData data;
    private final TrainingConfig config;
    private final TrainingListener listener;
    private final Model model;
    private final Trainer trainer;
    private final SequenceRunner evaluator = new SequenceRunner();
    private final Random shuffle;
    private final int[] order;

    private volatile boolean cancelRequested;
    private volatile RunStatus status = RunStatus.READY;
    private volatile String message = "";
    private volatile Model lastGood;
    private volatile List<EpochReport> reports = List.of();
    private double referenceLoss = Double.NaN;

    public TrainingRun(TaskData data, TrainingConfig config) {
        this(data, config, SILENT);
    }

    public TrainingRun(TaskData data, TrainingConfig config, TrainingListener listener) {
        this(data, config, listener, 1);
    }

    /**
     * @param threads threads for each training step: 2 on a 2-core machine while the learner watches the curves,
     *                1 to leave a core to a view that animates; the numbers are the same bit for bit either way
     */
    public TrainingRun(TaskData data, TrainingConfig config, TrainingListener listener, int threads) {
        this.data = Objects.requireNonNull(data, "task data");
        this.config = Objects.requireNonNull(config, "training config");
        this.listener = listener == null ? SILENT : listener;
        this.model = Initializer.create(config.modelConfig(data.task()), config.initSpec(data.task()));
        this.trainer = new Trainer(model, config.createOptimizer(), config.clipNorm(), threads);
        this.shuffle = Seeds.stream(config.seed(), Seeds.SHUFFLE);
        this.order = new int[data.train().size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.lastGood = model.copy();
    }

    public TaskData data() {
        return data;
    }

    public TrainingConfig config() {
        return config;
    }

    public ModelConfig modelConfig() {
        return model.config();
    }

    /** Parameters, PyTorch's count plus the head. */
    public long parameterCount() {
        return model.config().parameterCount();
    }

    public RunStatus status() {
        return status;
    }

    /** Why the run stopped (empty while it runs). */
    public String message() {
        return message;
    }

    /** The reports of the finished epochs, in order (an immutable snapshot). */
    public List<EpochReport> reports() {
        return reports;
    }

    /** Asks the run to stop before its next batch. Safe from any thread. */
    public void cancel() {
        cancelRequested = true;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /**
     * A copy of the parameters to keep: those at the end of the last finished epoch (the initial ones before
     * that), the current ones after a cancellation, never non-finite ones.
     */
    public Model lastGoodModel() {
        return lastGood.copy();
    }

    /** The last good model's predictions on {@code set} (safe from any thread). */
    public Predictions predict(SequenceSet set) {
        return Evaluation.predict(lastGood, set);
    }

    /** Runs the remaining epochs on the calling thread and returns how it ended. */
    public TrainingResult run() {
        while (nextEpoch() != null) {
            // each epoch reports to the listener
        }
        return result();
    }

    /** How the run stands now. */
    public TrainingResult result() {
        return new TrainingResult(status, message, reports, model.config(), parameterCount(),
                data.baselineValLoss(), data.naiveValLoss());
    }

    /** Runs one epoch; returns its report, or null when the run is (or just became) finished. */
    public EpochReport nextEpoch() {
        if (status.isFinished()) {
            return null;
        }
        int epoch = reports.size() + 1;
        if (epoch > config.epochs()) {
            finish(RunStatus.COMPLETED, String.format(Locale.ROOT, "completed %d epochs", config.epochs()));
            return null;
        }
        status = RunStatus.RUNNING;
        long start = System.nanoTime();
        shuffle();
        int size = order.length;
        int batch = Math.min(config.batchSize(), size);
        int batches = size / batch;
        double lossSum = 0;
        double normSum = 0;
        double normMax = 0;
        int clipped = 0;
        for (int k = 0; k < batches; k++) {
            if (cancelRequested) {
                lastGood = model.copy();
                finish(RunStatus.CANCELLED, String.format(Locale.ROOT, "stopped in epoch %d after %d of %d batches; "
                        + "the current parameters are kept", epoch, k, batches));
                return null;
            }
            Batch b = data.train().batch(order, k * batch, batch);
            Trainer.StepResult r = trainer.step(b.input(), b.targets());
            if (Double.isNaN(referenceLoss) && Double.isFinite(r.loss())) {
                double baseline = data.baselineValLoss();
                referenceLoss = Double.isFinite(baseline) ? Math.max(baseline, r.loss()) : r.loss();
            }
            if (r.diverged() || r.loss() > BLOW_UP * referenceLoss) {
                diverged(epoch, k + 1, batches, r);
                return null;
            }
            lossSum += r.loss();
            normSum += r.gradNorm();
            normMax = Math.max(normMax, r.gradNorm());
            clipped += r.clipped() ? 1 : 0;
            listener.batchDone(epoch, k + 1, batches, r.loss());
        }
        Predictions val = Evaluation.predict(evaluator, model, data.validation());
        double valLoss = data.validation().loss(val);
        if (!Double.isFinite(valLoss)) {
            lastGood.copyInto(model);
            finish(RunStatus.DIVERGED, String.format(Locale.ROOT, "diverged in epoch %d: the validation loss became "
                    + "%s (largest gradient norm this epoch %s). %s %s", epoch, describe(valLoss), format(normMax),
                    advice(), kept(epoch)));
            return null;
        }
        double accuracy = data.validation().accuracy(val);
        Map<String, Double> extras = data.extras().evaluate(data.extras().needsTrainPredictions()
                ? Evaluation.predict(evaluator, model, data.train()) : null, val);
        double seconds = (System.nanoTime() - start) / 1e9;
        EpochReport report = new EpochReport(epoch, lossSum / batches, valLoss, accuracy, normSum / batches, normMax,
                (double) clipped / batches, seconds, extras);
        List<EpochReport> next = new ArrayList<>(reports);
        next.add(report);
        reports = List.copyOf(next);
        lastGood = model.copy();
        listener.epochDone(report);
        if (epoch == config.epochs()) {
            finish(RunStatus.COMPLETED, String.format(Locale.ROOT, "completed %d epochs", epoch));
        }
        return report;
    }

    private void shuffle() {
        // Fisher-Yates, continuing one stream across epochs
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private void diverged(int epoch, int batch, int batches, Trainer.StepResult r) {
        String what;
        if (Double.isFinite(r.loss()) && r.loss() > BLOW_UP * referenceLoss) {
            what = String.format(Locale.ROOT, "the training loss grew to %s, over %,.0f times its starting value %s",
                    format(r.loss()), BLOW_UP, format(referenceLoss));
        } else if (!Double.isFinite(r.loss())) {
            what = "the training loss became " + describe(r.loss());
        } else if (!Double.isFinite(r.gradNorm())) {
            what = "the gradient norm became " + describe(r.gradNorm());
        } else {
            what = "the update made parameters infinite";
        }
        lastGood.copyInto(model);
        finish(RunStatus.DIVERGED, String.format(Locale.ROOT, "diverged in epoch %d, batch %d of %d: %s (global "
                        + "gradient norm %s before clipping, clipping %s). %s %s", epoch, batch, batches, what,
                format(r.gradNorm()), config.clipNorm() == 0 ? "off" : "at " + format(config.clipNorm()), advice(),
                kept(epoch)));
    }

    private String advice() {
        return "Lower the learning rate (now " + NumberText.plain(config.learningRate()) + ")"
                + (config.clipNorm() == 0 ? " or turn on gradient clipping (e.g. clip norm 1)."
                : " or clip harder (a smaller clip norm).");
    }

    private static String kept(int epoch) {
        return epoch == 1 ? "The initial parameters are kept." : "The parameters from the end of epoch " + (epoch - 1)
                + " are kept.";
    }

    private static String describe(double v) {
        return Double.isNaN(v) ? "NaN" : Double.isInfinite(v) ? "infinite" : format(v);
    }

    private static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : describe(v);
    }

    private void finish(RunStatus s, String why) {
        message = why;
        status = s;
        listener.finished(result());
    }
}
