package org.gatelab.training.seq2seq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.engine.Seq2SeqRunner;
import org.gatelab.engine.Seq2SeqTrainer;
import org.gatelab.engine.Trainer;
import org.gatelab.tasks.Seeds;
import org.gatelab.tasks.seq2seq.Seq2SeqData;
import org.gatelab.tasks.seq2seq.SymbolPairs;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.RunStatus;

/**
 * Trains a fresh encoder-decoder on a task's pairs, epoch by epoch, with teacher forcing. Each epoch shuffles the
 * pairs of every length group, cuts each group into mini-batches of the configured size (a group's last batch
 * may be smaller), shuffles the batches, and after the last one decodes the validation set greedily
 * ({@link Seq2SeqEvaluation}). Everything is deterministic: the same data and config give the same numbers.
 *
 * <p>Driven from one thread; {@link #cancel()}, {@link #status()}, {@link #reports()} and {@link #lastGoodModel()}
 * may be called from any thread. A step whose loss, gradient or update is not finite stops the run with status
 * {@link RunStatus#DIVERGED} and the parameters of the last finished epoch.
 */
public final class Seq2SeqTrainingRun {
    private static final Seq2SeqListener SILENT = new Seq2SeqListener() {
    };

    private final Seq2SeqData data;
    private final Seq2SeqTrainingConfig config;
    private final Seq2SeqListener listener;
    private final Seq2SeqModel model;
    private final Seq2SeqTrainer trainer;
    private final Seq2SeqRunner evaluator;
    private final Random shuffle;

    private volatile boolean cancelRequested;
    private volatile RunStatus status = RunStatus.READY;
    private volatile String message = "";
    private volatile Seq2SeqModel lastGood;
    private volatile List<Seq2SeqEpochReport> reports = List.of();

    /** @param threads threads for each step (and the validation); the numbers are the same whatever the count */
    public Seq2SeqTrainingRun(Seq2SeqData data, Seq2SeqTrainingConfig config, Seq2SeqListener listener, int threads) {
        this.data = Objects.requireNonNull(data, "task data");
        this.config = Objects.requireNonNull(config, "training config");
        this.listener = listener == null ? SILENT : listener;
        this.model = Initializer.create(config.modelConfig(data.task()), config.initSpec(data.task()));
        TrainingConfig t = config.training();
        this.trainer = new Seq2SeqTrainer(model, t.createOptimizer(), t.clipNorm(), threads);
        this.evaluator = new Seq2SeqRunner(threads);
        this.shuffle = Seeds.stream(t.seed(), Seeds.SHUFFLE);
        this.lastGood = model.copy();
    }

    public Seq2SeqData data() {
        return data;
    }

    public Seq2SeqTrainingConfig config() {
        return config;
    }

    public long parameterCount() {
        return model.config().parameterCount();
    }

    public RunStatus status() {
        return status;
    }

    public String message() {
        return message;
    }

    public List<Seq2SeqEpochReport> reports() {
        return reports;
    }

    public void cancel() {
        cancelRequested = true;
    }

    /** A copy of the parameters at the end of the last finished epoch (the initial ones before). */
    public Seq2SeqModel lastGoodModel() {
        return lastGood.copy();
    }

    /** Runs the remaining epochs on the calling thread. */
    public Seq2SeqTrainingResult run() {
        while (nextEpoch() != null) {
            // each epoch reports to the listener
        }
        return result();
    }

    public Seq2SeqTrainingResult result() {
        return new Seq2SeqTrainingResult(status, message, reports, model.config(), parameterCount(),
                data.chanceAccuracy());
    }

    /** Runs one epoch; returns its report, or null when the run is (or just became) finished. */
    public Seq2SeqEpochReport nextEpoch() {
        if (status.isFinished()) {
            return null;
        }
        int epochs = config.training().epochs();
        int epoch = reports.size() + 1;
        if (epoch > epochs) {
            finish(RunStatus.COMPLETED, String.format(Locale.ROOT, "completed %d epochs", epochs));
            return null;
        }
        status = RunStatus.RUNNING;
        long start = System.nanoTime();
        List<int[]> batches = batches(data.train());
        double lossSum = 0;
        double normSum = 0;
        double normMax = 0;
        for (int k = 0; k < batches.size(); k++) {
            if (cancelRequested) {
                lastGood = model.copy();
                finish(RunStatus.CANCELLED, String.format(Locale.ROOT, "stopped in epoch %d after %d of %d batches; "
                        + "the current parameters are kept", epoch, k, batches.size()));
                return null;
            }
            Trainer.StepResult r = trainer.step(data.train().batch(batches.get(k)));
            if (r.diverged()) {
                lastGood.copyInto(model);
                finish(RunStatus.DIVERGED, String.format(Locale.ROOT, "diverged in epoch %d, batch %d of %d: the loss "
                        + "or the gradient stopped being finite (gradient norm %s). Lower the learning rate (now %s). %s",
                        epoch, k + 1, batches.size(), NumberText.plain(r.gradNorm()),
                        NumberText.plain(config.training().learningRate()), epoch == 1
                                ? "The initial parameters are kept."
                                : "The parameters from the end of epoch " + (epoch - 1) + " are kept."));
                return null;
            }
            lossSum += r.loss();
            normSum += r.gradNorm();
            normMax = Math.max(normMax, r.gradNorm());
            listener.batchDone(epoch, k + 1, batches.size(), r.loss());
        }
        Seq2SeqEvaluation validation = Seq2SeqEvaluation.of(evaluator, model, data.validation());
        Seq2SeqEpochReport report = new Seq2SeqEpochReport(epoch, lossSum / batches.size(), validation,
                normSum / batches.size(), normMax, (System.nanoTime() - start) / 1e9);
        List<Seq2SeqEpochReport> next = new ArrayList<>(reports);
        next.add(report);
        reports = List.copyOf(next);
        lastGood = model.copy();
        listener.epochDone(report);
        if (epoch == epochs) {
            finish(RunStatus.COMPLETED, String.format(Locale.ROOT, "completed %d epochs", epoch));
        }
        return report;
    }

    /** This epoch's mini-batches: each length group shuffled and cut, then the batches shuffled. */
    private List<int[]> batches(SymbolPairs set) {
        int size = config.training().batchSize();
        List<int[]> out = new ArrayList<>();
        for (Map.Entry<SymbolPairs.Lengths, int[]> group : set.groups().entrySet()) {
            int[] idx = group.getValue();
            shuffle(idx);
            for (int from = 0; from < idx.length; from += size) {
                out.add(java.util.Arrays.copyOfRange(idx, from, Math.min(idx.length, from + size)));
            }
        }
        for (int i = out.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int[] t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    private void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private void finish(RunStatus s, String why) {
        message = why;
        status = s;
        listener.finished(result());
    }
}
