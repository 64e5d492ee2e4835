package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Stream;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.engine.trace.Trace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SIMD loops compute what the scalar loops compute, operation for operation: every recorded value and
 * every gradient is the same bit for bit, whatever the vector width (the sizes give whole vectors and tails for
 * 2, 4 and 8 lanes, rows in blocks of four and a remainder, an input narrower than a vector). Only the
 * step-Jacobian norms sum their squares in another order; they agree to 1e-13.
 */
class SimdLoopsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(CellKind.LSTM, Nonlinearity.TANH, 20, false),
                Arguments.of(CellKind.LSTM, Nonlinearity.TANH, 37, false),
                Arguments.of(CellKind.GRU, Nonlinearity.TANH, 20, false),
                Arguments.of(CellKind.GRU, Nonlinearity.TANH, 37, false),
                Arguments.of(CellKind.RNN, Nonlinearity.TANH, 37, false),
                Arguments.of(CellKind.RNN, Nonlinearity.RELU, 20, false),
                Arguments.of(CellKind.LSTM, Nonlinearity.TANH, 37, true),
                Arguments.of(CellKind.GRU, Nonlinearity.TANH, 20, true),
                Arguments.of(CellKind.RNN, Nonlinearity.TANH, 20, true));
    }

    @ParameterizedTest(name = "{0} {1} hidden {2} bidirectional {3}")
    @MethodSource("cases")
    void simdAndScalarLoopsRecordTheSameValues(CellKind cell, Nonlinearity nl, int hidden, boolean bidirectional) {
        assumeTrue(Simd.enabled(), "the JVM has no Vector API");
        int steps = 7;
        int batch = 6;
        int in = 3;
        Model model = TestModels.randomModel(new ModelConfig(cell, nl, in, hidden, 2, 2, bidirectional), 21);
        SequenceBatch x = TestModels.randomInput(steps, batch, in, 22);
        Targets y = TestModels.randomTargets(LossKind.MSE_ALL, steps, batch, 2, 23);
        Trace simd = new SequenceRunner(1, true).trace(model, x, y, null);
        Trace scalar = new SequenceRunner(1, false).trace(model, x, y, null);
        assertEquals(scalar.loss(), simd.loss(), 0.0);
        for (int k = 0; k < scalar.allLayers().size(); k++) {
            LayerTrace a = scalar.allLayers().get(k);
            LayerTrace b = simd.allLayers().get(k);
            for (int t = 0; t < steps; t++) {
                for (int s = 0; s < batch; s++) {
                    double norm = a.stepJacobianNorm(t, s);
                    assertEquals(norm, b.stepJacobianNorm(t, s), 1e-13 * norm, "step Jacobian norm");
                    for (int j = 0; j < hidden; j++) {
                        assertEquals(a.hidden(t, s, j), b.hidden(t, s, j), 0.0, "h");
                        assertEquals(a.gradHidden(t, s, j), b.gradHidden(t, s, j), 0.0, "dL/dh");
                        for (Gate g : cell.blocks()) {
                            assertEquals(a.gate(t, s, g, j), b.gate(t, s, g, j), 0.0, "gate");
                            assertEquals(a.preActivation(t, s, g, j), b.preActivation(t, s, g, j), 0.0);
                            assertEquals(a.preActivationHiddenPart(t, s, g, j), b.preActivationHiddenPart(t, s, g, j),
                                    0.0);
                            assertEquals(a.gradPreActivation(t, s, g, j), b.gradPreActivation(t, s, g, j), 0.0);
                        }
                        if (cell.hasCellState()) {
                            assertEquals(a.cellState(t, s, j), b.cellState(t, s, j), 0.0, "c");
                            assertEquals(a.gradCellState(t, s, j), b.gradCellState(t, s, j), 0.0, "dL/dc");
                        }
                    }
                    for (int f = 0; f < a.inputSize(); f++) {
                        assertEquals(a.gradInput(t, s, f), b.gradInput(t, s, f), 0.0, "dL/dx");
                    }
                }
            }
        }
        for (String name : model.parameterNames()) {
            double[] ga = scalar.parameterGradients().get(name).values();
            double[] gb = simd.parameterGradients().get(name).values();
            for (int i = 0; i < ga.length; i++) {
                assertEquals(ga[i], gb[i], 0.0, name);
            }
        }
    }

    /** The training path records less but computes the same loss and gradients as the full trace. */
    @ParameterizedTest(name = "{0} {1} hidden {2} bidirectional {3}")
    @MethodSource("cases")
    void theTrainingPathGivesTheTracesGradients(CellKind cell, Nonlinearity nl, int hidden, boolean bidirectional) {
        Model model = TestModels.randomModel(new ModelConfig(cell, nl, 3, hidden, 2, 2, bidirectional), 31);
        SequenceBatch x = TestModels.randomInput(5, 6, 3, 32);
        Targets y = TestModels.randomTargets(LossKind.MSE_LAST, 5, 6, 2, 33);
        for (int threads = 1; threads <= 2; threads++) {
            SequenceRunner runner = new SequenceRunner(threads);
            Trace trace = runner.trace(model, x, y, null);
            Gradients grads = new Gradients(model);
            assertEquals(trace.loss(), runner.lossAndGradients(model, x, y, grads), 0.0);
            for (String name : model.parameterNames()) {
                double[] expected = trace.parameterGradients().get(name).values();
                double[] actual = grads.get(name).values();
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], actual[i], 0.0, name);
                }
            }
        }
    }
}
