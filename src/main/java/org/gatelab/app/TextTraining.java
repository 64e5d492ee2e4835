package org.gatelab.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gatelab.io.AppDirectories;
import org.gatelab.io.CharModelFiles;
import org.gatelab.io.CorpusFiles;
import org.gatelab.io.LabJson;
import org.gatelab.tasks.text.TextCorpus;
import org.gatelab.tasks.text.TextData;
import org.gatelab.tasks.text.TextTask;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.text.TextEpochReport;
import org.gatelab.training.text.TextTrainingListener;
import org.gatelab.training.text.TextTrainingRun;

/**
 * {@code gatelab train --task text}: a character model on a corpus with truncated BPTT. Progress and each
 * epoch's sample go to stderr; the final figures, in bits per character, are one JSON line on stdout.
 */
final class TextTraining implements Callable<Integer> {
    private final TaskOptions taskOptions;
    private final TrainingConfig config;
    private final TextOptions textOptions;
    private final Path out;
    private final int threads;
    private final boolean quiet;

    TextTraining(TaskOptions taskOptions, TrainingConfig config, TextOptions textOptions, Path out, int threads,
                 boolean quiet) {
        this.taskOptions = taskOptions;
        this.config = config;
        this.textOptions = textOptions;
        this.out = out;
        this.threads = threads;
        this.quiet = quiet;
    }

    @Override
    public Integer call() throws IOException {
        if (textOptions.corpus == null) {
            throw new IllegalArgumentException("--task text needs --corpus: names, moby-dick, brackets or a text file");
        }
        TextCorpus corpus = CorpusFiles.load(textOptions.corpus, AppDirectories.detect().assets(), config.seed());
        TextTask task = taskOptions.createText(corpus);
        PrintStream err = System.err;
        TextData data = task.generate(config.seed(), config.batchSize());
        TextTrainingRun run = new TextTrainingRun(data, config, textOptions.sampleSpec(), quiet ? null
                : new TextTrainingListener() {
                    @Override
                    public void epochDone(TextEpochReport r) {
                        err.printf(Locale.ROOT, "epoch %3d/%d  train %.3f  held-out %.3f bits/char  |grad| %.3g "
                                + "mean, %.3g max  %.2f s%n", r.epoch(), config.epochs(), r.trainBpc(),
                                r.validationBpc(), r.gradNormMean(), r.gradNormMax(), r.seconds());
                        err.println("  " + r.sample().replace("\n", "\n  "));
                    }
                }, threads);
        if (!quiet) {
            err.printf(Locale.ROOT, "training %s (%,d parameters) on %s%n", config.describe(),
                    run.modelConfig().parameterCount(), task.describe());
            data.notes().forEach(n -> err.println("  " + n));
            err.printf(Locale.ROOT, "  vocabulary %s%n", data.vocabulary().summary());
            err.printf(Locale.ROOT, "  %d streams of %,d characters, %d windows of T = %d per epoch%n",
                    run.streams(), data.trainStreams(config.batchSize()).streamLength(), run.windowsPerEpoch(),
                    task.window());
            err.printf(Locale.ROOT, "  held-out bits per character of the unigram model %.3f, the bigram model %.3f%n",
                    data.baselines().unigram(), data.baselines().bigram());
        }
        run.run();
        if (out != null) {
            CharModelFiles.save(out, run.lastGoodCharModel());
        }
        boolean diverged = run.status() == org.gatelab.vocabulary.RunStatus.DIVERGED;
        if (diverged) {
            err.println("train: " + run.message());
        }
        System.out.println(LabJson.line(summary(run)));
        System.out.flush();
        return diverged ? 1 : 0;
    }

    static Map<String, Object> summary(TextTrainingRun run) {
        TextData data = run.data();
        TrainingConfig c = run.config();
        Map<String, Object> m = new LinkedHashMap<>();
        TextEpochReport last = run.last();
        m.put("task", "text");
        m.put("corpus", data.task().corpus().name());
        m.put("window", data.task().window());
        m.put("vocabulary", data.vocabulary().size());
        m.put("train_characters", data.trainLength());
        m.put("held_out_characters", data.validationLength());
        m.put("cell", c.cell().id());
        m.put("hidden", c.hidden());
        m.put("layers", c.layers());
        m.put("parameters", run.modelConfig().parameterCount());
        if (last != null) {
            LabJson.putNumber(m, "train_bpc", last.trainBpc());
            LabJson.putNumber(m, "val_bpc", last.validationBpc());
        }
        LabJson.putNumber(m, "unigram_bpc", data.baselines().unigram());
        LabJson.putNumber(m, "bigram_bpc", data.baselines().bigram());
        LabJson.putNumber(m, "seconds_per_epoch", run.reports().stream().mapToDouble(TextEpochReport::seconds)
                .average().orElse(Double.NaN));
        LabJson.putNumber(m, "seconds", run.reports().stream().mapToDouble(TextEpochReport::seconds).sum());
        m.put("epochs", run.reports().size());
        m.put("seed", c.seed());
        m.put("diverged", run.status() == org.gatelab.vocabulary.RunStatus.DIVERGED);
        m.put("status", run.status().name().toLowerCase(Locale.ROOT));
        if (last != null) {
            m.put("sample", last.sample());
        }
        if (run.status() == org.gatelab.vocabulary.RunStatus.DIVERGED) {
            m.put("message", run.message());
        }
        return m;
    }
}
