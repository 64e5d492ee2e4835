package org.gatelab.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gatelab.io.AtomicFiles;
import org.gatelab.io.ComparisonCsv;
import org.gatelab.io.LabJson;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.Comparison;
import org.gatelab.training.ComparisonRow;
import org.gatelab.training.EpochReport;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.TaskKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gatelab compare}: trains RNN, LSTM and GRU on the same data and seed (same hidden size, or the same
 * parameter budget), optionally over several adding-problem lengths; one JSON line on stdout.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        defaultValueProvider = TrainingOptions.Defaults.class,
        description = {"Trains RNN, LSTM and GRU on the same task, data and seed, at the same hidden size or "
                + "(--budget) at about the same number of parameters, and compares them.",
                "Progress goes to stderr; stdout gets one JSON line: an array with one object per cell (and length)."})
final class CompareCommand implements Callable<Integer> {

    @Mixin
    TaskOptions taskOptions;

    @Mixin
    TrainingOptions trainingOptions;

    @Option(names = "--cells", paramLabel = "LIST", split = ",", description = "cells to compare (default: rnn,lstm,gru)")
    List<String> cells;

    @Option(names = "--budget", paramLabel = "N",
            description = "give each cell the hidden size whose parameter count is closest to N (default: same --hidden)")
    Long budget;

    @Option(names = "--lengths", paramLabel = "LIST", split = ",",
            description = "adding problem only: repeat the comparison for each sequence length, e.g. 10,50,100")
    List<Integer> lengths;

    @Option(names = "--threads", paramLabel = "N",
            description = "cells trained at once, each on its own thread (default: the number of cores, at most 3)")
    Integer threads;

    @Option(names = "--stop-below", paramLabel = "FRACTION",
            description = "stop a cell once its validation loss is at most FRACTION of the best constant's, "
                    + "e.g. 0.1; --epochs is then each cell's budget (default: train every epoch)")
    Double stopBelow;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON")
    Path json;

    @Option(names = "--csv-out", paramLabel = "FILE", description = "also write the results as CSV")
    Path csvOut;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        TrainingTask task = taskOptions.create();
        if (lengths != null && task.kind() != TaskKind.ADDING) {
            throw new IllegalArgumentException("--lengths applies to the adding task only");
        }
        if (lengths != null && taskOptions.length != null) {
            throw new IllegalArgumentException("give either --length or --lengths, not both");
        }
        TrainingConfig config = trainingOptions.config();
        List<CellKind> kinds = new ArrayList<>();
        for (String c : cells == null ? List.of("rnn", "lstm", "gru") : cells) {
            kinds.add(CellKind.parse(c));
        }
        PrintStream err = System.err;
        int parallel = threads != null ? threads : Math.min(3, Runtime.getRuntime().availableProcessors());
        if (parallel < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + parallel);
        }
        double stop = stopBelow == null ? 0 : stopBelow;
        if (!(stop > 0 && stop < 1) && stopBelow != null) {
            throw new IllegalArgumentException("--stop-below must be a fraction between 0 and 1, got " + stopBelow);
        }
        Comparison comparison = new Comparison(config, budget == null ? 0 : budget, kinds, quiet ? null
                : new Comparison.Listener() {
                    @Override
                    public void started(TrainingTask t, CellKind cell, int hidden, long parameters) {
                        err.printf(Locale.ROOT, "%s, %s hidden %d (%,d parameters)%n", t.describe(), cell.id(), hidden,
                                parameters);
                    }

                    @Override
                    public void epochDone(TrainingTask t, CellKind cell, EpochReport report) {
                        err.println("  " + (parallel > 1 ? "T=" + t.length() + " " : "") + cell.id() + " "
                                + TrainCommand.progress(report, config.epochs()));
                    }
                }, parallel, stop);
        List<ComparisonRow> rows = lengths == null ? comparison.run(task)
                : comparison.sweepAdding((AddingTask) task, lengths);
        if (!quiet) {
            for (ComparisonRow r : rows) {
                err.printf(Locale.ROOT, "T=%-4d %-4s hidden %-4d params %-7d val %.5f / constant %.5f = %.2f%s  %.1f s/epoch%s%n",
                        r.length(), r.cell().id(), r.hidden(), r.parameters(), r.valLoss(), r.baselineValLoss(),
                        r.relativeValLoss(), Double.isNaN(r.accuracy()) ? ""
                                : String.format(Locale.ROOT, "  accuracy %.1f%%", 100 * r.accuracy()),
                        r.secondsPerEpoch(), r.diverged() ? "  DIVERGED" : "");
            }
        }
        if (json != null) {
            AtomicFiles.writeString(json, LabJson.pretty(LabJson.rows(rows)));
        }
        if (csvOut != null) {
            ComparisonCsv.write(csvOut, rows);
        }
        System.out.println(LabJson.line(LabJson.rows(rows)));
        System.out.flush();
        return 0;
    }
}
