package org.gatelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.Targets;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.engine.trace.Trace;
import org.gatelab.io.ModelFiles;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gatelab trace} end to end, in process, against the engine's own trace of the same model. */
class TraceCommandTest {
    /** Strict: a key written twice in one object is an error, not "the last one wins". */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final double[][] X = {{0.5, -1.0}, {0.25, 0.75}, {-1.5, 0.125}, {1.0, 2.0}};

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    /** Runs the launcher with System.out and System.err captured. */
    static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Launcher.run(args);
            System.out.flush();
            System.err.flush();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path csv(String name, double[][] rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (double[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                sb.append(c == 0 ? "" : ",").append(Double.toString(row[c]));
            }
            sb.append('\n');
        }
        return text(name, sb.toString());
    }

    private Path text(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static Path fixture(String name) throws URISyntaxException {
        URL url = TraceCommandTest.class.getResource("/fixtures/pytorch/" + name);
        return url != null ? Path.of(url.toURI()) : Path.of("src/test/resources/fixtures/pytorch", name);
    }

    private JsonNode ok(Result r, Path json) throws IOException {
        assertEquals(0, r.exitCode(), "stderr: " + r.err());
        assertEquals("", r.err());
        assertTrue(Files.exists(json), json + " written");
        return JSON.readTree(json.toFile());
    }

    private static void assertArray(double[] expected, JsonNode node, String where) {
        assertNotNull(node, where + " missing");
        assertTrue(node.isArray(), where + " is an array");
        assertEquals(expected.length, node.size(), where + " length");
        for (int i = 0; i < expected.length; i++) {
            assertTrue(node.get(i).isNumber(), where + "[" + i + "] is a number");
            // exact: the JSON holds the shortest text that reads back to the same double
            assertEquals(expected[i], node.get(i).doubleValue(), 0.0, where + "[" + i + "]");
        }
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    /** Every per-step field of {@code steps} against the layer's record (sequence b = 0). */
    private static void assertSteps(Trace trace, LayerTrace layer, JsonNode steps, boolean top) {
        CellKind cell = trace.cell();
        assertEquals(trace.length(), steps.size());
        for (int t = 0; t < trace.length(); t++) {
            JsonNode s = steps.get(t);
            String at = "layer " + layer.index() + " step " + t + " ";
            assertEquals(t, s.get("t").asInt());
            assertArray(layer.inputVector(t, 0), s.get("x"), at + "x");
            assertArray(layer.hiddenVector(t, 0), s.get("h"), at + "h");
            if (cell == CellKind.RNN) {
                assertFalse(s.has("gates"), at + "the RNN has no gates");
            } else {
                List<String> symbols = new ArrayList<>();
                cell.gates().forEach(g -> symbols.add(g.symbol()));
                assertEquals(new TreeSet<>(symbols), keys(s.get("gates")), at + "gate names");
                for (Gate g : cell.gates()) {
                    assertArray(layer.gateVector(t, 0, g), s.get("gates").get(g.symbol()), at + "gates." + g.symbol());
                }
            }
            for (Gate g : cell.blocks()) {
                double[] pre = new double[layer.hiddenSize()];
                double[] gradPre = new double[layer.hiddenSize()];
                for (int j = 0; j < pre.length; j++) {
                    pre[j] = layer.preActivation(t, 0, g, j);
                    gradPre[j] = layer.gradPreActivation(t, 0, g, j);
                }
                assertArray(pre, s.get("preact").get(g.symbol()), at + "preact." + g.symbol());
                assertArray(gradPre, s.get("grad_preact").get(g.symbol()), at + "grad_preact." + g.symbol());
            }
            assertEquals(cell.hasCellState(), s.has("c"), at + "c only for the LSTM");
            assertEquals(cell.hasCellState(), s.has("grad_c"), at + "grad_c only for the LSTM");
            if (cell.hasCellState()) {
                assertArray(layer.cellVector(t, 0), s.get("c"), at + "c");
                assertArray(layer.gradCellVector(t, 0), s.get("grad_c"), at + "grad_c");
            }
            assertArray(layer.gradHiddenVector(t, 0), s.get("grad_h"), at + "grad_h");
            double[] gx = new double[layer.inputSize()];
            for (int i = 0; i < gx.length; i++) {
                gx[i] = layer.gradInput(t, 0, i);
            }
            assertArray(gx, s.get("grad_x"), at + "grad_x");
            assertEquals(layer.stepJacobianNorm(t, 0), s.get("jacobian_norm").doubleValue(), 0.0, at + "jacobian");
            assertEquals(top, s.has("y"), at + "y only on the top steps");
            if (top) {
                assertArray(trace.outputVector(t, 0), s.get("y"), at + "y");
            }
        }
    }

    private static void assertParamGrads(Trace trace, JsonNode grads) {
        assertEquals(new TreeSet<>(trace.parameterGradients().keySet()), keys(grads));
        for (Map.Entry<String, Tensor> e : trace.parameterGradients().entrySet()) {
            Tensor t = e.getValue();
            JsonNode node = grads.get(e.getKey());
            if (t.rank() == 1) {
                assertArray(t.values(), node, e.getKey());
                continue;
            }
            // weights as nested [rows][cols]
            assertEquals(t.dim(0), node.size(), e.getKey() + " rows");
            for (int r = 0; r < t.dim(0); r++) {
                double[] row = new double[t.dim(1)];
                for (int c = 0; c < row.length; c++) {
                    row[c] = t.get(r, c);
                }
                assertArray(row, node.get(r), e.getKey() + "[" + r + "]");
            }
        }
    }

    private static void assertHeader(JsonNode j, Trace trace) {
        assertEquals(trace.cell().id(), j.get("cell").asText());
        assertEquals(trace.inputSize(), j.get("input_size").asInt());
        assertEquals(trace.hiddenSize(), j.get("hidden_size").asInt());
        assertEquals(trace.layerCount(), j.get("num_layers").asInt());
        assertEquals(trace.outputSize(), j.get("output_size").asInt());
        assertEquals(trace.length(), j.get("seq_len").asInt());
        assertEquals(trace.lossKind().id(), j.get("loss_kind").asText());
        assertEquals(trace.loss(), j.get("loss").doubleValue(), 0.0);
    }

    // ---- (a) a fresh LSTM -------------------------------------------------------------------------------

    @Test
    void freshLstmMatchesTheEngineTraceExactly() throws IOException {
        Path x = csv("x.csv", X);
        Path y = text("y.csv", "0.7\n");
        Path out = dir.resolve("t.json");
        JsonNode j = ok(run("trace", "--cell", "lstm", "--hidden", "3", "--seed", "1", "--input", x.toString(),
                "--target", y.toString(), "--loss", "mse-last", "--out", out.toString()), out);

        ModelConfig config = new ModelConfig(CellKind.LSTM, Nonlinearity.TANH, 2, 3, 1, 1);
        Model model = Initializer.create(config, InitSpec.pytorchDefault(1));
        Trace trace = new SequenceRunner().trace(model, SequenceBatch.ofSequence(X),
                Targets.regression(LossKind.MSE_LAST, 0.7), null);

        assertEquals("lstm", j.get("cell").asText());
        assertEquals(2, j.get("input_size").asInt());
        assertEquals(3, j.get("hidden_size").asInt());
        assertEquals(1, j.get("num_layers").asInt());
        assertEquals(4, j.get("seq_len").asInt());
        assertEquals("mse-last", j.get("loss_kind").asText());
        assertTrue(j.get("loss").isNumber());
        assertHeader(j, trace);
        assertFalse(j.has("layers"), "one layer: no per-layer array");
        assertSteps(trace, trace.layer(0), j.get("steps"), true);
        assertArray(trace.gradHiddenNormCurve(), j.get("grad_norms"), "grad_norms");
        JsonNode wIh = j.get("param_grads").get("weight_ih_l0");
        assertEquals(12, wIh.size(), "weight_ih_l0 is [4H][I]");
        for (JsonNode row : wIh) {
            assertEquals(2, row.size());
        }
        assertParamGrads(trace, j.get("param_grads"));
    }

    @Test
    void withoutOutTheJsonGoesToStandardOutput() throws IOException {
        Path x = csv("x.csv", X);
        Path y = text("y.csv", "0.7\n");
        Result r = run("trace", "--cell", "lstm", "--hidden", "3", "--seed", "1", "--input", x.toString(),
                "--target", y.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(r.out());
        Trace trace = new SequenceRunner().trace(
                Initializer.create(new ModelConfig(CellKind.LSTM, Nonlinearity.TANH, 2, 3, 1, 1),
                        InitSpec.pytorchDefault(1)),
                SequenceBatch.ofSequence(X), Targets.regression(LossKind.MSE_LAST, 0.7), null);
        assertEquals(trace.loss(), j.get("loss").doubleValue(), 0.0);
    }

    @Test
    void withoutATargetOnlyTheForwardPassIsWritten() throws IOException {
        Path x = csv("x.csv", X);
        Path out = dir.resolve("t.json");
        JsonNode j = ok(run("trace", "--cell", "gru", "--hidden", "2", "--input", x.toString(), "--out",
                out.toString()), out);
        assertTrue(j.get("loss").isNull());
        assertFalse(j.has("param_grads"));
        assertFalse(j.has("grad_norms"));
        assertFalse(j.get("steps").get(0).has("grad_h"));
        Trace trace = new SequenceRunner().trace(
                Initializer.create(new ModelConfig(CellKind.GRU, Nonlinearity.TANH, 2, 2, 1, 1),
                        InitSpec.pytorchDefault(0)),
                SequenceBatch.ofSequence(X), null, null);
        for (int t = 0; t < X.length; t++) {
            assertArray(trace.top().hiddenVector(t, 0), j.get("steps").get(t).get("h"), "h" + t);
        }
    }

    // ---- (b) PyTorch weights ---------------------------------------------------------------------------

    @Test
    void pytorchGruWeightsGiveTheEngineTraceAndPytorchsStates() throws Exception {
        Path weights = fixture("gru_l1_mse_all.safetensors");
        JsonNode f = JSON.readTree(fixture("gru_l1_mse_all.json").toFile());
        int steps = f.get("seq_len").asInt();
        double[][] x = new double[steps][];
        double[][] y = new double[steps][];
        for (int t = 0; t < steps; t++) {
            x[t] = doubles(f.get("x").get(t).get(0));
            y[t] = doubles(f.get("target").get(t).get(0));
        }
        Path out = dir.resolve("t.json");
        JsonNode j = ok(run("trace", "--weights", weights.toString(), "--input", csv("x.csv", x).toString(),
                "--target", csv("y.csv", y).toString(), "--loss", "mse-all", "--out", out.toString()), out);

        Model model = ModelFiles.load(weights, null, null);
        double[] flatY = new double[steps * 2];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(y[t], 0, flatY, t * 2, 2);
        }
        Trace trace = new SequenceRunner().trace(model, SequenceBatch.ofSequence(x),
                Targets.regression(LossKind.MSE_ALL, flatY), null);
        assertEquals("gru", j.get("cell").asText());
        assertHeader(j, trace);
        for (int t = 0; t < steps; t++) {
            assertArray(trace.top().hiddenVector(t, 0), j.get("steps").get(t).get("h"), "h" + t);
            // and h is PyTorch's h for sequence 0 (independent of the rest of the batch)
            double[] torchH = doubles(f.get("layers").get(0).get("h").get(t).get(0));
            JsonNode h = j.get("steps").get(t).get("h");
            for (int k = 0; k < torchH.length; k++) {
                assertEquals(torchH[k], h.get(k).doubleValue(), 1e-12, "PyTorch h[" + t + "][0][" + k + "]");
            }
        }
        assertSteps(trace, trace.layer(0), j.get("steps"), true);
        assertParamGrads(trace, j.get("param_grads"));
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).doubleValue();
        }
        return out;
    }

    // ---- (c) other cells, depths and losses --------------------------------------------------------------

    @Test
    void gruHasGatesRZNAndNoCellState() throws IOException {
        Path out = dir.resolve("t.json");
        JsonNode j = ok(run("trace", "--cell", "gru", "--hidden", "2", "--seed", "4", "--input",
                csv("x.csv", X).toString(), "--target", text("y.csv", "0.5\n").toString(), "--out", out.toString()),
                out);
        for (JsonNode s : j.get("steps")) {
            assertEquals(Set.of("n", "r", "z"), keys(s.get("gates")));
            assertFalse(s.has("c"));
            assertFalse(s.has("grad_c"));
        }
        Trace trace = new SequenceRunner().trace(
                Initializer.create(new ModelConfig(CellKind.GRU, Nonlinearity.TANH, 2, 2, 1, 1),
                        InitSpec.pytorchDefault(4)),
                SequenceBatch.ofSequence(X), Targets.regression(LossKind.MSE_LAST, 0.5), null);
        assertHeader(j, trace);
        assertSteps(trace, trace.layer(0), j.get("steps"), true);
    }

    @Test
    void rnnHasNoGatesField() throws IOException {
        Path out = dir.resolve("t.json");
        JsonNode j = ok(run("trace", "--cell", "rnn", "--nonlinearity", "relu", "--hidden", "3", "--input",
                csv("x.csv", X).toString(), "--target", text("y.csv", "1\n2\n3\n4\n").toString(), "--loss", "mse-all",
                "--out", out.toString()), out);
        assertEquals("relu", j.get("nonlinearity").asText());
        for (JsonNode s : j.get("steps")) {
            assertFalse(s.has("gates"));
            assertFalse(s.has("c"));
            assertEquals(Set.of("a"), keys(s.get("preact")));
        }
        Trace trace = new SequenceRunner().trace(
                Initializer.create(new ModelConfig(CellKind.RNN, Nonlinearity.RELU, 2, 3, 1, 1),
                        InitSpec.pytorchDefault(0)),
                SequenceBatch.ofSequence(X), Targets.regression(LossKind.MSE_ALL, 1, 2, 3, 4), null);
        assertHeader(j, trace);
        assertSteps(trace, trace.layer(0), j.get("steps"), true);
    }

    @Test
    void twoLayersGivePerLayerSteps() throws IOException {
        Path out = dir.resolve("t.json");
        JsonNode j = ok(run("trace", "--cell", "lstm", "--hidden", "3", "--layers", "2", "--seed", "2", "--input",
                csv("x.csv", X).toString(), "--target", text("y.csv", "0.1\n").toString(), "--out", out.toString()),
                out);
        Trace trace = new SequenceRunner().trace(
                Initializer.create(new ModelConfig(CellKind.LSTM, Nonlinearity.TANH, 2, 3, 2, 1),
                        InitSpec.pytorchDefault(2)),
                SequenceBatch.ofSequence(X), Targets.regression(LossKind.MSE_LAST, 0.1), null);
        assertHeader(j, trace);
        assertEquals(2, j.get("num_layers").asInt());
        JsonNode layers = j.get("layers");
        assertTrue(layers.isArray());
        assertEquals(2, layers.size());
        for (int k = 0; k < 2; k++) {
            assertEquals(k, layers.get(k).get("layer").asInt());
            assertSteps(trace, trace.layer(k), layers.get(k).get("steps"), false);
            assertArray(trace.layer(k).gradHiddenNormCurve(), layers.get(k).get("grad_norms"), "layer grad_norms");
        }
        // the top-level steps are the top layer; layer 1's input is layer 0's h
        assertSteps(trace, trace.layer(1), j.get("steps"), true);
        for (int t = 0; t < X.length; t++) {
            assertEquals(layers.get(0).get("steps").get(t).get("h"), layers.get(1).get("steps").get(t).get("x"));
        }
        assertEquals(24, j.get("param_grads").get("weight_ih_l0").size() * 2, "weight_ih_l0 [12][2]");
        assertEquals(3, j.get("param_grads").get("weight_ih_l1").get(0).size(), "weight_ih_l1 [12][H]");
    }

    @Test
    void aBidirectionalModelListsBothDirectionsOfEveryLayer() throws IOException {
        Path out = dir.resolve("t.json");
        JsonNode j = ok(run("trace", "--cell", "gru", "--hidden", "3", "--layers", "2", "--bidirectional", "--seed",
                "4", "--input", csv("x.csv", X).toString(), "--target", text("y.csv", "0.1\n").toString(), "--out",
                out.toString()), out);
        Trace trace = new SequenceRunner().trace(
                Initializer.create(new ModelConfig(CellKind.GRU, Nonlinearity.TANH, 2, 3, 2, 1, true),
                        InitSpec.pytorchDefault(4)),
                SequenceBatch.ofSequence(X), Targets.regression(LossKind.MSE_LAST, 0.1), null);
        assertHeader(j, trace);
        assertTrue(j.get("bidirectional").asBoolean());
        JsonNode layers = j.get("layers");
        assertEquals(4, layers.size());
        for (int k = 0; k < 4; k++) {
            Direction direction = k % 2 == 0 ? Direction.FORWARD : Direction.REVERSE;
            assertEquals(k / 2, layers.get(k).get("layer").asInt());
            assertEquals(direction.id(), layers.get(k).get("direction").asText());
            assertSteps(trace, trace.layer(k / 2, direction), layers.get(k).get("steps"), false);
        }
        // layer 1 reads both directions of layer 0 side by side, forward first
        for (int t = 0; t < X.length; t++) {
            JsonNode x = layers.get(2).get("steps").get(t).get("x");
            assertEquals(6, x.size());
            assertEquals(layers.get(0).get("steps").get(t).get("h").get(2), x.get(2));
            assertEquals(layers.get(1).get("steps").get(t).get("h").get(0), x.get(3));
        }
        assertEquals(6, j.get("param_grads").get("head.weight").get(0).size(), "head.weight [1][2H]");
        assertTrue(j.get("param_grads").has("weight_hh_l1_reverse"));
    }

    @Test
    void ceLastWithAClassTarget() throws IOException {
        Path out = dir.resolve("t.json");
        JsonNode j = ok(run("trace", "--cell", "lstm", "--hidden", "3", "--seed", "3", "--input",
                csv("x.csv", X).toString(), "--target", text("y.csv", "1\n").toString(), "--loss", "ce-last", "--out",
                out.toString()), out);
        // the output size defaults to the largest class + 1 = 2
        Trace trace = new SequenceRunner().trace(
                Initializer.create(new ModelConfig(CellKind.LSTM, Nonlinearity.TANH, 2, 3, 1, 2),
                        InitSpec.pytorchDefault(3)),
                SequenceBatch.ofSequence(X), Targets.classes(LossKind.CE_LAST, 1), null);
        assertEquals("ce-last", j.get("loss_kind").asText());
        assertEquals(2, j.get("output_size").asInt());
        assertHeader(j, trace);
        assertSteps(trace, trace.layer(0), j.get("steps"), true);
        assertParamGrads(trace, j.get("param_grads"));
    }

    @Test
    void ceAllWithPytorchWeights() throws Exception {
        // lstm_l2_ce_all: 2 layers, I = 3, O = 2; one class per step
        Path weights = fixture("lstm_l2_ce_all.safetensors");
        double[][] x = {{0.1, 0.2, 0.3}, {-0.4, 0.5, -0.6}, {0.7, -0.8, 0.9}};
        Path out = dir.resolve("t.json");
        JsonNode j = ok(run("trace", "--weights", weights.toString(), "--input", csv("x.csv", x).toString(),
                "--target", text("y.csv", "0\n1\n1\n").toString(), "--loss", "ce-all", "--out", out.toString()), out);
        Trace trace = new SequenceRunner().trace(ModelFiles.load(weights, null, null), SequenceBatch.ofSequence(x),
                Targets.classes(LossKind.CE_ALL, 0, 1, 1), null);
        assertHeader(j, trace);
        assertSteps(trace, trace.layer(1), j.get("steps"), true);
        assertSteps(trace, trace.layer(0), j.get("layers").get(0).get("steps"), false);
    }

    // ---- (d) bad input: exit 2, one line on stderr, no stack trace ---------------------------------------

    private static void assertRefused(Result r, String... mentions) {
        assertEquals(2, r.exitCode(), "exit code; stderr: " + r.err());
        String err = r.err().strip();
        assertFalse(err.isEmpty(), "a message on stderr");
        assertEquals(1, err.lines().count(), "exactly one line on stderr: " + r.err());
        assertFalse(err.contains("Exception"), "no exception names: " + err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        for (String m : mentions) {
            assertTrue(err.contains(m), "\"" + m + "\" not in: " + err);
        }
        assertEquals("", r.out(), "nothing on stdout");
    }

    private String[] fresh(Path x, Path y, String... more) {
        List<String> args = new ArrayList<>(List.of("trace", "--cell", "lstm", "--hidden", "3", "--input",
                x.toString(), "--target", y.toString(), "--out", dir.resolve("t.json").toString()));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    @Test
    void missingInputFile() throws IOException {
        Path y = text("y.csv", "1\n");
        assertRefused(run(fresh(dir.resolve("absent.csv"), y)), "absent.csv");
        assertFalse(Files.exists(dir.resolve("t.json")), "no output file on failure");
    }

    @Test
    void inputIsADirectory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("series"));
        assertRefused(run(fresh(sub, text("y.csv", "1\n"))), "series", "directory");
    }

    @Test
    void missingInputOption() {
        assertRefused(run("trace", "--cell", "lstm", "--hidden", "3"), "--input");
    }

    @Test
    void nonNumericCsvNamesFileAndLine() throws IOException {
        Path x = text("x.csv", "1,2\n3,abc\n");
        assertRefused(run(fresh(x, text("y.csv", "1\n"))), "x.csv:2", "abc");
    }

    @Test
    void wrongColumnCountForTheWeights() throws Exception {
        // gru_l1_mse_all takes 3 features; give it 2
        Path x = csv("x.csv", X);
        assertRefused(run("trace", "--weights", fixture("gru_l1_mse_all.safetensors").toString(), "--input",
                x.toString(), "--out", dir.resolve("t.json").toString()), "x.csv", "2 column", "3 input");
    }

    @Test
    void unknownCell() throws IOException {
        Path x = csv("x.csv", X);
        assertRefused(run("trace", "--cell", "transformer", "--hidden", "3", "--input", x.toString()),
                "transformer");
        assertRefused(run("trace", "--cell", "lstn", "--weights", fixture2("lstm_l1_ce_last.safetensors"), "--input",
                x.toString()), "lstn");
    }

    private static String fixture2(String name) {
        try {
            return fixture(name).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void malformedSafetensors() throws IOException {
        Path w = dir.resolve("broken.safetensors");
        Files.write(w, new byte[] {(byte) 200, 0, 0, 0, 0, 0, 0, 0, '{', '"'});
        assertRefused(run("trace", "--weights", w.toString(), "--input", csv("x.csv", X).toString()),
                "broken.safetensors");
        Path empty = text("empty.safetensors", "");
        assertRefused(run("trace", "--weights", empty.toString(), "--input", csv("x.csv", X).toString()),
                "empty.safetensors");
    }

    @Test
    void missingWeightsFile() throws IOException {
        assertRefused(run("trace", "--weights", dir.resolve("nope.safetensors").toString(), "--input",
                csv("x.csv", X).toString()), "nope.safetensors");
    }

    @Test
    void classIndexOutOfRange() throws Exception {
        // lstm_l1_ce_last has 2 outputs: class 5 does not exist
        double[][] x = {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}};
        assertRefused(run("trace", "--weights", fixture("lstm_l1_ce_last.safetensors").toString(), "--input",
                csv("x.csv", x).toString(), "--target", text("y.csv", "5\n").toString(), "--loss", "ce-last"),
                "y.csv:1", "5");
        // a fresh model told to have 2 outputs, likewise
        assertRefused(run(fresh(csv("x.csv", X), text("y.csv", "2\n"), "--loss", "ce-last", "--output-size", "2")),
                "y.csv:1");
        // a negative or fractional class
        assertRefused(run(fresh(csv("x.csv", X), text("y.csv", "-1\n"), "--loss", "ce-last")), "y.csv:1");
        assertRefused(run(fresh(csv("x.csv", X), text("y.csv", "0.5\n"), "--loss", "ce-last")), "y.csv:1");
    }

    @Test
    void bogusLoss() throws IOException {
        assertRefused(run(fresh(csv("x.csv", X), text("y.csv", "1\n"), "--loss", "bogus")), "bogus");
    }

    @Test
    void missingHiddenWithoutWeights() throws IOException {
        assertRefused(run("trace", "--cell", "lstm", "--input", csv("x.csv", X).toString()), "--hidden");
    }

    @Test
    void missingCellWithoutWeights() throws IOException {
        assertRefused(run("trace", "--hidden", "3", "--input", csv("x.csv", X).toString()), "--cell");
    }

    @Test
    void sizesTogetherWithWeights() throws Exception {
        assertRefused(run("trace", "--weights", fixture("gru_l1_mse_all.safetensors").toString(), "--hidden", "3",
                "--input", csv("x.csv", X).toString()), "--hidden");
    }

    @Test
    void targetRowsDoNotFitTheLoss() throws IOException {
        // mse-all needs one row per timestep (4)
        assertRefused(run(fresh(csv("x.csv", X), text("y.csv", "1\n2\n"), "--loss", "mse-all")), "y.csv", "4");
    }

    @Test
    void badNumbersInOptions() throws IOException {
        assertRefused(run(fresh(csv("x.csv", X), text("y.csv", "1\n"), "--layers", "4")), "layers");
        assertRefused(run("trace", "--cell", "lstm", "--hidden", "zero", "--input", csv("x.csv", X).toString()),
                "zero");
        assertRefused(run("trace", "--cell", "lstm", "--hidden", "0", "--input", csv("x.csv", X).toString()),
                "hidden");
    }
}
