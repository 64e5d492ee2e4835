package org.gatelab.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gatelab.engine.Gradients;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.Simd;
import org.gatelab.engine.Targets;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gatelab bench}: times forward plus full BPTT with every value recorded (what the visualizer does on
 * every change), after a warm-up, and prints one JSON object as its last line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times the engine: forward + backpropagation through time with every gate, state and "
                + "gradient recorded, on random data with a fixed seed.",
                "The last line is one JSON object with the figures; --table prints the BENCHMARKS.md table."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--cell", defaultValue = "lstm", description = "rnn, lstm or gru (default: ${DEFAULT-VALUE})")
    String cell;

    @Option(names = "--hidden", defaultValue = "64", description = "hidden size (default: ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--input-size", defaultValue = "32", description = "input features (default: ${DEFAULT-VALUE})")
    int inputSize;

    @Option(names = "--length", defaultValue = "200", description = "sequence length T (default: ${DEFAULT-VALUE})")
    int length;

    @Option(names = "--batch", defaultValue = "1", description = "sequences per batch (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--layers", defaultValue = "1", description = "layers (default: ${DEFAULT-VALUE})")
    int layers;

    @Option(names = "--repeat", defaultValue = "20", description = "timed runs (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--warmup", defaultValue = "-1",
            description = "untimed runs first (default: enough for about 2 s of warm-up, at least 3)")
    int warmup;

    @Option(names = "--threads", defaultValue = "1", description = "threads for the large products (default: 1)")
    int threads;

    @Option(names = "--record", defaultValue = "all",
            description = "all: a full trace, as the visualizer records it; training: only what a training step "
                    + "needs (loss and parameter gradients) (default: ${DEFAULT-VALUE})")
    String record;

    @Option(names = "--table", description = "run the BENCHMARKS.md grid and print it as a Markdown table")
    boolean table;

    @Override
    public Integer call() {
        if (repeat < 1 || threads < 1) {
            throw new IllegalArgumentException("--repeat and --threads must be at least 1");
        }
        if (!record.equals("all") && !record.equals("training")) {
            throw new IllegalArgumentException("--record must be all or training, got \"" + record + "\"");
        }
        if (table) {
            BenchTable.print(System.out, threads, repeat);
            return 0;
        }
        Result r = measure(CellKind.parse(cell), hidden, inputSize, length, batch, layers, repeat, warmup, threads,
                record.equals("training"));
        System.out.println(r.toJson());
        return 0;
    }

    /** The figures of one configuration. */
    record Result(CellKind cell, int hidden, int inputSize, int length, int batch, int layers, int threads,
                  boolean training, int repeat, double medianMicros, double minMicros, long traceBytes) {
        double medianMicrosPerSequence() {
            return medianMicros / batch;
        }

        double minMicrosPerSequence() {
            return minMicros / batch;
        }

        String toJson() {
            return String.format(Locale.ROOT, "{\"cell\":\"%s\",\"hidden\":%d,\"input_size\":%d,\"length\":%d,"
                            + "\"batch\":%d,\"layers\":%d,\"threads\":%d,\"record\":\"%s\",\"engine\":\"%s\",\"repeat\":%d,"
                            + "\"median_us_per_sequence\":%.1f,\"min_us_per_sequence\":%.1f,"
                            + "\"median_ms_per_batch\":%.3f,\"trace_bytes\":%d,\"trace_bytes_per_timestep\":%d}",
                    cell.id(), hidden, inputSize, length, batch, layers, threads, training ? "training" : "all",
                    Simd.describe(), repeat, medianMicrosPerSequence(),
                    minMicrosPerSequence(), medianMicros / 1000.0, traceBytes, traceBytes / length);
        }
    }

    /**
     * @param training false: {@link SequenceRunner#trace} (everything recorded); true:
     *                 {@link SequenceRunner#lossAndGradients} (what a training step needs; trace bytes 0)
     */
    static Result measure(CellKind kind, int hidden, int inputSize, int length, int batch, int layers, int repeat,
                          int warmup, int threads, boolean training) {
        ModelConfig config = new ModelConfig(kind, Nonlinearity.TANH, inputSize, hidden, layers, 1);
        Model model = Initializer.create(config, InitSpec.pytorchDefault(42));
        java.util.Random random = new java.util.Random(7);
        double[] x = new double[length * batch * inputSize];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        double[] y = new double[batch];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextGaussian();
        }
        SequenceBatch input = new SequenceBatch(length, batch, inputSize, x);
        Targets targets = Targets.regression(LossKind.MSE_LAST, y);
        SequenceRunner runner = new SequenceRunner(threads);
        Gradients gradients = new Gradients(model);
        java.util.function.LongSupplier once = () -> {
            if (training) {
                gradients.zero();
                runner.lossAndGradients(model, input, targets, gradients);
                return 0;
            }
            Trace t = runner.trace(model, input, targets, null);
            return t.byteSize();
        };
        long bytes = 0;
        long warmStart = System.nanoTime();
        int warmRuns = 0;
        while (warmup >= 0 ? warmRuns < warmup : (warmRuns < 3 || System.nanoTime() - warmStart < 2_000_000_000L)) {
            bytes = once.getAsLong();
            warmRuns++;
        }
        double[] micros = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            bytes = once.getAsLong();
            micros[i] = (System.nanoTime() - start) / 1000.0;
        }
        Arrays.sort(micros);
        double median = repeat % 2 == 1 ? micros[repeat / 2] : (micros[repeat / 2 - 1] + micros[repeat / 2]) / 2;
        return new Result(kind, hidden, inputSize, length, batch, layers, threads, training, repeat, median, micros[0],
                bytes);
    }
}
