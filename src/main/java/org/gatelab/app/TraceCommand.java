package org.gatelab.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.Targets;
import org.gatelab.engine.trace.Trace;
import org.gatelab.io.AtomicFiles;
import org.gatelab.io.InputFileException;
import org.gatelab.io.ModelFiles;
import org.gatelab.io.NumericCsv;
import org.gatelab.io.Safetensors;
import org.gatelab.io.SafetensorsFile;
import org.gatelab.io.Seq2SeqFiles;
import org.gatelab.io.TargetsCsv;
import org.gatelab.io.TraceJson;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gatelab trace}: one sequence through a model, everything the engine recorded written as JSON. */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one sequence through a model (forward and backpropagation through time) and writes "
                + "every gate, state and gradient it recorded as JSON.",
                "Without --weights, --hidden (and --seed) build a freshly initialised model.",
                "With --weights of an encoder-decoder (train --task reverse|sort|dates --out): --source and --target, "
                        + "and the JSON has every attention weight and its gradient per decoder step."})
final class TraceCommand implements Callable<Integer> {

    @Option(names = "--weights", paramLabel = "FILE", description = "model weights (.safetensors, PyTorch names)")
    Path weights;

    @Option(names = "--cell", paramLabel = "CELL", description = "rnn, lstm or gru (default: from the weights file)")
    String cell;

    @Option(names = "--nonlinearity", paramLabel = "FN", description = "the RNN's tanh or relu (default tanh)")
    String nonlinearity;

    @Option(names = "--input", paramLabel = "FILE",
            description = "CSV, one row per timestep, one column per feature, no header (required but for an "
                    + "encoder-decoder)")
    Path input;

    @Option(names = "--source", paramLabel = "TEXT",
            description = "an encoder-decoder's source: text in the task's symbols (or symbol numbers, 3,1,4)")
    String source;


    @Option(names = "--feed", paramLabel = "HOW",
            description = "an encoder-decoder's decoder reads its own choices (greedy, the default) or the "
                    + "target's (teacher-forcing)")
    String feed;

    @Option(names = "--target", paramLabel = "FILE|TEXT",
            description = "CSV of targets: real values (mse) or one class index per row (ce); without it, "
                    + "only the forward pass is recorded. For an encoder-decoder: its target, as --source")
    String target;

    @Option(names = "--loss", paramLabel = "LOSS", defaultValue = "mse-last",
            description = "mse-last, mse-all, ce-last or ce-all (default: ${DEFAULT-VALUE})")
    String loss;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the JSON (default: standard output)")
    Path out;

    @Option(names = "--hidden", paramLabel = "N", description = "hidden size of a fresh model")
    Integer hidden;

    @Option(names = "--input-size", paramLabel = "N", description = "input size of a fresh model (default: the CSV's columns)")
    Integer inputSize;

    @Option(names = "--layers", paramLabel = "N", defaultValue = "1", description = "layers of a fresh model (1 to 3)")
    int layers;

    @Option(names = "--bidirectional",
            description = "a fresh model whose layers also read the sequence backwards (PyTorch's bidirectional=True)")
    boolean bidirectional;

    @Option(names = "--output-size", paramLabel = "N",
            description = "outputs of a fresh model (default: the target's columns, or the number of classes)")
    Integer outputSize;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "seed of a fresh model")
    long seed;

    @Option(names = "--init", paramLabel = "SCHEME", defaultValue = "pytorch-default",
            description = "initialization of a fresh model: pytorch-default, xavier, orthogonal, irnn, chrono")
    String init;

    @Option(names = "--forget-bias", paramLabel = "B",
            description = "set the LSTM forget-gate (GRU update-gate) bias of a fresh model")
    Double forgetBias;

    @Option(names = "--whh-scale", paramLabel = "S", defaultValue = "1", description = "multiply a fresh model's W_hh by S")
    double recurrentScale;

    @Override
    public Integer call() throws IOException {
        if (weights != null) {
            SafetensorsFile file = Safetensors.read(weights);
            if (Seq2SeqFiles.isSeq2Seq(file)) {
                if (input != null || cell != null || nonlinearity != null) {
                    throw new IllegalArgumentException("an encoder-decoder takes --source and --target, not --input, "
                            + "--cell or --nonlinearity");
                }
                return new EncoderDecoderTrace(file, weights.getFileName().toString()).run(source, target, feed, out);
            }
        }
        if (source != null || feed != null) {
            throw new IllegalArgumentException("--source and --feed are for an encoder-decoder (--weights of one)");
        }
        if (input == null) {
            throw new IllegalArgumentException("--input is required (a CSV of the sequence)");
        }
        Path targetFile = target == null ? null : Path.of(target);
        LossKind lossKind = LossKind.parse(loss);
        double[][] x = NumericCsv.read(input);
        double[][] y = targetFile == null ? null : NumericCsv.read(targetFile);
        Model model = weights != null ? loadModel() : freshModel(x, y, lossKind);
        ModelConfig config = model.config();
        if (x[0].length != config.inputSize()) {
            throw new InputFileException(input.getFileName() + ": " + x[0].length + " column(s), but the model takes "
                    + config.inputSize() + " input feature(s)");
        }
        SequenceBatch batch = SequenceBatch.ofSequence(x);
        Targets targets = y == null ? null : TargetsCsv.toTargets(y, lossKind, x.length, config.outputSize(),
                targetFile.getFileName().toString());
        Trace trace = new SequenceRunner().trace(model, batch, targets, null);
        if (out == null) {
            OutputStream stdout = new BufferedOutputStream(System.out);
            TraceJson.write(trace, stdout);
            stdout.write('\n');
            stdout.flush();
        } else {
            AtomicFiles.write(out, stream -> TraceJson.write(trace, stream));
        }
        return 0;
    }

    private Model loadModel() throws IOException {
        if (hidden != null || inputSize != null || outputSize != null || bidirectional) {
            throw new IllegalArgumentException("--hidden, --input-size, --output-size and --bidirectional describe a "
                    + "fresh model; with --weights the shape comes from the file");
        }
        CellKind kind = cell == null ? null : CellKind.parse(cell);
        Nonlinearity nl = nonlinearity == null ? null : Nonlinearity.parse(nonlinearity);
        return ModelFiles.load(weights, kind, nl);
    }

    private Model freshModel(double[][] x, double[][] y, LossKind lossKind) {
        if (cell == null) {
            throw new IllegalArgumentException("--cell is required without --weights");
        }
        if (hidden == null) {
            throw new IllegalArgumentException("--hidden is required without --weights");
        }
        int in = inputSize == null ? x[0].length : inputSize;
        int outs = outputSize != null ? outputSize : TargetsCsv.defaultOutputSize(y, lossKind);
        ModelConfig config = new ModelConfig(CellKind.parse(cell),
                nonlinearity == null ? Nonlinearity.TANH : Nonlinearity.parse(nonlinearity), in, hidden, layers, outs,
                bidirectional);
        InitSpec spec = InitSpec.pytorchDefault(seed).withScheme(InitScheme.parse(init))
                .withGateBias(forgetBias == null ? Double.NaN : forgetBias).withRecurrentScale(recurrentScale);
        return Initializer.create(config, spec);
    }
}
