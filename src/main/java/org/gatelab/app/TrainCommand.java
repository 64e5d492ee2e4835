package org.gatelab.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gatelab.io.LabJson;
import org.gatelab.io.ModelFiles;
import org.gatelab.tasks.Baseline;
import org.gatelab.tasks.RealDataInfo;
import org.gatelab.tasks.RealTask;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.EpochReport;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingListener;
import org.gatelab.training.TrainingResult;
import org.gatelab.training.TrainingRun;
import org.gatelab.vocabulary.Seq2SeqTaskKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gatelab train}: trains one model on a training-lab task with the lab's defaults for anything not given,
 * progress on stderr after each epoch, the final figures as one JSON line on stdout.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        defaultValueProvider = TrainingOptions.Defaults.class,
        description = {"Trains a model on a training-lab task. Progress goes to stderr after each epoch; the final "
                + "figures are printed as one JSON line on stdout (task, cell, hidden, parameters, train_loss, "
                + "val_loss, baseline_val_loss, accuracy where it applies, seconds_per_epoch, epochs, diverged, ...).",
                "The tasks reverse, sort and dates train an encoder-decoder (with --attention none, dot, general or "
                        + "additive); their JSON line has val_accuracy (the share of symbols right when decoding "
                        + "greedily), val_sequence_accuracy (whole sequences right) and val_accuracy_by_length.",
                "--task text trains a character model on --corpus with truncated BPTT; its JSON line gives "
                        + "train_bpc, val_bpc, unigram_bpc and bigram_bpc (bits per character on the held-out text).",
                "Exit code 0 when training completed, 1 when it diverged, 2 for bad options or input."})
final class TrainCommand implements Callable<Integer> {

    @Mixin
    TaskOptions taskOptions;

    @Mixin
    TrainingOptions trainingOptions;

    @Mixin
    Seq2SeqOptions seq2seqOptions;

    @Option(names = "--out", paramLabel = "FILE", description = "save the trained model (.safetensors)")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads for each training step, the same results whatever the count (default: the number "
                    + "of cores, at most 2)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Mixin
    TextOptions textOptions;

    @Override
    public Integer call() throws IOException {
        int parallel = threads != null ? threads : Math.min(2, Runtime.getRuntime().availableProcessors());
        if (parallel < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + parallel);
        }
        if (Seq2SeqTaskKind.isId(taskOptions.task)) {
            textOptions.refuseWithout("--task text");
            return new Seq2SeqTrain(taskOptions, trainingOptions, seq2seqOptions).run(out, parallel, quiet);
        }
        if (seq2seqOptions.attention != null || seq2seqOptions.minLength != null || seq2seqOptions.dateFormat != null) {
            throw new IllegalArgumentException("--attention, --min-length and --date-format apply to the reverse, sort "
                    + "and dates tasks only");
        }
        if (taskOptions.isText()) {
            return new TextTraining(taskOptions, trainingOptions.config(), textOptions, out, parallel, quiet).call();
        }
        textOptions.refuseWithout("--task text");
        TrainingTask task = taskOptions.create();
        TrainingConfig config = trainingOptions.config();
        PrintStream err = System.err;
        TaskData data = task.generate(config.seed());
        TrainingRun run = new TrainingRun(data, config, quiet ? null : new TrainingListener() {
            @Override
            public void epochDone(EpochReport report) {
                err.println(progress(report, config.epochs()));
            }
        }, parallel);
        if (!quiet) {
            err.printf(Locale.ROOT, "training %s (%,d parameters) on %s%n", config.describe(), run.parameterCount(),
                    task.describe());
            data.notes().forEach(n -> err.println("  " + n));
            err.printf(Locale.ROOT, "  validation loss of the best constant: %.5f%s%n", data.baselineValLoss(),
                    Double.isNaN(data.naiveValLoss()) ? "" : String.format(Locale.ROOT,
                            ", of the naive forecast (next = last): %.5f", data.naiveValLoss()));
            data.baselines().forEach(b -> err.printf(Locale.ROOT, "  validation loss of the %s: %.5f%s%n", b.name(),
                    b.valLoss(), scores(b.scores())));
            if (task instanceof RealTask real) {
                RealDataInfo info = real.series().info();
                err.println("  data: " + info.licence() + ". " + info.creditText());
            }
        }
        TrainingResult result = run.run();
        if (out != null) {
            ModelFiles.save(out, run.lastGoodModel());
        }
        if (result.diverged()) {
            err.println("train: " + result.message());
        }
        System.out.println(LabJson.line(summary(task, config, data, result)));
        System.out.flush();
        return result.diverged() ? 1 : 0;
    }

    private static String scores(Map<String, Double> scores) {
        StringBuilder sb = new StringBuilder();
        scores.forEach((k, v) -> sb.append(String.format(Locale.ROOT, ", %s %.3g", k, v)));
        return sb.toString();
    }

    /** One line per epoch, e.g. "epoch   3/20  train 0.16930  val 0.16910  |grad| 0.123 mean, 1.52 max  1.8 s". */
    static String progress(EpochReport r, int epochs) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "epoch %3d/%d  train %.5f  val %.5f",
                r.epoch(), epochs, r.trainLoss(), r.valLoss()));
        if (r.hasAccuracy()) {
            sb.append(String.format(Locale.ROOT, "  accuracy %.1f%%", 100 * r.accuracy()));
        }
        r.extras().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %s %.3g", k, v)));
        sb.append(String.format(Locale.ROOT, "  |grad| %.3g mean, %.3g max  %.2f s", r.gradNormMean(), r.gradNormMax(),
                r.seconds()));
        return sb.toString();
    }

    static Map<String, Object> summary(TrainingTask task, TrainingConfig config, TaskData data, TrainingResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        EpochReport last = result.last();
        m.put("task", task.id());
        if (task instanceof RealTask real) {
            m.put("dataset", real.set().id());
        }
        m.put("length", task.length());
        m.put("cell", config.cell().id());
        m.put("hidden", config.hidden());
        m.put("layers", config.layers());
        m.put("parameters", result.parameters());
        if (last != null) {
            LabJson.putNumber(m, "train_loss", last.trainLoss());
            LabJson.putNumber(m, "val_loss", last.valLoss());
        }
        LabJson.putNumber(m, "baseline_val_loss", result.baselineValLoss());
        LabJson.putNumber(m, "naive_val_loss", result.naiveValLoss());
        for (Baseline b : data.baselines()) {
            if (!b.id().equals("naive")) {
                LabJson.putNumber(m, b.id() + "_val_loss", b.valLoss());
            }
            b.scores().forEach((k, v) -> LabJson.putNumber(m, b.id() + "_" + k, v));
        }
        if (last != null) {
            LabJson.putNumber(m, "accuracy", last.accuracy());
            last.extras().forEach((k, v) -> LabJson.putNumber(m, k, v));
        }
        LabJson.putNumber(m, "chance_accuracy", data.chanceAccuracy());
        if (!data.normalization().isIdentity()) {
            m.put("normalization_mean", data.normalization().mean());
            m.put("normalization_sd", data.normalization().sd());
        }
        LabJson.putNumber(m, "seconds_per_epoch", result.secondsPerEpoch());
        m.put("epochs", result.epochs().size());
        m.put("seed", config.seed());
        m.put("diverged", result.diverged());
        m.put("status", result.status().name().toLowerCase(Locale.ROOT));
        if (result.diverged()) {
            m.put("message", result.message());
        }
        return m;
    }
}
