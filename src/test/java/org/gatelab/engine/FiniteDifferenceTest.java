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
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every gradient the engine records, checked against central finite differences of the loss (float64,
 * fourth-order stencil), for all three cells, 1 and 2 layers, and all four losses. Also checks the fast
 * engine's forward values against the slow reference implementation.
 *
 * <p>Criterion: for every element, |analytic - numeric| <= 1e-6 * max(|analytic|, |numeric|) + 1e-10.
 */
class FiniteDifferenceTest {
    private static final double H = 1e-4;
    private static final double REL = 1e-6;
    private static final double ABS = 1e-10;
    private static final int STEPS = 5;
    private static final int BATCH = 2;
    private static final int IN = 3;
    private static final int HIDDEN = 4;
    private static final int OUT = 3;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Object[] cell : new Object[][] {{CellKind.RNN, Nonlinearity.TANH}, {CellKind.RNN, Nonlinearity.RELU},
                {CellKind.LSTM, Nonlinearity.TANH}, {CellKind.GRU, Nonlinearity.TANH}}) {
            for (int layers = 1; layers <= 2; layers++) {
                for (LossKind loss : LossKind.values()) {
                    out.add(Arguments.of(cell[0], cell[1], layers, loss));
                }
            }
        }
        return out.stream();
    }

    /** Derivative of f at 0 by the five-point central stencil. */
    private static double numeric(DoubleUnaryOperator f) {
        return (-f.applyAsDouble(2 * H) + 8 * f.applyAsDouble(H) - 8 * f.applyAsDouble(-H) + f.applyAsDouble(-2 * H))
                / (12 * H);
    }

    private static void assertClose(double analytic, double numeric, String where) {
        double tol = REL * Math.max(Math.abs(analytic), Math.abs(numeric)) + ABS;
        assertTrue(Math.abs(analytic - numeric) <= tol,
                () -> where + ": analytic " + analytic + " vs numeric " + numeric + " (rel err "
                        + Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric)) + ")");
    }

    private static long seedOf(CellKind cell, Nonlinearity nl, int layers, LossKind loss) {
        return 1000L * cell.ordinal() + 100L * nl.ordinal() + 10L * layers + loss.ordinal();
    }

    @ParameterizedTest(name = "{0} {1} layers={2} {3}")
    @MethodSource("cases")
    void parameterGradientsMatchFiniteDifferences(CellKind cell, Nonlinearity nl, int layers, LossKind loss) {
        long seed = seedOf(cell, nl, layers, loss);
        Model model = TestModels.randomModel(cell, nl, IN, HIDDEN, layers, OUT, seed);
        SequenceBatch x = TestModels.randomInput(STEPS, BATCH, IN, seed + 1);
        Targets y = TestModels.randomTargets(loss, STEPS, BATCH, OUT, seed + 2);
        SequenceRunner runner = new SequenceRunner();
        Trace trace = runner.trace(model, x, y, null);
        for (String name : model.parameterNames()) {
            Tensor grad = trace.parameterGradients().get(name);
            double[] original = model.parameter(name).values();
            int[] shape = model.shape(name);
            for (int i = 0; i < original.length; i++) {
                final int index = i;
                double num = numeric(delta -> {
                    double[] v = original.clone();
                    v[index] += delta;
                    model.setParameter(name, shape, v);
                    double l = runner.trace(model, x, y, null).loss();
                    model.setParameter(name, shape, original);
                    return l;
                });
                assertClose(grad.get(i), num, name + "[" + i + "]");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} layers={2} {3}")
    @MethodSource("cases")
    void recordedStateGradientsMatchFiniteDifferences(CellKind cell, Nonlinearity nl, int layers, LossKind loss) {
        long seed = seedOf(cell, nl, layers, loss);
        Model model = TestModels.randomModel(cell, nl, IN, HIDDEN, layers, OUT, seed);
        SequenceBatch x = TestModels.randomInput(STEPS, BATCH, IN, seed + 1);
        Targets y = TestModels.randomTargets(loss, STEPS, BATCH, OUT, seed + 2);
        Trace trace = new SequenceRunner().trace(model, x, y, null);
        ReferenceNetwork reference = new ReferenceNetwork(model);
        assertEquals(reference.run(x, y, null).loss, trace.loss(), 1e-12, "loss");

        for (int l = 0; l < layers; l++) {
            LayerTrace layer = trace.layer(l);
            for (int t = 0; t < STEPS; t++) {
                for (int b = 0; b < BATCH; b++) {
                    for (int j = 0; j < HIDDEN; j++) {
                        int fl = l;
                        int ft = t;
                        int fb = b;
                        int fj = j;
                        double dh = numeric(d -> reference.run(x, y, new Nudge(Nudge.Kind.HIDDEN, fl, ft, fb, fj, d)).loss);
                        assertClose(layer.gradHidden(t, b, j), dh, "dL/dh layer " + l + " t=" + t + " b=" + b + " j=" + j);
                        if (cell.hasCellState()) {
                            double dc = numeric(d -> reference.run(x, y, new Nudge(Nudge.Kind.CELL, fl, ft, fb, fj, d)).loss);
                            assertClose(layer.gradCellState(t, b, j), dc, "dL/dc layer " + l + " t=" + t + " j=" + j);
                        }
                    }
                }
            }
            for (int b = 0; b < BATCH; b++) {
                for (int j = 0; j < HIDDEN; j++) {
                    int fl = l;
                    int fb = b;
                    int fj = j;
                    double dh0 = numeric(d -> reference.run(x, y, new Nudge(Nudge.Kind.INITIAL_HIDDEN, fl, 0, fb, fj, d)).loss);
                    assertClose(layer.gradInitialHidden(b, j), dh0, "dL/dh0 layer " + l + " b=" + b + " j=" + j);
                }
            }
        }
        LayerTrace first = trace.layer(0);
        for (int t = 0; t < STEPS; t++) {
            for (int b = 0; b < BATCH; b++) {
                for (int i = 0; i < IN; i++) {
                    int ft = t;
                    int fb = b;
                    int fi = i;
                    double dx = numeric(d -> reference.run(x, y, new Nudge(Nudge.Kind.INPUT, 0, ft, fb, fi, d)).loss);
                    assertClose(first.gradInput(t, b, i), dx, "dL/dx t=" + t + " b=" + b + " i=" + i);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} layers={2} {3}")
    @MethodSource("cases")
    void forwardValuesMatchTheReference(CellKind cell, Nonlinearity nl, int layers, LossKind loss) {
        long seed = seedOf(cell, nl, layers, loss);
        Model model = TestModels.randomModel(cell, nl, IN, HIDDEN, layers, OUT, seed);
        SequenceBatch x = TestModels.randomInput(STEPS, BATCH, IN, seed + 1);
        Trace trace = new SequenceRunner().trace(model, x, null, null);
        ReferenceNetwork.Result ref = new ReferenceNetwork(model).run(x, null, null);
        for (int l = 0; l < layers; l++) {
            for (int t = 0; t < STEPS; t++) {
                for (int b = 0; b < BATCH; b++) {
                    ReferenceNetwork.Step step = ref.steps.get(l).get(t).get(b);
                    for (int j = 0; j < HIDDEN; j++) {
                        assertEquals(step.h()[j], trace.layer(l).hidden(t, b, j), 1e-12, "h");
                        List<Gate> blocks = cell.blocks();
                        for (int k = 0; k < blocks.size(); k++) {
                            assertEquals(step.pre()[k * HIDDEN + j], trace.layer(l).preActivation(t, b, blocks.get(k), j),
                                    1e-12, "pre " + blocks.get(k));
                            assertEquals(step.act()[k * HIDDEN + j], trace.layer(l).gate(t, b, blocks.get(k), j),
                                    1e-12, "act " + blocks.get(k));
                        }
                        if (cell.hasCellState()) {
                            assertEquals(step.c()[j], trace.layer(l).cellState(t, b, j), 1e-12, "c");
                        }
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

    @ParameterizedTest(name = "{0} {1} layers={2} {3}")
    @MethodSource("cases")
    void stepJacobianNormMatchesFiniteDifferences(CellKind cell, Nonlinearity nl, int layers, LossKind loss) {
        if (loss != LossKind.MSE_LAST) {
            return; // the Jacobian does not depend on the loss; one loss per cell and depth is enough
        }
        long seed = seedOf(cell, nl, layers, loss);
        Model model = TestModels.randomModel(cell, nl, IN, HIDDEN, layers, OUT, seed);
        SequenceBatch x = TestModels.randomInput(STEPS, BATCH, IN, seed + 1);
        Trace trace = new SequenceRunner().trace(model, x, null, null);
        ReferenceNetwork reference = new ReferenceNetwork(model);
        for (int l = 0; l < layers; l++) {
            LayerTrace layer = trace.layer(l);
            for (int t = 0; t < STEPS; t++) {
                for (int b = 0; b < BATCH; b++) {
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
                                return reference.step(fl, 0, in, hp, cPrev, null).h()[fj];
                            });
                            frob += entry * entry;
                        }
                    }
                    assertClose(layer.stepJacobianNorm(t, b), Math.sqrt(frob), "||dh_t/dh_t-1|| layer " + l + " t=" + t);
                }
            }
        }
    }
}
