package org.gatelab.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.ParameterNames;
import org.gatelab.engine.Seq2SeqConfig;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.tasks.seq2seq.Alphabet;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * Encoder-decoder models as {@code .safetensors} files, with the names of {@link Seq2SeqModel} (those a PyTorch
 * module with submodules {@code encoder}, {@code decoder}, {@code attention}, {@code combine}, {@code head} has).
 *
 * <p>The shape is read from the tensors: the source vocabulary from {@code encoder.weight_ih_l0}'s columns, the
 * hidden size from {@code encoder.weight_hh_l0}'s, the layers from the {@code _l<k>} names, the target vocabulary
 * from {@code head.weight}'s rows; the attention from which of {@code attention.weight} (general),
 * {@code attention.query.weight} (additive) and {@code combine.weight} (dot, when alone) are there; the cell from
 * the metadata's {@code cell} or the ratio of {@code encoder.weight_hh_l0}'s rows to columns.
 */
public final class Seq2SeqFiles {
    /** Metadata {@code model} of an encoder-decoder. */
    public static final String KIND = "seq2seq";
    static final String SOURCE_SYMBOLS = "source_symbols";
    static final String TARGET_SYMBOLS = "target_symbols";

    private Seq2SeqFiles() {
    }

    /** True when the file holds an encoder-decoder rather than a plain recurrent model. */
    public static boolean isSeq2Seq(SafetensorsFile file) {
        return file.tensors().containsKey(ParameterNames.layer(Seq2SeqModel.ENCODER, 0, Direction.FORWARD).weightIh());
    }

    public static Seq2SeqModel load(Path path) throws IOException {
        return fromTensors(Safetensors.read(path), path.getFileName().toString());
    }

    /** Builds the model from a parsed file; {@code source} names it in messages. */
    public static Seq2SeqModel fromTensors(SafetensorsFile file, String source) throws InputFileException {
        Map<String, TensorData> tensors = file.tensors();
        ParameterNames.Layer first = ParameterNames.layer(Seq2SeqModel.ENCODER, 0, Direction.FORWARD);
        TensorData wIh = require(tensors, first.weightIh(), source);
        TensorData wHh = require(tensors, first.weightHh(), source);
        TensorData head = require(tensors, ParameterNames.HEAD_WEIGHT, source);
        for (TensorData t : List.of(wIh, wHh, head)) {
            if (t.rank() != 2) {
                throw new InputFileException(source + ": tensor \"" + t.name() + "\" has shape "
                        + Arrays.toString(t.shape()) + ", expected 2 dimensions");
            }
        }
        int hidden = wHh.dim(1);
        int ratio = hidden < 1 || wHh.dim(0) % hidden != 0 ? 0 : wHh.dim(0) / hidden;
        CellKind cell = cell(file.metadata().get(ModelFiles.META_CELL), ratio, wHh, source);
        Nonlinearity nl = "rnn_relu".equals(file.metadata().get(ModelFiles.META_CELL)) ? Nonlinearity.RELU
                : Nonlinearity.TANH;
        int layers = 0;
        while (tensors.containsKey(ParameterNames.layer(Seq2SeqModel.ENCODER, layers, Direction.FORWARD).weightIh())) {
            layers++;
        }
        AttentionKind attention = tensors.containsKey(Seq2SeqModel.ATTENTION_WEIGHT) ? AttentionKind.GENERAL
                : tensors.containsKey(Seq2SeqModel.ATTENTION_QUERY) ? AttentionKind.ADDITIVE
                : tensors.containsKey(Seq2SeqModel.COMBINE_WEIGHT) ? AttentionKind.DOT : AttentionKind.NONE;
        String declared = file.metadata().get("attention");
        if (declared != null && !declared.trim().equalsIgnoreCase(attention.id())) {
            throw new InputFileException(source + ": the metadata says attention \"" + declared
                    + "\", the tensors are those of " + attention.id());
        }
        Seq2SeqConfig config;
        try {
            if (layers > ModelConfig.MAX_LAYERS) {
                throw new IllegalArgumentException(layers + " layers; GateLab runs 1 to " + ModelConfig.MAX_LAYERS);
            }
            config = new Seq2SeqConfig(cell, nl, wIh.dim(1), head.dim(0), hidden, layers, attention);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(source + ": " + e.getMessage());
        }
        Seq2SeqModel model = new Seq2SeqModel(config);
        List<String> unused = new ArrayList<>(tensors.keySet());
        for (String name : model.parameterNames()) {
            TensorData t = require(tensors, name, source);
            int[] expected = model.shape(name);
            if (!Arrays.equals(expected, t.shape())) {
                throw new InputFileException(source + ": tensor \"" + name + "\" has shape "
                        + Arrays.toString(t.shape()) + ", a " + model.describe() + " with source vocabulary "
                        + config.sourceVocabulary() + ", target vocabulary " + config.targetVocabulary()
                        + " and hidden size " + hidden + " needs " + Arrays.toString(expected));
            }
            model.setParameter(name, expected, t.values());
            unused.remove(name);
        }
        if (!unused.isEmpty()) {
            throw new InputFileException(source + ": unexpected tensor(s) " + unused + " for a " + model.describe());
        }
        if (!model.isFinite()) {
            throw new InputFileException(source + ": the weights contain NaN or infinite values");
        }
        return model;
    }

    private static CellKind cell(String meta, int ratio, TensorData wHh, String source) throws InputFileException {
        CellKind kind;
        if (meta != null) {
            String m = meta.trim().toLowerCase(Locale.ROOT);
            kind = switch (m) {
                case "rnn", "rnn_tanh", "rnn_relu" -> CellKind.RNN;
                case "lstm" -> CellKind.LSTM;
                case "gru" -> CellKind.GRU;
                default -> throw new InputFileException(source + ": metadata names an unknown cell \"" + meta
                        + "\" (expected rnn_tanh, rnn_relu, lstm or gru)");
            };
        } else {
            kind = ratio == 4 ? CellKind.LSTM : ratio == 3 ? CellKind.GRU : CellKind.RNN;
        }
        if (kind.blockCount() != ratio) {
            throw new InputFileException(source + ": " + wHh.name() + " has shape " + Arrays.toString(wHh.shape())
                    + ", which does not fit a " + kind.id() + " (rows must be " + kind.blockCount()
                    + " times the hidden size)");
        }
        return kind;
    }

    private static TensorData require(Map<String, TensorData> tensors, String name, String source)
            throws InputFileException {
        TensorData t = tensors.get(name);
        if (t == null) {
            throw new InputFileException(source + ": missing tensor \"" + name + "\"");
        }
        return t;
    }

    /** Saves every parameter as F64 with the cell and the attention in the metadata; written atomically. */
    public static void save(Path path, Seq2SeqModel model) throws IOException {
        Safetensors.write(path, toFile(model, null, null), Dtype.F64);
    }

    /**
     * The same, with the task's symbols in the metadata ({@code source_symbols}, {@code target_symbols}: one
     * character per symbol, in index order) so that a trace can be asked in the task's own letters.
     */
    public static void save(Path path, Seq2SeqModel model, Alphabet source, Alphabet target) throws IOException {
        Safetensors.write(path, toFile(model, source, target), Dtype.F64);
    }

    /**
     * The symbols the metadata names, {source, target}, when both are there, one character per symbol, as many as
     * the model's vocabularies; null otherwise.
     */
    public static Alphabet[] alphabets(SafetensorsFile file, Seq2SeqConfig config) {
        String source = file.metadata().get(SOURCE_SYMBOLS);
        String target = file.metadata().get(TARGET_SYMBOLS);
        if (source == null || target == null || source.length() != config.sourceVocabulary()
                || target.length() != config.targetVocabulary() || repeats(source) || repeats(target)) {
            return null;
        }
        return new Alphabet[] {Alphabet.of(source), Alphabet.of(target)};
    }

    /** True when a character repeats. */
    private static boolean repeats(String s) {
        return s.chars().distinct().count() != s.length();
    }

    private static String oneCharEach(Alphabet a) {
        StringBuilder sb = new StringBuilder();
        for (String symbol : a.symbols()) {
            if (symbol.length() != 1) {
                return null;
            }
            sb.append(symbol);
        }
        return sb.toString();
    }

    public static SafetensorsFile toFile(Seq2SeqModel model, Alphabet source, Alphabet target) {
        List<TensorData> out = new ArrayList<>();
        for (Tensor t : model.parameters()) {
            out.add(new TensorData(t.name(), t.shape(), t.values()));
        }
        Seq2SeqConfig c = model.config();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("model", KIND);
        meta.put(ModelFiles.META_CELL, c.cell() == CellKind.RNN ? "rnn_" + c.nonlinearity().id() : c.cell().id());
        meta.put("attention", c.attention().id());
        String s = source == null ? null : oneCharEach(source);
        String t = target == null ? null : oneCharEach(target);
        if (s != null && t != null) {
            meta.put(SOURCE_SYMBOLS, s);
            meta.put(TARGET_SYMBOLS, t);
        }
        meta.put("format", "gatelab");
        return new SafetensorsFile(out, meta);
    }
}
