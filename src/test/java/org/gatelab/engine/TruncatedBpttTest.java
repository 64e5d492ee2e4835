package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import org.gatelab.engine.TorchFixtures.Mismatches;
import org.gatelab.engine.trace.Trace;
import org.gatelab.io.Safetensors;
import org.gatelab.io.TensorData;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Truncated BPTT's two engine paths: the training step from a given state, which must return the state its
 * window ended in, and the forward pass that carries the state on. Checked against PyTorch's one-hot ce-all
 * fixtures (a character model from a nonzero state) and against a single run over the whole sequence.
 */
class TruncatedBpttTest {
    private static final String[] ONE_HOT_CASES = {"lstm_onehot_ce_all_h0", "gru_onehot_ce_all_h0",
            "rnn_tanh_onehot_l2_ce_all_h0"};

    /** The training path (no trace) gives PyTorch's loss, every parameter gradient and the final h and c. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void trainingPathFromAStateReproducesPytorch(boolean simd) {
        for (String name : ONE_HOT_CASES) {
            JsonNode f = TorchFixtures.read(name);
            Model model = load(name, f);
            Gradients grads = new Gradients(model);
            SequenceRunner.WindowResult w = new SequenceRunner(1, simd).lossAndGradients(model,
                    TorchFixtures.batch(f), TorchFixtures.targets(f), initial(f), grads);
            Mismatches m = new Mismatches(name, PytorchFixtureTest.TOL, false);
            m.check("loss", f.get("loss").doubleValue(), w.loss());
            for (Iterator<String> it = f.get("param_grads").fieldNames(); it.hasNext(); ) {
                String p = it.next();
                double[] expected = TorchFixtures.flatten(f.get("param_grads").get(p));
                double[] actual = grads.get(p).values();
                for (int k = 0; k < expected.length; k++) {
                    m.check("param_grads." + p + "[" + k + "]", expected[k], actual[k]);
                }
            }
            checkFinalState(m, f, w.finalState());
            m.assertNone();
        }
    }

    /** The forward-only path returns the same final state, and the outputs PyTorch computed. */
    @Test
    void forwardFromAStateReturnsPytorchsFinalState() {
        for (String name : ONE_HOT_CASES) {
            JsonNode f = TorchFixtures.read(name);
            SequenceRunner.WindowResult w = new SequenceRunner().forward(load(name, f), TorchFixtures.batch(f),
                    TorchFixtures.targets(f), initial(f));
            Mismatches m = new Mismatches(name, PytorchFixtureTest.TOL, false);
            m.check("loss", f.get("loss").doubleValue(), w.loss());
            double[] outputs = TorchFixtures.flatten(f.get("outputs"));
            for (int k = 0; k < outputs.length; k++) {
                m.check("outputs[" + k + "]", outputs[k], w.outputs()[k]);
            }
            checkFinalState(m, f, w.finalState());
            m.assertNone();
        }
    }

    /** The final state of every layer is h (and c) at the window's last step: PyTorch's h_n and c_n. */
    private static void checkFinalState(Mismatches m, JsonNode f, InitialState state) {
        int steps = f.get("seq_len").asInt();
        JsonNode layers = f.get("layers");
        assertEquals(layers.size(), state.layers());
        for (int l = 0; l < layers.size(); l++) {
            double[] h = TorchFixtures.flatten(layers.get(l).get("h").get(steps - 1));
            double[] actual = state.hiddenState(l);
            assertEquals(h.length, actual.length);
            for (int k = 0; k < h.length; k++) {
                m.check("h_n layer " + l + "[" + k + "]", h[k], actual[k]);
            }
            if (layers.get(l).has("c")) {
                double[] c = TorchFixtures.flatten(layers.get(l).get("c").get(steps - 1));
                double[] actualC = state.cellState(l);
                for (int k = 0; k < c.length; k++) {
                    m.check("c_n layer " + l + "[" + k + "]", c[k], actualC[k]);
                }
            } else {
                assertNull(state.cellState(l));
            }
        }
    }

    /**
     * Two windows with the state carried across compute, bit for bit, what one run over the whole sequence
     * computes: the same outputs, the same final state. (The gradients differ on purpose: each window's stops at
     * its edge.)
     */
    @ParameterizedTest
    @CsvSource({"RNN, 6, 1", "LSTM, 6, 1", "GRU, 6, 1", "LSTM, 20, 2", "GRU, 20, 2", "RNN, 20, 2"})
    void windowsWithTheStateCarriedEqualOneRun(CellKind cell, int hidden, int threads) {
        int steps = 12;
        int split = 5;
        int batch = 8;
        int features = 4;
        Model model = TestModels.randomModel(cell, Nonlinearity.TANH, features, hidden, 2, 3, 31);
        SequenceBatch whole = TestModels.randomInput(steps, batch, features, 32);
        SequenceRunner runner = new SequenceRunner(threads);
        SequenceRunner.WindowResult all = runner.forward(model, whole, null, null);
        SequenceRunner.WindowResult first = runner.forward(model, slice(whole, 0, split), null, null);
        SequenceRunner.WindowResult second = runner.forward(model, slice(whole, split, steps), null,
                first.finalState());
        double[] joined = new double[all.outputs().length];
        System.arraycopy(first.outputs(), 0, joined, 0, first.outputs().length);
        System.arraycopy(second.outputs(), 0, joined, first.outputs().length, second.outputs().length);
        assertArrayEquals(all.outputs(), joined, 0.0);
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(all.finalState().hiddenState(l), second.finalState().hiddenState(l), 0.0);
            if (cell.hasCellState()) {
                assertArrayEquals(all.finalState().cellState(l), second.finalState().cellState(l), 0.0);
            }
        }
        // the trace of the second window, started from the carried state, records that state as h_{-1}
        Trace trace = runner.trace(model, slice(whole, split, steps), null, first.finalState());
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < hidden; j++) {
                assertEquals(first.finalState().hiddenState(1)[b * hidden + j], trace.top().previousHidden(0, b, j),
                        0.0);
            }
        }
    }

    /** The training path from a state: one thread or two, SIMD or not, the same final state and loss bit for bit. */
    @ParameterizedTest
    @CsvSource({"LSTM", "GRU", "RNN"})
    void trainingPathIsTheSameOnAnyThreadCountAndLoop(CellKind cell) {
        int steps = 7;
        int batch = 12;
        Model model = TestModels.randomModel(cell, Nonlinearity.TANH, 5, 20, 1, 5, 41);
        SequenceBatch x = TestModels.randomInput(steps, batch, 5, 42);
        Targets y = TestModels.randomTargets(LossKind.CE_ALL, steps, batch, 5, 43);
        InitialState start = new SequenceRunner().forward(model, x, null, null).finalState();
        SequenceRunner.WindowResult reference = new SequenceRunner(1, false).lossAndGradients(model, x, y, start,
                new Gradients(model));
        for (SequenceRunner runner : new SequenceRunner[] {new SequenceRunner(1), new SequenceRunner(2),
                new SequenceRunner(2, false)}) {
            Gradients g = new Gradients(model);
            SequenceRunner.WindowResult w = runner.lossAndGradients(model, x, y, start, g);
            assertEquals(reference.loss(), w.loss(), 0.0);
            assertArrayEquals(reference.finalState().hiddenState(0), w.finalState().hiddenState(0), 0.0);
            if (cell.hasCellState()) {
                assertArrayEquals(reference.finalState().cellState(0), w.finalState().cellState(0), 0.0);
            }
        }
    }

    /**
     * The trainer's window step returns the forward pass's final state and updates the parameters as the plain
     * step does; starting from another state changes the loss (the state is really used).
     */
    @Test
    void trainerStepFromAStateReturnsTheStateItEndedIn() {
        Model model = TestModels.randomModel(CellKind.LSTM, Nonlinearity.TANH, 4, 6, 1, 4, 51);
        SequenceBatch x = TestModels.randomInput(5, 3, 4, 52);
        Targets y = TestModels.randomTargets(LossKind.CE_ALL, 5, 3, 4, 53);
        InitialState start = new SequenceRunner().forward(model, x, null, null).finalState();
        SequenceRunner.WindowResult expected = new SequenceRunner().forward(model, x, y, start);

        Model a = model.copy();
        Trainer.WindowStep step = new Trainer(a, new Adam(0.01), 1.0).stepFrom(x, y, start);
        assertEquals(expected.loss(), step.step().loss(), 0.0);
        assertArrayEquals(expected.finalState().hiddenState(0), step.finalState().hiddenState(0), 0.0);
        assertArrayEquals(expected.finalState().cellState(0), step.finalState().cellState(0), 0.0);

        Model b = model.copy();
        Trainer.StepResult plain = new Trainer(b, new Adam(0.01), 1.0).step(x, y);
        assertNotEquals(plain.loss(), step.step().loss());
        Model c = model.copy();
        Trainer.WindowStep fromZero = new Trainer(c, new Adam(0.01), 1.0).stepFrom(x, y, null);
        assertEquals(plain.loss(), fromZero.step().loss(), 0.0);
        for (String p : model.parameterNames()) {
            assertArrayEquals(b.parameter(p).values(), c.parameter(p).values(), 0.0, p);
        }
    }

    private static SequenceBatch slice(SequenceBatch x, int from, int to) {
        int rows = x.batchSize() * x.features();
        return new SequenceBatch(to - from, x.batchSize(), x.features(),
                Arrays.copyOfRange(x.values(), from * rows, to * rows));
    }

    private static Model load(String name, JsonNode f) {
        Model model = new Model(TorchFixtures.config(f));
        try {
            for (TensorData t : Safetensors.read(TorchFixtures.dir().resolve(name + ".safetensors")).tensors()
                    .values()) {
                model.setParameter(t.name(), t.shape(), t.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    private static InitialState initial(JsonNode f) {
        return new InitialState(TorchFixtures.perLayer(f.get("h0")), TorchFixtures.perLayer(f.get("c0")));
    }
}
