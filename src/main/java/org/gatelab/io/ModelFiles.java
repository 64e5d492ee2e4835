package org.gatelab.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.ParameterNames;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * Models as {@code .safetensors} files with PyTorch's names: an {@code nn.RNN} / {@code nn.LSTM} /
 * {@code nn.GRU} state_dict plus a {@code head} Linear ({@code head.weight}, {@code head.bias}).
 *
 * <p>The shape of the model is read from the tensors: the input size from {@code weight_ih_l0}, the hidden size
 * from {@code weight_hh_l0}, the layer count from the {@code _l<k>} names, the output size from
 * {@code head.weight}. The cell is taken from the caller, else from the header's metadata ({@code cell}:
 * {@code rnn_tanh}, {@code rnn_relu}, {@code lstm} or {@code gru}), else from the ratio of
 * {@code weight_hh_l0}'s rows to columns (1, 4 or 3; a vanilla RNN is then taken to use tanh). A file with
 * {@code weight_ih_l0_reverse} is a bidirectional model ({@code bidirectional=True}): every layer then has its
 * four {@code _reverse} tensors too, and {@code head.weight} reads 2H values.
 */
public final class ModelFiles {
    public static final String META_CELL = "cell";
    public static final String META_BIDIRECTIONAL = "bidirectional";

    private ModelFiles() {
    }

    /** Loads a model; {@code cell} and {@code nonlinearity} may be null to infer them. */
    public static Model load(Path path, CellKind cell, Nonlinearity nonlinearity) throws IOException {
        SafetensorsFile file = Safetensors.read(path);
        return fromTensors(file, path.getFileName().toString(), cell, nonlinearity);
    }

    /** Builds a model from a parsed file; {@code source} names it in messages. */
    public static Model fromTensors(SafetensorsFile file, String source, CellKind cell, Nonlinearity nonlinearity)
            throws InputFileException {
        Map<String, TensorData> tensors = file.tensors();
        if (Seq2SeqFiles.isSeq2Seq(file)) {
            throw new InputFileException(source + ": this is an encoder-decoder (its tensors are encoder.*, decoder.*, "
                    + "head.*), not a single recurrent stack with a head");
        }
        TensorData wHh0 = require(tensors, ParameterNames.weightHh(0), source);
        TensorData wIh0 = require(tensors, ParameterNames.weightIh(0), source);
        TensorData head = require(tensors, ParameterNames.HEAD_WEIGHT, source);
        requireRank(wHh0, 2, source);
        requireRank(wIh0, 2, source);
        requireRank(head, 2, source);
        int hidden = wHh0.dim(1);
        if (hidden < 1) {
            throw new InputFileException(source + ": " + wHh0.name() + " has no columns");
        }
        int ratio = wHh0.dim(0) / hidden;
        if (wHh0.dim(0) % hidden != 0 || (ratio != 1 && ratio != 3 && ratio != 4)) {
            throw new InputFileException(source + ": " + wHh0.name() + " has shape " + Arrays.toString(wHh0.shape())
                    + ", which fits no cell (rows must be 1, 3 or 4 times the hidden size)");
        }
        String metaCell = file.metadata().get(META_CELL);
        Nonlinearity nl = nonlinearity;
        CellKind kind = cell;
        if (kind == null && metaCell != null) {
            switch (metaCell.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "rnn", "rnn_tanh" -> kind = CellKind.RNN;
                case "rnn_relu" -> {
                    kind = CellKind.RNN;
                    nl = nl == null ? Nonlinearity.RELU : nl;
                }
                case "lstm" -> kind = CellKind.LSTM;
                case "gru" -> kind = CellKind.GRU;
                default -> throw new InputFileException(source + ": metadata names an unknown cell \"" + metaCell
                        + "\" (expected rnn_tanh, rnn_relu, lstm or gru)");
            }
        }
        if (kind == null) {
            kind = ratio == 4 ? CellKind.LSTM : ratio == 3 ? CellKind.GRU : CellKind.RNN;
        }
        if (kind.blockCount() != ratio) {
            throw new InputFileException(source + ": " + wHh0.name() + " has shape " + Arrays.toString(wHh0.shape())
                    + ", but a " + kind.id() + " with hidden size " + hidden + " needs "
                    + kind.blockCount() * hidden + " rows");
        }
        int layers = 0;
        while (tensors.containsKey(ParameterNames.weightIh(layers))) {
            layers++;
        }
        if (layers > ModelConfig.MAX_LAYERS) {
            throw new InputFileException(source + ": " + layers + " layers; GateLab runs 1 to "
                    + ModelConfig.MAX_LAYERS);
        }
        boolean bidirectional = tensors.containsKey(ParameterNames.weightIh(0, Direction.REVERSE));
        ModelConfig config;
        try {
            config = new ModelConfig(kind, nl, wIh0.dim(1), hidden, layers, head.dim(0), bidirectional);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(source + ": " + e.getMessage());
        }
        Model model = new Model(config);
        List<String> unused = new ArrayList<>(tensors.keySet());
        for (String name : model.parameterNames()) {
            TensorData t = require(tensors, name, source);
            int[] expected = model.shape(name);
            if (!Arrays.equals(expected, t.shape())) {
                throw new InputFileException(source + ": tensor \"" + name + "\" has shape "
                        + Arrays.toString(t.shape()) + ", a " + describe(config) + " needs " + Arrays.toString(expected));
            }
            model.setParameter(name, expected, t.values());
            unused.remove(name);
        }
        if (!unused.isEmpty()) {
            throw new InputFileException(source + ": unexpected tensor(s) " + unused + " for a " + describe(config)
                    + " (GateLab reads weight_ih_l<k>, weight_hh_l<k>, bias_ih_l<k>, bias_hh_l<k>, their _reverse "
                    + "twins for a bidirectional model, head.weight, head.bias)");
        }
        if (!model.isFinite()) {
            throw new InputFileException(source + ": the weights contain NaN or infinite values");
        }
        return model;
    }

    private static String describe(ModelConfig c) {
        return c.layers() + "-layer " + (c.bidirectional() ? "bidirectional " : "") + c.cell().id() + " (input " + c.inputSize() + ", hidden " + c.hiddenSize()
                + ", output " + c.outputSize() + ")";
    }

    private static TensorData require(Map<String, TensorData> tensors, String name, String source)
            throws InputFileException {
        TensorData t = tensors.get(name);
        if (t == null) {
            throw new InputFileException(source + ": missing tensor \"" + name + "\"");
        }
        return t;
    }

    private static void requireRank(TensorData t, int rank, String source) throws InputFileException {
        if (t.rank() != rank) {
            throw new InputFileException(source + ": tensor \"" + t.name() + "\" has shape "
                    + Arrays.toString(t.shape()) + ", expected " + rank + " dimensions");
        }
    }

    /** Saves every parameter as F64 with the cell in the metadata; written atomically. */
    public static void save(Path path, Model model) throws IOException {
        Safetensors.write(path, toFile(model), Dtype.F64);
    }

    /** The model as a safetensors file model. */
    public static SafetensorsFile toFile(Model model) {
        List<TensorData> out = new ArrayList<>();
        for (Tensor t : model.parameters()) {
            out.add(new TensorData(t.name(), t.shape(), t.values()));
        }
        ModelConfig c = model.config();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(META_CELL, c.cell() == CellKind.RNN ? "rnn_" + c.nonlinearity().id() : c.cell().id());
        if (c.bidirectional()) {
            meta.put(META_BIDIRECTIONAL, "true");
        }
        meta.put("format", "gatelab");
        return new SafetensorsFile(out, meta);
    }
}
