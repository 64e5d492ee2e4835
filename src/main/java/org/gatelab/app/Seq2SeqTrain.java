package org.gatelab.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gatelab.io.LabJson;
import org.gatelab.io.Seq2SeqFiles;
import org.gatelab.tasks.seq2seq.Seq2SeqData;
import org.gatelab.tasks.seq2seq.Seq2SeqTask;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.seq2seq.Seq2SeqEpochReport;
import org.gatelab.training.seq2seq.Seq2SeqEvaluation;
import org.gatelab.training.seq2seq.Seq2SeqListener;
import org.gatelab.training.seq2seq.Seq2SeqTrainingConfig;
import org.gatelab.training.seq2seq.Seq2SeqTrainingDefaults;
import org.gatelab.training.seq2seq.Seq2SeqTrainingResult;
import org.gatelab.training.seq2seq.Seq2SeqTrainingRun;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * {@code gatelab train --task reverse|sort|dates}: an encoder-decoder trained with the sequence-to-sequence defaults
 * ({@link Seq2SeqTrainingDefaults}) for every training option not given, progress on stderr, one JSON line on
 * stdout with the validation accuracies of greedy decoding.
 */
final class Seq2SeqTrain {
    private final TaskOptions task;
    private final TrainingOptions training;
    private final Seq2SeqOptions options;

    Seq2SeqTrain(TaskOptions task, TrainingOptions training, Seq2SeqOptions options) {
        this.task = task;
        this.training = training;
        this.options = options;
    }

    int run(Path out, int threads, boolean quiet) throws IOException {
        Seq2SeqTaskKind kind = Seq2SeqTaskKind.parse(task.task);
        Seq2SeqTask t = options.createTask(task);
        Seq2SeqTrainingConfig config = config(kind);
        PrintStream err = System.err;
        Seq2SeqData data = t.generate(config.training().seed());
        Seq2SeqTrainingRun run = new Seq2SeqTrainingRun(data, config, quiet ? null : new Seq2SeqListener() {
            @Override
            public void epochDone(Seq2SeqEpochReport r) {
                err.println(progress(r, config.training().epochs()));
            }
        }, threads);
        if (!quiet) {
            err.printf(Locale.ROOT, "training an encoder-decoder, %s (%,d parameters) on %s: %s%n", config.describe(),
                    run.parameterCount(), t.title().toLowerCase(Locale.ROOT), t.describe());
        }
        Seq2SeqTrainingResult result = run.run();
        if (out != null) {
            Seq2SeqFiles.save(out, run.lastGoodModel(), t.sourceAlphabet(), t.targetAlphabet());
        }
        if (result.diverged()) {
            err.println("train: " + result.message());
        }
        System.out.println(LabJson.line(summary(t, config, result)));
        System.out.flush();
        return result.diverged() ? 1 : 0;
    }

    /** The sequence-to-sequence defaults, with every training option the user gave laid over them. */
    private Seq2SeqTrainingConfig config(Seq2SeqTaskKind kind) {
        TrainingConfig c = Seq2SeqTrainingDefaults.config(kind);
        if (options.given("--cell")) {
            c = c.withCell(CellKind.parse(training.cell));
        }
        if (options.given("--nonlinearity")) {
            c = c.withNonlinearity(Nonlinearity.parse(training.nonlinearity));
        }
        if (options.given("--hidden")) {
            c = c.withHidden(training.hidden);
        }
        if (options.given("--layers")) {
            c = c.withLayers(training.layers);
        }
        if (options.given("--learning-rate")) {
            c = c.withLearningRate(training.learningRate);
        }
        if (options.given("--optimizer") || options.given("--momentum")) {
            c = c.withOptimizer(OptimizerKind.parse(training.optimizer), training.momentum);
        }
        if (options.given("--batch")) {
            c = c.withBatchSize(training.batch);
        }
        if (options.given("--clip")) {
            c = c.withClipNorm(training.clip);
        }
        if (options.given("--epochs")) {
            c = c.withEpochs(training.epochs);
        }
        if (options.given("--seed")) {
            c = c.withSeed(training.seed);
        }
        if (options.given("--init") || options.given("--gate-bias")) {
            c = c.withInit(InitScheme.parse(training.init), training.gateBias == null ? Double.NaN : training.gateBias);
        }
        AttentionKind attention = options.attention == null ? Seq2SeqTrainingDefaults.ATTENTION
                : AttentionKind.parse(options.attention);
        return new Seq2SeqTrainingConfig(c, attention);
    }

    /** "epoch   3/10  train 0.41230  val 0.38812  accuracy 71.2%  sequences 12.0%  |grad| 0.52 mean, 1.9 max  14 s". */
    static String progress(Seq2SeqEpochReport r, int epochs) {
        Seq2SeqEvaluation v = r.validation();
        return String.format(Locale.ROOT, "epoch %3d/%d  train %.5f  val %.5f  accuracy %.1f%%  sequences %.1f%%  "
                        + "|grad| %.3g mean, %.3g max  %.2f s", r.epoch(), epochs, r.trainLoss(), v.loss(),
                100 * v.symbolAccuracy(), 100 * v.sequenceAccuracy(), r.gradNormMean(), r.gradNormMax(), r.seconds());
    }

    static Map<String, Object> summary(Seq2SeqTask task, Seq2SeqTrainingConfig config, Seq2SeqTrainingResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        Seq2SeqEpochReport last = result.last();
        TrainingConfig c = config.training();
        m.put("task", task.id());
        m.put("min_length", task.minLength());
        m.put("length", task.maxLength());
        m.put("attention", config.attention().id());
        m.put("cell", c.cell().id());
        m.put("hidden", c.hidden());
        m.put("layers", c.layers());
        m.put("parameters", result.parameters());
        if (last != null) {
            Seq2SeqEvaluation v = last.validation();
            LabJson.putNumber(m, "train_loss", last.trainLoss());
            LabJson.putNumber(m, "val_loss", v.loss());
            LabJson.putNumber(m, "val_accuracy", v.symbolAccuracy());
            LabJson.putNumber(m, "val_sequence_accuracy", v.sequenceAccuracy());
            Map<String, Double> byLength = new LinkedHashMap<>();
            v.symbolAccuracyByLength().forEach((length, a) -> byLength.put(Integer.toString(length), a));
            m.put("val_accuracy_by_length", byLength);
        }
        LabJson.putNumber(m, "chance_accuracy", result.chanceAccuracy());
        LabJson.putNumber(m, "seconds_per_epoch", result.secondsPerEpoch());
        m.put("epochs", result.epochs().size());
        m.put("seed", c.seed());
        m.put("diverged", result.diverged());
        m.put("status", result.status().name().toLowerCase(Locale.ROOT));
        if (result.diverged()) {
            m.put("message", result.message());
        }
        return m;
    }
}
