package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatelab.engine.TorchFixtures.Mismatches;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.engine.trace.Trace;
import org.gatelab.io.Safetensors;
import org.gatelab.io.SafetensorsFile;
import org.gatelab.io.TensorData;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every PyTorch golden fixture ({@code fixtures/pytorch/<case>.json} + {@code <case>.safetensors},
 * produced by {@code src/test/python/make_pytorch_fixtures.py}) through {@link SequenceRunner#trace} and checks
 * every quantity the fixture records: outputs, loss, and per layer h, c, gate activations, pre-activations
 * (total, input part, recurrent part), dL/dh, dL/dc, dL/d(pre-activation), dL/d(input), dL/dh0, dL/dc0, plus
 * every parameter gradient.
 *
 * <p>Criterion: |engine - PyTorch| <= 1e-12 * max(1, |PyTorch|). A fixture field this test does not know
 * fails the test, so a new field added to the generator cannot go unchecked silently.
 */
class PytorchFixtureTest {
    static final double TOL = 1e-12;

    private static final Set<String> TOP_FIELDS = Set.of("case", "cell", "nonlinearity", "input_size",
            "hidden_size", "num_layers", "bidirectional", "output_size", "seq_len", "batch", "loss_kind", "x", "target",
            "h0", "c0",
            "outputs", "loss", "layers", "param_grads", "torch_version");
    private static final Set<String> LAYER_FIELDS = Set.of("layer", "direction", "h", "c", "gates", "preact", "preact_ih", "preact_hh",
            "grad_h", "grad_c", "grad_preact", "grad_x", "grad_h0", "grad_c0");

    /**
     * Every {@code <case>.json} beside the README except the optimizer fixtures ({@code optim_*}) and the
     * encoder-decoders ({@code seq2seq_*}, checked by {@link PytorchSeq2SeqFixtureTest}).
     */
    static List<String> cases() {
        return TorchFixtures.caseNames("optim_", false).stream().filter(n -> !n.startsWith("seq2seq_")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void engineReproducesPytorch(String caseName) {
        Mismatches m = compare(caseName, TorchFixtures.read(caseName));
        System.out.println("[PytorchFixtureTest] " + m.summary());
        m.assertNone();
    }

    /**
     * The same with the engine's scalar loops, which run where the JVM lacks the Vector API (the test above
     * runs the SIMD loops when it has it). The wider cases (hidden 20) run whole vectors and a tail.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scalarLoopsReproducePytorch(String caseName) {
        Mismatches m = compare(caseName, TorchFixtures.read(caseName), new SequenceRunner(1, false));
        System.out.println("[PytorchFixtureTest] scalar " + m.summary());
        m.assertNone();
    }

    @Test
    void everyFixtureIsFoundAndComplete() {
        List<String> names = cases();
        assertTrue(names.size() >= 23, "expected at least the 23 documented cases, found " + names);
        assertTrue(names.stream().filter(n -> n.contains("_bi_")).count() >= 6, "the bidirectional cases: " + names);
        for (String name : names) {
            assertTrue(Files.isRegularFile(TorchFixtures.dir().resolve(name + ".safetensors")),
                    name + ".safetensors is missing");
        }
    }

    /** The comparison must notice a wrong value in any kind of field (proof that the test above can fail). */
    @Test
    void perturbedFixtureIsRejected() {
        String caseName = "lstm_l2_ce_all";
        String[][] perturbations = {
            {"loss"},
            {"outputs", "5", "1", "0"},
            {"layers", "0", "gates", "f", "2", "1", "3"},
            {"layers", "1", "preact_hh", "g", "0", "0", "0"},
            {"layers", "1", "grad_c", "4", "0", "2"},
            {"layers", "0", "grad_x", "3", "1", "2"},
            {"layers", "0", "grad_c0", "1", "1"},
            {"param_grads", "weight_hh_l1", "7", "3"},
        };
        for (String[] path : perturbations) {
            JsonNode f = TorchFixtures.read(caseName);
            perturb(f, path, 5e-12);
            Mismatches m = compare(caseName, f);
            assertEquals(1, m.count(), "perturbing " + String.join(".", path) + " by 5e-12 should give exactly "
                    + "one mismatch, got " + m.messages());
        }
        // a change below the tolerance passes
        JsonNode f = TorchFixtures.read(caseName);
        perturb(f, new String[] {"layers", "1", "h", "2", "0", "1"}, 2e-13);
        assertEquals(0, compare(caseName, f).count());
    }

    /** Adds {@code delta * max(1, |v|)} to the number at {@code path} (object keys and array indices). */
    private static void perturb(JsonNode root, String[] path, double delta) {
        JsonNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(path[i])) : parent.get(path[i]);
        }
        String last = path[path.length - 1];
        if (parent.isArray()) {
            int k = Integer.parseInt(last);
            double v = parent.get(k).doubleValue();
            ((ArrayNode) parent).set(k, DoubleNode.valueOf(v + delta * Math.max(1, Math.abs(v))));
        } else {
            double v = parent.get(last).doubleValue();
            ((ObjectNode) parent).set(last, DoubleNode.valueOf(v + delta * Math.max(1, Math.abs(v))));
        }
    }

    // ------------------------------------------------------------------------------------------------------

    /** Runs the engine on the fixture's model and data and compares everything the fixture records. */
    static Mismatches compare(String caseName, JsonNode f) {
        return compare(caseName, f, new SequenceRunner());
    }

    private static Mismatches compare(String caseName, JsonNode f, SequenceRunner runner) {
        Mismatches m = new Mismatches(caseName, TOL, false);
        requireKnownFields(caseName, f);
        ModelConfig config = TorchFixtures.config(f);
        Model model = loadModel(caseName, config, m);
        SequenceBatch batch = TorchFixtures.batch(f);
        InitialState initial = initialState(f);
        Trace trace = runner.trace(model, batch, TorchFixtures.targets(f), initial);

        int steps = f.get("seq_len").asInt();
        int b = f.get("batch").asInt();
        int hidden = config.hiddenSize();
        CellKind cell = config.cell();

        compare3(m, "outputs", "-", f.get("outputs"), steps, b, config.outputSize(), trace::output);
        m.check("field=loss", f.get("loss").doubleValue(), trace.loss());

        JsonNode layers = f.get("layers");
        int directions = config.directions();
        if (layers.size() != config.layers() * directions) {
            m.add("field=layers: fixture has " + layers.size() + " entries, num_layers is " + config.layers()
                    + " with " + directions + " direction(s)");
        }
        for (int k = 0; k < Math.min(layers.size(), config.layers() * directions); k++) {
            JsonNode e = layers.get(k);
            int l = k / directions;
            Direction direction = e.has("direction") ? Direction.parse(e.get("direction").asText()) : Direction.FORWARD;
            if (e.has("layer") && e.get("layer").asInt() != l || direction.ordinal() != k % directions) {
                m.add("field=layers[" + k + "]: expected layer " + l + " " + Direction.values()[k % directions].id()
                        + ", the fixture says " + e.get("layer") + " " + direction.id());
                continue;
            }
            LayerTrace lt = trace.layer(l, direction);
            String layer = l + (config.bidirectional() ? " " + direction.id() : "");
            int in = config.layerInputSize(l);
            compare3(m, "h", layer, e.get("h"), steps, b, hidden, lt::hidden);
            if (e.has("c")) {
                compare3(m, "c", layer, e.get("c"), steps, b, hidden, lt::cellState);
            }
            if (e.has("gates")) {
                compareBlocks(m, "gates", layer, e.get("gates"), cell, steps, b, hidden, lt::gate);
            } else if (cell == CellKind.RNN) {
                // the RNN's single block A has no gate in the fixture; its activation is h itself
                compare3(m, "gates.a (= h)", layer, e.get("h"), steps, b, hidden,
                        (t, bb, j) -> lt.gate(t, bb, Gate.A, j));
            }
            compareBlocks(m, "preact", layer, e.get("preact"), cell, steps, b, hidden, lt::preActivation);
            if (e.has("preact_ih")) {
                compareBlocks(m, "preact_ih", layer, e.get("preact_ih"), cell, steps, b, hidden,
                        lt::preActivationInputPart);
            }
            if (e.has("preact_hh")) {
                compareBlocks(m, "preact_hh", layer, e.get("preact_hh"), cell, steps, b, hidden,
                        lt::preActivationHiddenPart);
            }
            compare3(m, "grad_h", layer, e.get("grad_h"), steps, b, hidden, lt::gradHidden);
            if (e.has("grad_c")) {
                compare3(m, "grad_c", layer, e.get("grad_c"), steps, b, hidden, lt::gradCellState);
            }
            if (e.has("grad_preact")) {
                compareBlocks(m, "grad_preact", layer, e.get("grad_preact"), cell, steps, b, hidden,
                        lt::gradPreActivation);
            }
            compare3(m, "grad_x", layer, e.get("grad_x"), steps, b, in, lt::gradInput);
            if (e.has("grad_h0")) {
                compare2(m, "grad_h0", layer, e.get("grad_h0"), b, hidden, lt::gradInitialHidden);
            }
            if (e.has("grad_c0")) {
                compare2(m, "grad_c0", layer, e.get("grad_c0"), b, hidden, lt::gradInitialCell);
            }
        }

        Map<String, Tensor> grads = trace.parameterGradients();
        JsonNode pg = f.get("param_grads");
        Set<String> names = new LinkedHashSet<>(model.parameterNames());
        for (Iterator<String> it = pg.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            names.remove(name);
            Tensor g = grads.get(name);
            if (g == null) {
                m.add("field=param_grads." + name + ": the engine has no gradient of that name");
                continue;
            }
            JsonNode expected = pg.get(name);
            int[] shape = TorchFixtures.shape(expected);
            if (!Arrays.equals(shape, g.shape())) {
                m.add("field=param_grads." + name + ": fixture shape " + Arrays.toString(shape) + ", engine shape "
                        + Arrays.toString(g.shape()));
                continue;
            }
            double[] values = TorchFixtures.flatten(expected);
            for (int k = 0; k < values.length; k++) {
                m.check("field=param_grads." + name + " index=" + TorchFixtures.multiIndex(shape, k), values[k],
                        g.get(k));
            }
        }
        if (!names.isEmpty()) {
            m.add("field=param_grads: the fixture has no gradient for " + names);
        }
        return m;
    }

    private static void requireKnownFields(String caseName, JsonNode f) {
        List<String> unknown = new ArrayList<>();
        f.fieldNames().forEachRemaining(k -> {
            if (!TOP_FIELDS.contains(k)) {
                unknown.add(k);
            }
        });
        for (JsonNode e : f.get("layers")) {
            e.fieldNames().forEachRemaining(k -> {
                if (!LAYER_FIELDS.contains(k)) {
                    unknown.add("layers[]." + k);
                }
            });
        }
        if (!unknown.isEmpty()) {
            fail(caseName + ": fixture fields " + unknown + " are not checked by this test; add them");
        }
    }

    private static Model loadModel(String caseName, ModelConfig config, Mismatches m) {
        Path path = TorchFixtures.dir().resolve(caseName + ".safetensors");
        SafetensorsFile file;
        try {
            file = Safetensors.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        String cell = file.metadata().get("cell");
        String expectedCell = config.cell() == CellKind.RNN ? "rnn_" + config.nonlinearity().id() : config.cell().id();
        if (!expectedCell.equals(cell)) {
            m.add("field=safetensors.__metadata__.cell: \"" + cell + "\", the JSON describes " + expectedCell);
        }
        Model model = new Model(config);
        Set<String> missing = new LinkedHashSet<>(model.parameterNames());
        for (TensorData t : file.tensors().values()) {
            model.setParameter(t.name(), t.shape(), t.values());
            missing.remove(t.name());
        }
        if (!missing.isEmpty()) {
            fail(caseName + ".safetensors lacks " + missing);
        }
        return model;
    }

    private static InitialState initialState(JsonNode f) {
        double[][] h0 = TorchFixtures.perLayer(f.get("h0"));
        double[][] c0 = TorchFixtures.perLayer(f.get("c0"));
        if (h0 == null && c0 == null) {
            return null;
        }
        if (h0 == null) {
            boolean bidirectional = f.has("bidirectional") && f.get("bidirectional").asBoolean();
            h0 = new double[f.get("num_layers").asInt() * (bidirectional ? 2 : 1)][];
        }
        return new InitialState(h0, c0);
    }

    // ------------------------------------------------------------------------------------------------------

    interface At3 {
        double at(int t, int b, int unit);
    }

    interface At2 {
        double at(int b, int unit);
    }

    interface AtBlock {
        double at(int t, int b, Gate gate, int unit);
    }

    private static void compare3(Mismatches m, String field, String layer, JsonNode expected, int steps, int batch,
                                 int width, At3 actual) {
        if (expected == null) {
            m.add("field=" + field + " layer=" + layer + ": missing from the fixture");
            return;
        }
        int[] shape = TorchFixtures.shape(expected);
        if (!Arrays.equals(shape, new int[] {steps, batch, width})) {
            m.add("field=" + field + " layer=" + layer + ": fixture shape " + Arrays.toString(shape) + ", expected "
                    + Arrays.toString(new int[] {steps, batch, width}));
            return;
        }
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < width; j++) {
                    m.check("field=" + field + " layer=" + layer + " t=" + t + " b=" + b + " unit=" + j,
                            expected.get(t).get(b).get(j).doubleValue(), actual.at(t, b, j));
                }
            }
        }
    }

    private static void compare2(Mismatches m, String field, String layer, JsonNode expected, int batch, int width,
                                 At2 actual) {
        int[] shape = TorchFixtures.shape(expected);
        if (!Arrays.equals(shape, new int[] {batch, width})) {
            m.add("field=" + field + " layer=" + layer + ": fixture shape " + Arrays.toString(shape) + ", expected "
                    + Arrays.toString(new int[] {batch, width}));
            return;
        }
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < width; j++) {
                m.check("field=" + field + " layer=" + layer + " t=- b=" + b + " unit=" + j,
                        expected.get(b).get(j).doubleValue(), actual.at(b, j));
            }
        }
    }

    /** A per-block object ({@code {"i": [T][B][H], ...}}); its keys must be exactly the cell's blocks. */
    private static void compareBlocks(Mismatches m, String field, String layer, JsonNode object, CellKind cell,
                                      int steps, int batch, int hidden, AtBlock actual) {
        if (object == null) {
            m.add("field=" + field + " layer=" + layer + ": missing from the fixture");
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        Set<String> expectedKeys = new LinkedHashSet<>();
        for (Gate g : cell.blocks()) {
            expectedKeys.add(g.symbol());
        }
        if (!keys.equals(expectedKeys)) {
            m.add("field=" + field + " layer=" + layer + ": fixture keys " + keys + ", the " + cell.id() + " has "
                    + expectedKeys);
        }
        for (Gate g : cell.blocks()) {
            if (object.has(g.symbol())) {
                compare3(m, field + "." + g.symbol(), layer, object.get(g.symbol()), steps, batch, hidden,
                        (t, b, j) -> actual.at(t, b, g, j));
            }
        }
    }
}
