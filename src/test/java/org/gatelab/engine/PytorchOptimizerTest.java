package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gatelab.engine.TorchFixtures.Mismatches;
import org.gatelab.engine.trace.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the PyTorch training fixtures ({@code fixtures/pytorch/optim_<case>.json}, produced by
 * {@code src/test/python/make_optimizer_fixtures.py}) with {@link Trainer}: from the recorded initial
 * parameters, the same number of steps on the same batch, with {@link SgdMomentum} or {@link Adam} and
 * {@code clip_grad_norm_}-style clipping. After every step the loss (before the update), the global gradient
 * norm (before clipping), whether clipping happened and every parameter must match PyTorch.
 *
 * <p>Criterion: |engine - PyTorch| <= 1e-10 * |PyTorch| (relative).
 */
class PytorchOptimizerTest {
    static final double TOL = 1e-10;

    private static final Set<String> TOP_FIELDS = Set.of("case", "cell", "nonlinearity", "input_size",
            "hidden_size", "num_layers", "output_size", "seq_len", "batch", "loss_kind", "optimizer",
            "clip_max_norm", "x", "target", "initial_params", "steps", "torch_version");

    static List<String> cases() {
        return TorchFixtures.caseNames("optim_", true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void trainerReproducesPytorch(String caseName) {
        Mismatches m = replay(caseName, TorchFixtures.read(caseName));
        System.out.println("[PytorchOptimizerTest] " + m.summary());
        m.assertNone();
    }

    @Test
    void everyDocumentedCaseIsPresent() {
        assertEquals(List.of("optim_gru_l2_adam_ce_all", "optim_lstm_l1_sgd_momentum_clip",
                "optim_rnn_tanh_l1_sgd_clip"), cases());
    }

    /** The replay must notice a wrong value in any kind of field (proof that the test above can fail). */
    @Test
    void perturbedFixtureIsRejected() {
        String[][] perturbations = {
            {"optim_lstm_l1_sgd_momentum_clip", "steps", "0", "loss"},
            {"optim_lstm_l1_sgd_momentum_clip", "steps", "2", "grad_norm"},
            {"optim_lstm_l1_sgd_momentum_clip", "steps", "3", "params", "weight_hh_l0", "9", "2"},
            {"optim_gru_l2_adam_ce_all", "steps", "3", "params", "bias_ih_l1", "5"},
            {"optim_gru_l2_adam_ce_all", "steps", "0", "params", "head.weight", "1", "3"},
            {"optim_rnn_tanh_l1_sgd_clip", "steps", "2", "params", "weight_ih_l0", "3", "0"},
        };
        for (String[] p : perturbations) {
            JsonNode f = TorchFixtures.read(p[0]);
            String[] path = Arrays.copyOfRange(p, 1, p.length);
            perturb(f, path, 1e-9);
            Mismatches m = replay(p[0], f);
            assertEquals(1, m.count(), "perturbing " + p[0] + " " + String.join(".", path)
                    + " by 1e-9 (relative) should give exactly one mismatch, got " + m.messages());
        }
        // a changed clipped flag is noticed too
        JsonNode f = TorchFixtures.read("optim_rnn_tanh_l1_sgd_clip");
        ((ObjectNode) f.get("steps").get(2)).put("clipped", true);
        assertEquals(1, replay("optim_rnn_tanh_l1_sgd_clip", f).count());
        // and a relative change below the tolerance passes
        f = TorchFixtures.read("optim_gru_l2_adam_ce_all");
        perturb(f, new String[] {"steps", "1", "params", "weight_ih_l0", "4", "1"}, 2e-11);
        assertEquals(0, replay("optim_gru_l2_adam_ce_all", f).count());
    }

    /** Multiplies the number at {@code path} (object keys and array indices) by {@code 1 + delta}. */
    private static void perturb(JsonNode root, String[] path, double delta) {
        JsonNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(path[i])) : parent.get(path[i]);
        }
        String last = path[path.length - 1];
        if (parent.isArray()) {
            int k = Integer.parseInt(last);
            ((ArrayNode) parent).set(k, DoubleNode.valueOf(parent.get(k).doubleValue() * (1 + delta)));
        } else {
            ((ObjectNode) parent).set(last, DoubleNode.valueOf(parent.get(last).doubleValue() * (1 + delta)));
        }
    }

    // ------------------------------------------------------------------------------------------------------

    static Mismatches replay(String caseName, JsonNode f) {
        Mismatches m = new Mismatches(caseName, TOL, true);
        Set<String> unknown = new LinkedHashSet<>();
        f.fieldNames().forEachRemaining(unknown::add);
        unknown.removeAll(TOP_FIELDS);
        if (!unknown.isEmpty()) {
            fail(caseName + ": fixture fields " + unknown + " are not checked by this test; add them");
        }
        ModelConfig config = TorchFixtures.config(f);
        Model model = new Model(config);
        setParameters(caseName, model, f.get("initial_params"));
        JsonNode clip = f.get("clip_max_norm");
        double clipNorm = clip == null || clip.isNull() ? 0 : clip.doubleValue();
        Trainer trainer = new Trainer(model, optimizer(f.get("optimizer")), clipNorm);
        SequenceBatch batch = TorchFixtures.batch(f);
        Targets targets = TorchFixtures.targets(f);

        JsonNode steps = f.get("steps");
        assertTrue(steps.size() > 0, caseName + ": no steps");
        for (int s = 0; s < steps.size(); s++) {
            JsonNode rec = steps.get(s);
            int step = rec.get("step").asInt();
            assertEquals(s + 1, step, caseName + ": steps out of order");
            Trainer.StepResult r = trainer.step(batch, targets);
            String at = "step=" + step + " field=";
            if (r.diverged()) {
                m.add(at + "diverged: the trainer reports a diverged step");
            }
            m.check(at + "loss", rec.get("loss").doubleValue(), r.loss());
            m.check(at + "grad_norm", rec.get("grad_norm").doubleValue(), r.gradNorm());
            boolean clipped = rec.get("clipped").booleanValue();
            if (clipped != r.clipped()) {
                m.add(at + "clipped: expected " + clipped + ", actual " + r.clipped() + " (grad norm "
                        + r.gradNorm() + ", max_norm " + clipNorm + ")");
            }
            JsonNode params = rec.get("params");
            Set<String> names = new LinkedHashSet<>(model.parameterNames());
            for (Iterator<String> it = params.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                names.remove(name);
                if (!model.hasParameter(name)) {
                    m.add(at + "params." + name + ": the model has no parameter of that name");
                    continue;
                }
                Tensor actual = model.parameter(name);
                JsonNode expected = params.get(name);
                int[] shape = TorchFixtures.shape(expected);
                if (!Arrays.equals(shape, actual.shape())) {
                    m.add(at + "params." + name + ": fixture shape " + Arrays.toString(shape) + ", model shape "
                            + Arrays.toString(actual.shape()));
                    continue;
                }
                double[] values = TorchFixtures.flatten(expected);
                for (int k = 0; k < values.length; k++) {
                    m.check(at + "params." + name + " index=" + TorchFixtures.multiIndex(shape, k), values[k],
                            actual.get(k));
                }
            }
            if (!names.isEmpty()) {
                m.add(at + "params: the fixture lacks " + names);
            }
        }
        return m;
    }

    private static void setParameters(String caseName, Model model, JsonNode params) {
        Set<String> missing = new LinkedHashSet<>(model.parameterNames());
        for (Iterator<String> it = params.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode values = params.get(name);
            model.setParameter(name, TorchFixtures.shape(values), TorchFixtures.flatten(values));
            missing.remove(name);
        }
        if (!missing.isEmpty()) {
            fail(caseName + ": initial_params lacks " + missing);
        }
    }

    private static Optimizer optimizer(JsonNode spec) {
        String kind = spec.get("kind").asText();
        double lr = spec.get("lr").doubleValue();
        return switch (kind) {
            case "sgd" -> new SgdMomentum(lr, spec.get("momentum").doubleValue());
            case "adam" -> new Adam(lr, spec.get("betas").get(0).doubleValue(), spec.get("betas").get(1).doubleValue(),
                    spec.get("eps").doubleValue());
            default -> throw new IllegalArgumentException("unknown optimizer kind \"" + kind + "\"");
        };
    }
}
