package org.gatelab.app;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.tasks.seq2seq.DateFormat;
import org.gatelab.tasks.seq2seq.DatesTask;
import org.gatelab.tasks.seq2seq.ReverseTask;
import org.gatelab.tasks.seq2seq.Seq2SeqTask;
import org.gatelab.tasks.seq2seq.SortTask;
import org.gatelab.vocabulary.Seq2SeqTaskKind;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options of {@code train} that only the sequence-to-sequence tasks (reverse, sort, dates) take. */
final class Seq2SeqOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--attention", paramLabel = "KIND",
            description = "reverse, sort, dates: none, dot, general or additive (default: general)")
    String attention;

    @Option(names = "--min-length", paramLabel = "T",
            description = "reverse, sort: the shortest source (default 2); --length sets the longest")
    Integer minLength;

    @Option(names = "--date-format", paramLabel = "FORMAT",
            description = "dates: long, american, dotted, slashed, short or weekday (default: every format mixed)")
    String dateFormat;

    /** True when the user gave {@code option} on the command line (not its default). */
    boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** The task {@code --task} names, with the given options over its defaults; options it does not take are refused. */
    Seq2SeqTask createTask(TaskOptions task) {
        Seq2SeqTaskKind kind = Seq2SeqTaskKind.parse(task.task);
        List<String> unused = new ArrayList<>();
        reject(unused, "--window", task.window, "--series-length", task.seriesLength, "--noise", task.noise,
                "--components", task.components, "--delay", task.delay, "--symbols", task.symbols, "--period",
                task.period, "--anomalies", task.anomalies, "--csv", task.csv, "--column", task.column,
                "--train-fraction", task.trainFraction, "--stride", task.stride);
        Seq2SeqTask result = switch (kind) {
            case REVERSE -> {
                reject(unused, "--date-format", dateFormat);
                ReverseTask d = ReverseTask.defaults();
                yield new ReverseTask(or(task.alphabet, d.alphabet()), or(minLength, d.minLength()),
                        or(task.length, d.maxLength()), or(task.trainSize, d.trainSize()),
                        or(task.valSize, d.validationSize()));
            }
            case SORT -> {
                reject(unused, "--alphabet", task.alphabet, "--date-format", dateFormat);
                SortTask d = SortTask.defaults();
                yield new SortTask(or(minLength, d.minLength()), or(task.length, d.maxLength()),
                        or(task.trainSize, d.trainSize()), or(task.valSize, d.validationSize()));
            }
            case DATES -> {
                reject(unused, "--alphabet", task.alphabet, "--length", task.length, "--min-length", minLength);
                DatesTask d = DatesTask.defaults();
                yield new DatesTask(dateFormat == null ? null : DateFormat.parse(dateFormat),
                        or(task.trainSize, d.trainSize()), or(task.valSize, d.validationSize()));
            }
        };
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", unused) + (unused.size() == 1 ? " does" : " do")
                    + " not apply to the " + kind.id() + " task");
        }
        return result;
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static void reject(List<String> unused, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                unused.add((String) pairs[i]);
            }
        }
    }
}
