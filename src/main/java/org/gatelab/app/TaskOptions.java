package org.gatelab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gatelab.io.CsvSeriesReader;
import org.gatelab.io.RealDataSets;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.AnomalyTask;
import org.gatelab.tasks.CopyTask;
import org.gatelab.tasks.CsvTask;
import org.gatelab.tasks.RandomWalkTask;
import org.gatelab.tasks.RealTask;
import org.gatelab.tasks.ReberTask;
import org.gatelab.tasks.SineTask;
import org.gatelab.tasks.TaskDefaults;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.tasks.seq2seq.Seq2SeqDefaults;
import org.gatelab.tasks.text.TextCorpus;
import org.gatelab.tasks.text.TextTask;
import org.gatelab.vocabulary.RealDataSet;
import org.gatelab.vocabulary.TaskKind;
import picocli.CommandLine.Option;

/** The options that choose and shape a training-lab task; unset options keep the task's defaults. */
final class TaskOptions {
    @Option(names = "--task", paramLabel = "TASK",
            description = "sine, adding, copy, reber, random-walk, anomaly, csv or real; reverse, sort or dates for an "
                    + "encoder-decoder; text for a character model (train only) (default: ${DEFAULT-VALUE})")
    String task;

    @Option(names = "--length", paramLabel = "T", description = "sequence length: adding (10..500, default "
            + TaskDefaults.ADDING_LENGTH + "), reber (10..200, default " + TaskDefaults.REBER_LENGTH + "); the longest "
            + "source: reverse (default " + Seq2SeqDefaults.REVERSE_MAX_LENGTH + "), sort (default "
            + Seq2SeqDefaults.SORT_MAX_LENGTH + ")")
    Integer length;

    @Option(names = "--window", paramLabel = "W",
            description = "values the model reads: sine, random-walk, anomaly, csv (default " + TaskDefaults.SINE_WINDOW
                    + ", anomaly " + TaskDefaults.ANOMALY_WINDOW + "); text: characters per window of truncated "
                    + "BPTT (default " + TextTask.DEFAULT_WINDOW + ")")
    Integer window;

    @Option(names = "--series-length", paramLabel = "N", description = "values in the series: sine, random-walk, anomaly")
    Integer seriesLength;

    @Option(names = "--noise", paramLabel = "SD", description = "sine: noise sd (default " + TaskDefaults.SINE_NOISE + ")")
    Double noise;

    @Option(names = "--components", paramLabel = "K", description = "sine: sines summed, 2 or 3 (default "
            + TaskDefaults.SINE_COMPONENTS + ")")
    Integer components;

    @Option(names = "--delay", paramLabel = "D", description = "copy: blank steps before the go marker (default "
            + TaskDefaults.COPY_DELAY + ")")
    Integer delay;

    @Option(names = "--symbols", paramLabel = "K", description = "copy: symbols to remember (default "
            + TaskDefaults.COPY_COUNT + ")")
    Integer symbols;

    @Option(names = "--alphabet", paramLabel = "A", description = "copy: alphabet size (default "
            + TaskDefaults.COPY_ALPHABET + "); reverse (2..26, default " + Seq2SeqDefaults.REVERSE_ALPHABET + ")")
    Integer alphabet;

    @Option(names = "--period", paramLabel = "P", description = "anomaly: the signal's period (default "
            + TaskDefaults.ANOMALY_PERIOD + ")")
    Integer period;

    @Option(names = "--anomalies", paramLabel = "N", description = "anomaly: anomalies injected (default "
            + TaskDefaults.ANOMALY_COUNT + ")")
    Integer anomalies;

    @Option(names = "--train-size", paramLabel = "N",
            description = "training sequences: adding, copy, reber, reverse, sort, dates")
    Integer trainSize;

    @Option(names = "--val-size", paramLabel = "N",
            description = "validation sequences: adding, copy, reber, reverse, sort, dates")
    Integer valSize;

    @Option(names = "--csv", paramLabel = "FILE", description = "csv: the file holding your series")
    Path csv;

    @Option(names = "--column", paramLabel = "COL",
            description = "csv: column by 1-based number or header name (default: the first numeric column)")
    String column;

    @Option(names = "--train-fraction", paramLabel = "F", description = "csv, text: share for training, 0.5..0.95 "
            + "(default " + TaskDefaults.CSV_TRAIN_FRACTION + "; text " + (1 - TextTask.DEFAULT_HELD_OUT) + ")")
    Double trainFraction;

    @Option(names = "--stride", paramLabel = "S", description = "csv, real: use every S-th window (default 1; "
            + "the ecg recording 2)")
    Integer stride;

    @Option(names = "--difference", paramLabel = "D", description = "csv, real: 0 forecasts the values, 1 their "
            + "changes from one step to the next, which removes a trend (default 0)")
    Integer difference;

    @Option(names = "--dataset", paramLabel = "NAME", description = "real: the recording, one of "
            + "sensors-indoor, sensors-outdoor, ecg, births, sunspots or co2 (default: co2)")
    String dataset;

    TaskKind kind() {
        return TaskKind.parse(task);
    }

    /** True for {@code --task text}: a character model, trained by {@link TextTraining}, not a lab task. */
    boolean isText() {
        return task != null && task.trim().equalsIgnoreCase("text");
    }

    /**
     * The text task: {@code --window} and {@code --train-fraction} over its defaults; the options of the
     * sequence tasks are refused.
     */
    TextTask createText(TextCorpus corpus) {
        List<String> unused = new ArrayList<>();
        reject(unused, "--length", length, "--series-length", seriesLength, "--noise", noise, "--components",
                components, "--delay", delay, "--symbols", symbols, "--alphabet", alphabet, "--period", period,
                "--anomalies", anomalies, "--train-size", trainSize, "--val-size", valSize, "--csv", csv,
                "--column", column, "--stride", stride, "--difference", difference, "--dataset", dataset);
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", unused) + (unused.size() == 1 ? " does" : " do")
                    + " not apply to the text task");
        }
        if (trainFraction != null && !(trainFraction >= 0.5 && trainFraction <= 0.95)) {
            throw new IllegalArgumentException("--train-fraction must be between 0.5 and 0.95, got " + trainFraction);
        }
        return new TextTask(corpus, or(window, TextTask.DEFAULT_WINDOW),
                trainFraction == null ? TextTask.DEFAULT_HELD_OUT : 1 - trainFraction);
    }

    /** The task with the given options over its defaults; options that do not apply to it are refused. */
    TrainingTask create() throws IOException {
        TaskKind kind = kind();
        List<String> unused = new ArrayList<>();
        TrainingTask result = switch (kind) {
            case ADDING -> {
                reject(unused, "--window", window, "--series-length", seriesLength, "--noise", noise, "--components",
                        components, "--delay", delay, "--symbols", symbols, "--alphabet", alphabet, "--period", period,
                        "--anomalies", anomalies);
                AddingTask t = AddingTask.defaults();
                yield new AddingTask(or(length, t.length()), or(trainSize, t.trainSize()),
                        or(valSize, t.validationSize()));
            }
            case COPY -> {
                reject(unused, "--length", length, "--window", window, "--series-length", seriesLength, "--noise",
                        noise, "--components", components, "--period", period, "--anomalies", anomalies);
                CopyTask t = CopyTask.defaults();
                yield new CopyTask(or(symbols, t.count()), or(alphabet, t.alphabet()), or(delay, t.delay()),
                        or(trainSize, t.trainSize()), or(valSize, t.validationSize()));
            }
            case REBER -> {
                reject(unused, "--window", window, "--series-length", seriesLength, "--noise", noise, "--components",
                        components, "--delay", delay, "--symbols", symbols, "--alphabet", alphabet, "--period", period,
                        "--anomalies", anomalies);
                ReberTask t = ReberTask.defaults();
                yield new ReberTask(or(length, t.length()), or(trainSize, t.trainSize()),
                        or(valSize, t.validationSize()));
            }
            case SINE -> {
                reject(unused, "--length", length, "--delay", delay, "--symbols", symbols, "--alphabet", alphabet,
                        "--period", period, "--anomalies", anomalies, "--train-size", trainSize, "--val-size", valSize);
                SineTask t = SineTask.defaults();
                yield new SineTask(or(window, t.window()), or(seriesLength, t.seriesLength()),
                        or(components, t.components()), noise == null ? t.noise() : noise);
            }
            case RANDOM_WALK -> {
                reject(unused, "--length", length, "--noise", noise, "--components", components, "--delay", delay,
                        "--symbols", symbols, "--alphabet", alphabet, "--period", period, "--anomalies", anomalies,
                        "--train-size", trainSize, "--val-size", valSize);
                RandomWalkTask t = RandomWalkTask.defaults();
                yield new RandomWalkTask(or(window, t.window()), or(seriesLength, t.seriesLength()));
            }
            case ANOMALY -> {
                reject(unused, "--length", length, "--noise", noise, "--components", components, "--delay", delay,
                        "--symbols", symbols, "--alphabet", alphabet, "--train-size", trainSize, "--val-size", valSize);
                AnomalyTask t = AnomalyTask.defaults();
                yield new AnomalyTask(or(window, t.window()), or(seriesLength, t.seriesLength()),
                        or(period, t.period()), or(anomalies, t.anomalies()));
            }
            case CSV -> {
                reject(unused, "--length", length, "--series-length", seriesLength, "--noise", noise, "--components",
                        components, "--delay", delay, "--symbols", symbols, "--alphabet", alphabet, "--period", period,
                        "--anomalies", anomalies, "--train-size", trainSize, "--val-size", valSize);
                if (csv == null) {
                    throw new IllegalArgumentException("--task csv needs --csv FILE");
                }
                CsvTask t = CsvTask.of(CsvSeriesReader.read(csv, column));
                yield new CsvTask(t.series(), or(window, t.window()),
                        trainFraction == null ? t.trainFraction() : trainFraction, or(stride, t.stride()),
                        or(difference, t.difference()));
            }
            case REAL -> {
                reject(unused, "--length", length, "--series-length", seriesLength, "--noise", noise, "--components",
                        components, "--delay", delay, "--symbols", symbols, "--alphabet", alphabet, "--period", period,
                        "--anomalies", anomalies, "--train-size", trainSize, "--val-size", valSize, "--csv", csv,
                        "--column", column);
                RealTask t = RealDataSets.task(dataset == null ? TaskDefaults.REAL_DATA_SET
                        : RealDataSet.parse(dataset));
                yield new RealTask(t.series(), or(window, t.window()),
                        trainFraction == null ? t.trainFraction() : trainFraction, or(stride, t.stride()),
                        or(difference, t.difference()));
            }
        };
        if (kind != TaskKind.CSV && kind != TaskKind.REAL) {
            reject(unused, "--csv", csv, "--column", column, "--train-fraction", trainFraction, "--stride", stride,
                    "--difference", difference);
        }
        if (kind != TaskKind.REAL) {
            reject(unused, "--dataset", dataset);
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", unused) + (unused.size() == 1 ? " does" : " do")
                    + " not apply to the " + kind.id() + " task");
        }
        return result;
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** Adds the names of the given (name, value) pairs whose value is set. */
    private static void reject(List<String> unused, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                unused.add((String) pairs[i]);
            }
        }
    }
}
