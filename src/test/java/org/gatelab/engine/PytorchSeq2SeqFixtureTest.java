package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.gatelab.engine.TorchFixtures.Mismatches;
import org.gatelab.engine.trace.AttentionRecord;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.io.InputFileException;
import org.gatelab.io.Seq2SeqFiles;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.DecoderFeed;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the encoder-decoder fixtures ({@code fixtures/pytorch/seq2seq_<case>.json} and {@code .safetensors},
 * made by {@code src/test/python/make_seq2seq_fixtures.py}: one small model with each attention kind, and one
 * without) through {@link Seq2SeqRunner} and checks every recorded value and gradient: the outputs, the loss, the
 * encoder's and the decoder's h, c, gates and pre-activations with their dL/dh and dL/dc at every step, the
 * attention's scores, weights, context and output with their gradients at every decoder step, every parameter
 * gradient, the per-output input gradients, and the greedy decoding. The model is read through
 * {@link Seq2SeqFiles}, as the app reads one. Criterion: |engine - PyTorch| <= 1e-12 * max(1, |PyTorch|).
 */
class PytorchSeq2SeqFixtureTest {
    static final double TOL = 1e-12;
    private static final Set<String> FIELDS = Set.of("case", "cell", "nonlinearity", "attention", "source_vocabulary",
            "target_vocabulary", "hidden_size", "num_layers", "source_len", "target_len", "batch", "source", "target",
            "decoder_input", "outputs", "loss", "encoder", "decoder", "attention_record", "input_gradient_norms",
            "greedy", "param_grads", "torch_version");
    private static final Set<String> LAYER_FIELDS = Set.of("h", "c", "gates", "preact", "grad_h", "grad_c");

    static List<String> cases() {
        return TorchFixtures.caseNames("seq2seq_", true);
    }

    @Test
    void oneFixtureForEveryAttentionKind() {
        List<String> kinds = new ArrayList<>();
        for (String name : cases()) {
            kinds.add(TorchFixtures.read(name).get("attention").asText());
        }
        for (AttentionKind kind : AttentionKind.values()) {
            assertTrue(kinds.contains(kind.id()), "no fixture with attention " + kind.id() + ": " + cases());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void engineReproducesPytorch(String caseName) {
        Mismatches m = compare(caseName, TorchFixtures.read(caseName), new Seq2SeqRunner());
        System.out.println("[PytorchSeq2SeqFixtureTest] " + m.summary());
        m.assertNone();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scalarLoopsReproducePytorch(String caseName) {
        Mismatches m = compare(caseName, TorchFixtures.read(caseName), new Seq2SeqRunner(1, false));
        m.assertNone();
    }

    /** A wrong value in any kind of field is noticed (proof that the comparison can fail). */
    @Test
    void perturbedFixtureIsRejected() {
        String caseName = "seq2seq_gru_general_l2";
        String[][] paths = {
            {"outputs", "1", "2", "3"},
            {"encoder", "1", "grad_h", "2", "0", "1"},
            {"decoder", "0", "gates", "z", "3", "1", "4"},
            {"attention_record", "grad_weights", "2", "1", "3"},
            {"attention_record", "context", "0", "2", "5"},
            {"input_gradient_norms", "3", "0", "4"},
            {"param_grads", "attention.weight", "2", "1"},
        };
        for (String[] path : paths) {
            JsonNode f = TorchFixtures.read(caseName);
            JsonNode parent = f;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.isArray() ? parent.get(Integer.parseInt(path[i])) : parent.get(path[i]);
            }
            int k = Integer.parseInt(path[path.length - 1]);
            double v = parent.get(k).doubleValue();
            ((ArrayNode) parent).set(k, DoubleNode.valueOf(v + 5e-12 * Math.max(1, Math.abs(v))));
            assertEquals(1, compare(caseName, f, new Seq2SeqRunner()).count(), String.join(".", path));
        }
    }

    private static Mismatches compare(String caseName, JsonNode f, Seq2SeqRunner runner) {
        List<String> unknown = new ArrayList<>();
        f.fieldNames().forEachRemaining(k -> {
            if (!FIELDS.contains(k)) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            fail(caseName + ": fixture fields " + unknown + " are not checked by this test; add them");
        }
        Seq2SeqModel model;
        try {
            model = Seq2SeqFiles.load(TorchFixtures.dir().resolve(caseName + ".safetensors"));
        } catch (InputFileException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Seq2SeqConfig c = model.config();
        assertEquals(CellKind.parse(f.get("cell").asText()), c.cell());
        assertEquals(AttentionKind.parse(f.get("attention").asText()), c.attention());
        assertEquals(f.get("num_layers").asInt(), c.layers());
        assertEquals(f.get("hidden_size").asInt(), c.hiddenSize());
        int sl = f.get("source_len").asInt();
        int tl = f.get("target_len").asInt();
        int b = f.get("batch").asInt();
        Seq2SeqBatch batch = new Seq2SeqBatch(sl, tl, b, ints(f.get("source")), ints(f.get("target")));
        Seq2SeqTrace trace = runner.trace(model, batch, DecoderFeed.TEACHER_FORCING);
        Mismatches m = new Mismatches(caseName, TOL, false);
        int[] fed = ints(f.get("decoder_input"));
        for (int s = 0; s < tl; s++) {
            for (int k = 0; k < b; k++) {
                if (trace.decoderInput(s, k) != fed[s * b + k]) {
                    m.add("field=decoder_input s=" + s + " b=" + k + ": expected " + fed[s * b + k] + ", engine "
                            + trace.decoderInput(s, k));
                }
            }
        }
        three(m, "outputs", f.get("outputs"), tl, b, c.targetVocabulary(), trace::output);
        m.check("field=loss", f.get("loss").doubleValue(), trace.loss());
        layers(m, "encoder", f.get("encoder"), trace.encoder(), sl, b, c);
        layers(m, "decoder", f.get("decoder"), trace.decoder(), tl, b, c);
        if (c.attention().attends()) {
            JsonNode a = f.get("attention_record");
            AttentionRecord r = trace.attention();
            int h = c.hiddenSize();
            three(m, "scores", a.get("scores"), tl, b, sl, r::score);
            three(m, "weights", a.get("weights"), tl, b, sl, r::weight);
            three(m, "context", a.get("context"), tl, b, h, r::context);
            three(m, "combined", a.get("combined"), tl, b, h, r::combined);
            three(m, "grad_scores", a.get("grad_scores"), tl, b, sl, r::gradScore);
            three(m, "grad_weights", a.get("grad_weights"), tl, b, sl, r::gradWeight);
            three(m, "grad_context", a.get("grad_context"), tl, b, h, r::gradContext);
            three(m, "grad_combined", a.get("grad_combined"), tl, b, h, r::gradCombined);
        } else if (f.has("attention_record")) {
            m.add("field=attention_record: a model without attention has none");
        }
        three(m, "input_gradient_norms", f.get("input_gradient_norms"), tl, b, sl, trace::inputGradientNorm);
        int[] greedy = ints(f.get("greedy"));
        int[] decoded = runner.decode(model, batch);
        if (!Arrays.equals(greedy, decoded)) {
            m.add("field=greedy: PyTorch decodes " + Arrays.toString(greedy) + ", the engine "
                    + Arrays.toString(decoded));
        }
        JsonNode pg = f.get("param_grads");
        if (pg.size() != model.parameterNames().size()) {
            m.add("field=param_grads: " + pg.size() + " in the fixture, " + model.parameterNames().size() + " in the "
                    + "model");
        }
        for (Iterator<String> it = pg.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            Tensor g = trace.parameterGradients().get(name);
            if (g == null) {
                m.add("field=param_grads." + name + ": the engine has no such parameter");
                continue;
            }
            double[] expected = TorchFixtures.flatten(pg.get(name));
            for (int i = 0; i < expected.length; i++) {
                m.check("field=param_grads." + name + " index=" + TorchFixtures.multiIndex(g.shape(), i), expected[i],
                        g.get(i));
            }
        }
        return m;
    }

    private static void layers(Mismatches m, String stack, JsonNode expected, List<LayerTrace> actual, int steps,
                               int b, Seq2SeqConfig c) {
        if (expected.size() != actual.size()) {
            m.add("field=" + stack + ": " + expected.size() + " layers in the fixture, " + actual.size() + " recorded");
            return;
        }
        int h = c.hiddenSize();
        for (int l = 0; l < actual.size(); l++) {
            JsonNode e = expected.get(l);
            e.fieldNames().forEachRemaining(k -> {
                if (!LAYER_FIELDS.contains(k)) {
                    fail(stack + " layer field " + k + " is not checked by this test; add it");
                }
            });
            LayerTrace lt = actual.get(l);
            String where = stack + "[" + l + "].";
            three(m, where + "h", e.get("h"), steps, b, h, lt::hidden);
            three(m, where + "grad_h", e.get("grad_h"), steps, b, h, lt::gradHidden);
            if (c.cell().hasCellState()) {
                three(m, where + "c", e.get("c"), steps, b, h, lt::cellState);
                three(m, where + "grad_c", e.get("grad_c"), steps, b, h, lt::gradCellState);
            }
            for (Gate g : c.cell().blocks()) {
                three(m, where + "gates." + g.symbol(), e.get("gates").get(g.symbol()), steps, b, h,
                        (t, k, j) -> lt.gate(t, k, g, j));
                three(m, where + "preact." + g.symbol(), e.get("preact").get(g.symbol()), steps, b, h,
                        (t, k, j) -> lt.preActivation(t, k, g, j));
            }
        }
    }

    private static void three(Mismatches m, String field, JsonNode expected, int d0, int d1, int d2,
                              PytorchFixtureTest.At3 actual) {
        if (expected == null) {
            m.add("field=" + field + ": missing from the fixture");
            return;
        }
        int[] shape = TorchFixtures.shape(expected);
        if (!Arrays.equals(shape, new int[] {d0, d1, d2})) {
            m.add("field=" + field + ": fixture shape " + Arrays.toString(shape) + ", expected "
                    + Arrays.toString(new int[] {d0, d1, d2}));
            return;
        }
        for (int i = 0; i < d0; i++) {
            for (int j = 0; j < d1; j++) {
                for (int k = 0; k < d2; k++) {
                    m.check("field=" + field + " [" + i + "][" + j + "][" + k + "]",
                            expected.get(i).get(j).get(k).doubleValue(), actual.at(i, j, k));
                }
            }
        }
    }

    private static int[] ints(JsonNode node) {
        double[] flat = TorchFixtures.flatten(node);
        int[] out = new int[flat.length];
        for (int i = 0; i < flat.length; i++) {
            out[i] = (int) flat[i];
        }
        return out;
    }
}
