package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.gatelab.engine.ReferenceNetwork.Nudge;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bidirectional stacks: every gradient the engine records for both directions (the {@code _reverse} parameters,
 * dL/dh_t, dL/dc_t and dL/dh_0 of each direction, dL/dx_t summed over the directions) against central finite
 * differences of the loss, the forward values of both directions against the slow reference network, and the
 * reverse direction's step Jacobian dh_t/dh_{t+1}. Same criterion as {@link FiniteDifferenceTest}.
 */
class BidirectionalFiniteDifferenceTest {
    private static final double H = 1e-4;
    private static final double REL = 1e-6;
    private static final double ABS = 1e-10;
    private static final int STEPS = 4;
    private static final int BATCH = 2;
    private static final int IN = 3;
    private static final int HIDDEN = 3;
    private static final int OUT = 2;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        Object[][] cells = {{CellKind.RNN, Nonlinearity.TANH}, {CellKind.RNN, Nonlinearity.RELU},
            {CellKind.LSTM, Nonlinearity.TANH}, {CellKind.GRU, Nonlinearity.TANH}};
        for (Object[] cell : cells) {
            out.add(Arguments.of(cell[0], cell[1], 1, LossKind.MSE_ALL));
            out.add(Arguments.of(cell[0], cell[1], 2, LossKind.CE_LAST));
        }
        out.add(Arguments.of(CellKind.GRU, Nonlinearity.TANH, 3, LossKind.CE_ALL));
        out.add(Arguments.of(CellKind.LSTM, Nonlinearity.TANH, 3, LossKind.MSE_LAST));
        return out.stream();
    }

    private static double numeric(DoubleUnaryOperator f) {
        return (-f.applyAsDouble(2 * H) + 8 * f.applyAsDouble(H) - 8 * f.applyAsDouble(-H) + f.applyAsDouble(-2 * H))
                / (12 * H);
    }

    private static void assertClose(double analytic, double numeric, String where) {
        double tol = REL * Math.max(Math.abs(analytic), Math.abs(numeric)) + ABS;
        assertTrue(Math.abs(analytic - numeric) <= tol,
                () -> where + ": analytic " + analytic + " vs numeric " + numeric);
    }

    private record Setup(Model model, SequenceBatch x, Targets y) {
    }

    private static Setup setup(CellKind cell, Nonlinearity nl, int layers, LossKind loss) {
        long seed = 502L + 100L * cell.ordinal() + 10L * layers + loss.ordinal() + 50L * nl.ordinal();
        ModelConfig config = new ModelConfig(cell, nl, IN, HIDDEN, layers, OUT, true);
        Setup s = new Setup(TestModels.randomModel(config, seed), TestModels.randomInput(STEPS, BATCH, IN, seed + 1),
                TestModels.randomTargets(loss, STEPS, BATCH, OUT, seed + 2));
        if (nl == Nonlinearity.RELU) {
            // a difference quotient across ReLU's kink measures nothing: the seeds keep every pre-activation away
            Trace trace = new SequenceRunner().trace(s.model(), s.x(), null, null);
            for (LayerTrace layer : trace.allLayers()) {
                for (int t = 0; t < STEPS; t++) {
                    for (int b = 0; b < BATCH; b++) {
                        for (int j = 0; j < HIDDEN; j++) {
                            assertTrue(Math.abs(layer.preActivation(t, b, Gate.A, j)) > 1e-2, "seed " + seed
                                    + " puts a ReLU pre-activation at the kink");
                        }
                    }
                }
            }
        }
        return s;
    }

    @ParameterizedTest(name = "{0} {1} layers={2} {3}")
    @MethodSource("cases")
    void parameterGradientsOfBothDirectionsMatchFiniteDifferences(CellKind cell, Nonlinearity nl, int layers,
                                                                  LossKind loss) {
        Setup s = setup(cell, nl, layers, loss);
        Model model = s.model();
        SequenceRunner runner = new SequenceRunner();
        Trace trace = runner.trace(model, s.x(), s.y(), null);
        assertTrue(model.parameterNames().contains("weight_hh_l" + (layers - 1) + "_reverse"));
        assertEquals(2 * HIDDEN, model.shape(ParameterNames.HEAD_WEIGHT)[1]);
        for (String name : model.parameterNames()) {
            Tensor grad = trace.parameterGradients().get(name);
            double[] original = model.parameter(name).values();
            int[] shape = model.shape(name);
            for (int i = 0; i < original.length; i++) {
                int index = i;
                double num = numeric(delta -> {
                    double[] v = original.clone();
                    v[index] += delta;
                    model.setParameter(name, shape, v);
                    double l = runner.trace(model, s.x(), s.y(), null).loss();
                    model.setParameter(name, shape, original);
                    return l;
                });
                assertClose(grad.get(i), num, name + "[" + i + "]");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} layers={2} {3}")
    @MethodSource("cases")
    void stateGradientsOfBothDirectionsMatchFiniteDifferences(CellKind cell, Nonlinearity nl, int layers,
                                                              LossKind loss) {
        Setup s = setup(cell, nl, layers, loss);
        Trace trace = new SequenceRunner().trace(s.model(), s.x(), s.y(), null);
        ReferenceNetwork reference = new ReferenceNetwork(s.model());
        assertEquals(reference.run(s.x(), s.y(), null).loss, trace.loss(), 1e-12, "loss");
        for (int l = 0; l < layers; l++) {
            for (Direction direction : Direction.values()) {
                LayerTrace layer = trace.layer(l, direction);
                int dir = direction.ordinal();
                String where = "layer " + l + " " + direction.id();
                for (int t = 0; t < STEPS; t++) {
                    for (int b = 0; b < BATCH; b++) {
                        for (int j = 0; j < HIDDEN; j++) {
                            Nudge.Kind[] kinds = cell.hasCellState()
                                    ? new Nudge.Kind[] {Nudge.Kind.HIDDEN, Nudge.Kind.CELL}
                                    : new Nudge.Kind[] {Nudge.Kind.HIDDEN};
                            for (Nudge.Kind kind : kinds) {
                                int fl = l;
                                int ft = t;
                                int fb = b;
                                int fj = j;
                                double num = numeric(d -> reference.run(s.x(), s.y(),
                                        new Nudge(kind, fl, ft, fb, fj, d, dir)).loss);
                                double analytic = kind == Nudge.Kind.HIDDEN ? layer.gradHidden(t, b, j)
                                        : layer.gradCellState(t, b, j);
                                assertClose(analytic, num, kind + " " + where + " t=" + t + " b=" + b + " j=" + j);
                            }
                        }
                    }
                }
                for (int b = 0; b < BATCH; b++) {
                    for (int j = 0; j < HIDDEN; j++) {
                        int fl = l;
                        int fb = b;
                        int fj = j;
                        double num = numeric(d -> reference.run(s.x(), s.y(),
                                new Nudge(Nudge.Kind.INITIAL_HIDDEN, fl, 0, fb, fj, d, dir)).loss);
                        assertClose(layer.gradInitialHidden(b, j), num, "dL/dh0 " + where + " b=" + b + " j=" + j);
                    }
                }
            }
        }
        // dL/dx_t reaches the input through both directions of layer 0
        LayerTrace forward = trace.layer(0, Direction.FORWARD);
        LayerTrace reverse = trace.layer(0, Direction.REVERSE);
        for (int t = 0; t < STEPS; t++) {
            double squares = 0;
            for (int b = 0; b < BATCH; b++) {
                for (int i = 0; i < IN; i++) {
                    int ft = t;
                    int fb = b;
                    int fi = i;
                    double num = numeric(d -> reference.run(s.x(), s.y(), new Nudge(Nudge.Kind.INPUT, 0, ft, fb, fi, d))
                            .loss);
                    assertClose(forward.gradInput(t, b, i) + reverse.gradInput(t, b, i), num,
                            "dL/dx t=" + t + " b=" + b + " i=" + i);
                    squares += num * num;
                }
            }
            // the connectivity view's ||dL/dx_t||: both directions' parts summed before the norm
            assertClose(trace.gradInputNorm(t), Math.sqrt(squares), "||dL/dx_t|| t=" + t);
        }
    }

    @ParameterizedTest(name = "{0} {1} layers={2} {3}")
    @MethodSource("cases")
    void bothDirectionsMatchTheReferenceAndTheReverseJacobianLooksAhead(CellKind cell, Nonlinearity nl, int layers,
                                                                      LossKind loss) {
        Setup s = setup(cell, nl, layers, loss);
        Trace trace = new SequenceRunner().trace(s.model(), s.x(), null, null);
        ReferenceNetwork reference = new ReferenceNetwork(s.model());
        ReferenceNetwork.Result ref = reference.run(s.x(), null, null);
        for (int l = 0; l < layers; l++) {
            for (Direction direction : Direction.values()) {
                LayerTrace layer = trace.layer(l, direction);
                int dir = direction.ordinal();
                for (int t = 0; t < STEPS; t++) {
                    for (int b = 0; b < BATCH; b++) {
                        ReferenceNetwork.Step step = ref.steps.get(2 * l + dir).get(t).get(b);
                        for (int j = 0; j < HIDDEN; j++) {
                            assertEquals(step.h()[j], layer.hidden(t, b, j), 1e-12, "h");
                            for (int k = 0; k < cell.blockCount(); k++) {
                                Gate g = cell.blocks().get(k);
                                assertEquals(step.act()[k * HIDDEN + j], layer.gate(t, b, g, j), 1e-12, "act " + g);
                            }
                        }
                        double[] in = new double[layer.inputSize()];
                        for (int i = 0; i < in.length; i++) {
                            in[i] = layer.input(t, b, i);
                        }
                        double[] hPrev = new double[HIDDEN];
                        double[] cPrev = new double[HIDDEN];
                        for (int j = 0; j < HIDDEN; j++) {
                            hPrev[j] = layer.previousHidden(t, b, j);
                            cPrev[j] = cell.hasCellState() ? layer.previousCellState(t, b, j) : 0;
                        }
                        double frob = 0;
                        for (int k = 0; k < HIDDEN; k++) {
                            for (int j = 0; j < HIDDEN; j++) {
                                int fk = k;
                                int fj = j;
                                int fl = l;
                                double entry = numeric(d -> {
                                    double[] hp = hPrev.clone();
                                    hp[fk] += d;
                                    return reference.step(fl, dir, in, hp, cPrev, null).h()[fj];
                                });
                                frob += entry * entry;
                            }
                        }
                        assertClose(layer.stepJacobianNorm(t, b), Math.sqrt(frob),
                                "step Jacobian layer " + l + " " + direction.id() + " t=" + t);
                    }
                }
            }
        }
        for (int t = 0; t < STEPS; t++) {
            for (int b = 0; b < BATCH; b++) {
                for (int k = 0; k < OUT; k++) {
                    assertEquals(ref.outputs[t][b][k], trace.output(t, b, k), 1e-12, "y");
                }
            }
        }
    }
}
