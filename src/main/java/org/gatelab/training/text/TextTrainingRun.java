package org.gatelab.training.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gatelab.engine.InitialState;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.Trainer;
import org.gatelab.tasks.Batch;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextData;
import org.gatelab.tasks.text.TextStreams;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingRun;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.RunStatus;

/**
 * Trains a fresh character model on a text with truncated BPTT. An epoch reads the training text as
 * {@code batch} parallel streams ({@link TextStreams}) window by window, in order: each window starts from the
 * state the window before ended in (zeros at the start of the epoch), the gradient flows back through the
 * window's T characters only, and one optimizer update follows each window. So the model carries what it read
 * across the whole text while each update costs T steps. After the epoch the held-out text is read the same way
 * (forward only) for its bits per character, and the model writes a sample. Everything is deterministic: the
 * same data, config and sample settings give the same numbers and text, bit for bit, on any thread count.
 *
 * <p>Driven from one thread ({@link #run()} or {@link #nextEpoch()}); {@link #cancel()}, {@link #status()},
 * {@link #reports()} and {@link #lastGoodModel()} are safe from any thread. A loss or gradient that stops being
 * finite, or a window loss {@link TrainingRun#BLOW_UP} times the reference (the larger of the first window's loss
 * and the unigram baseline, in nats), stops the run with status {@link RunStatus#DIVERGED} and the last good
 * parameters (those of the last finished epoch, or the initial ones) put back.
 */
public final class TextTrainingRun {
    private static final TextTrainingListener SILENT = new TextTrainingListener() {
    };

    private final TextData data;
    private final TrainingConfig config;
    private final SampleSpec sampling;
    private final TextTrainingListener listener;
    private final Model model;
    private final Trainer trainer;
    private final TextStreams train;
    private final TextStreams validation;
    private final SequenceRunner evaluator = new SequenceRunner();

    private volatile boolean cancelRequested;
    private volatile RunStatus status = RunStatus.READY;
    private volatile String message = "";
    private volatile Model lastGood;
    private volatile List<TextEpochReport> reports = List.of();
    private double referenceLoss = Double.NaN;

    /**
     * @param threads threads for each window's step; the numbers are the same bit for bit whatever the count
     */
    public TextTrainingRun(TextData data, TrainingConfig config, SampleSpec sampling, TextTrainingListener listener,
                           int threads) {
        this.data = Objects.requireNonNull(data, "text data");
        this.config = Objects.requireNonNull(config, "training config");
        this.sampling = sampling == null ? SampleSpec.DEFAULT : sampling;
        this.listener = listener == null ? SILENT : listener;
        int v = data.vocabulary().size();
        ModelConfig shape = new ModelConfig(config.cell(), config.nonlinearity(), v, config.hidden(), config.layers(),
                v);
        this.model = Initializer.create(shape, new org.gatelab.engine.InitSpec(config.init(), config.seed(),
                config.gateBias(), 1.0, config.init() == org.gatelab.vocabulary.InitScheme.CHRONO
                ? Math.max(3, data.task().window()) : 0));
        this.trainer = new Trainer(model, config.createOptimizer(), config.clipNorm(), threads);
        this.train = data.trainStreams(config.batchSize());
        this.validation = data.validationStreams(config.batchSize());
        this.lastGood = model.copy();
    }

    public TextData data() {
        return data;
    }

    public TrainingConfig config() {
        return config;
    }

    public ModelConfig modelConfig() {
        return model.config();
    }

    /** Updates per epoch: one per window. */
    public int windowsPerEpoch() {
        return train.windows();
    }

    /** Parallel streams the training text is read as (the batch size, or fewer for a short text). */
    public int streams() {
        return train.streams();
    }

    public RunStatus status() {
        return status;
    }

    /** Why the run stopped (empty while it runs). */
    public String message() {
        return message;
    }

    /** The finished epochs' reports, in order (an immutable snapshot). */
    public List<TextEpochReport> reports() {
        return reports;
    }

    /** The last finished epoch's report, or null. */
    public TextEpochReport last() {
        List<TextEpochReport> r = reports;
        return r.isEmpty() ? null : r.get(r.size() - 1);
    }

    /** Asks the run to stop before its next window. Safe from any thread. */
    public void cancel() {
        cancelRequested = true;
    }

    /**
     * A copy of the parameters to keep: those at the end of the last finished epoch (the initial ones before
     * that), the current ones after a cancellation, never non-finite ones.
     */
    public Model lastGoodModel() {
        return lastGood.copy();
    }

    /** The last good model with its vocabulary and corpus. */
    public CharModel lastGoodCharModel() {
        return new CharModel(lastGoodModel(), data.vocabulary(), data.task().corpus().name());
    }

    /** Runs the remaining epochs on the calling thread. */
    public void run() {
        while (nextEpoch() != null) {
            // each epoch reports to the listener
        }
    }

    /** Runs one epoch; returns its report, or null when the run is (or just became) finished. */
    public TextEpochReport nextEpoch() {
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
        int windows = train.windows();
        InitialState state = null;
        double nats = 0;
        double normSum = 0;
        double normMax = 0;
        int clipped = 0;
        for (int k = 0; k < windows; k++) {
            if (cancelRequested) {
                lastGood = model.copy();
                finish(RunStatus.CANCELLED, String.format(Locale.ROOT, "stopped in epoch %d after %d of %d windows; "
                        + "the current parameters are kept", epoch, k, windows));
                return null;
            }
            Batch b = train.batch(k);
            Trainer.WindowStep s = trainer.stepFrom(b.input(), b.targets(), state);
            Trainer.StepResult r = s.step();
            if (Double.isNaN(referenceLoss) && Double.isFinite(r.loss())) {
                referenceLoss = Math.max(r.loss(), data.baselines().unigram() * Math.log(2));
            }
            if (r.diverged() || r.loss() > TrainingRun.BLOW_UP * referenceLoss) {
                diverged(epoch, k + 1, windows, r);
                return null;
            }
            state = s.finalState();
            nats += r.loss() * train.length(k) * train.streams();
            normSum += r.gradNorm();
            normMax = Math.max(normMax, r.gradNorm());
            clipped += r.clipped() ? 1 : 0;
            listener.windowDone(epoch, k + 1, windows, Bits.fromNats(r.loss()));
        }
        double valBpc = TextEvaluation.bitsPerCharacter(evaluator, model, validation);
        if (!Double.isFinite(valBpc)) {
            lastGood.copyInto(model);
            finish(RunStatus.DIVERGED, String.format(Locale.ROOT, "diverged in epoch %d: the held-out loss became "
                    + "%s. %s %s", epoch, valBpc, advice(), kept(epoch)));
            return null;
        }
        lastGood = model.copy();
        String sample = new Sampler().sample(new CharModel(lastGood, data.vocabulary(), ""), sampling.prime(),
                sampling.length(), sampling.temperature(), config.seed() * 1_000_003L + epoch);
        double seconds = (System.nanoTime() - start) / 1e9;
        TextEpochReport report = new TextEpochReport(epoch, Bits.fromNats(nats / train.predictions()), valBpc,
                normSum / windows, normMax, (double) clipped / windows, seconds, sample);
        List<TextEpochReport> next = new ArrayList<>(reports);
        next.add(report);
        reports = List.copyOf(next);
        listener.epochDone(report);
        if (epoch == config.epochs()) {
            finish(RunStatus.COMPLETED, String.format(Locale.ROOT, "completed %d epochs", epoch));
        }
        return report;
    }

    private void diverged(int epoch, int window, int windows, Trainer.StepResult r) {
        String what = Double.isFinite(r.loss()) && r.loss() > TrainingRun.BLOW_UP * referenceLoss
                ? String.format(Locale.ROOT, "the window's loss grew to %.3g nats per character", r.loss())
                : !Double.isFinite(r.loss()) ? "the loss became " + r.loss()
                : !Double.isFinite(r.gradNorm()) ? "the gradient norm became " + r.gradNorm()
                : "the update made parameters infinite";
        lastGood.copyInto(model);
        finish(RunStatus.DIVERGED, String.format(Locale.ROOT, "diverged in epoch %d, window %d of %d: %s (global "
                + "gradient norm %.3g before clipping). %s %s", epoch, window, windows, what, r.gradNorm(), advice(),
                kept(epoch)));
    }

    private String advice() {
        return "Lower the learning rate (now " + NumberText.plain(config.learningRate()) + ")"
                + (config.clipNorm() == 0 ? " or turn on gradient clipping." : " or clip harder.");
    }

    private static String kept(int epoch) {
        return epoch == 1 ? "The initial parameters are kept." : "The parameters from the end of epoch " + (epoch - 1)
                + " are kept.";
    }

    private void finish(RunStatus s, String why) {
        message = why;
        status = s;
        listener.finished(this);
    }
}
