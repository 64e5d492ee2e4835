package org.gatelab.engine;

import java.util.ArrayList;
import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * A slow, readable implementation of the same networks, one sequence, one step, one layer at a time, with
 * SimpleMatrix: the fast engine is checked against it. It can nudge any h_t, c_t or input by a small amount,
 * which is how the tests take finite differences of the loss with respect to recorded states.
 */
final class ReferenceNetwork {

    /**
     * Where to add {@code delta}: to h_t (or c_t, before h_t is computed from it) or to the input x_t, of one
     * direction of one layer (0 forward, 1 reverse).
     */
    record Nudge(Kind kind, int layer, int t, int b, int unit, double delta, int direction) {
        enum Kind { HIDDEN, CELL, INPUT, INITIAL_HIDDEN }

        Nudge(Kind kind, int layer, int t, int b, int unit, double delta) {
            this(kind, layer, t, b, unit, delta, 0);
        }
    }

    /** Forward values of one step of one cell. */
    record Step(double[] pre, double[] act, double[] c, double[] h) {
    }

    static final class Result {
        double loss;
        /** [layer * directions + direction][t][b] -> step values */
        final List<List<List<Step>>> steps = new ArrayList<>();
        /** [t][b] -> outputs */
        double[][][] outputs;
    }

    private final Model model;
    private final ModelConfig config;

    ReferenceNetwork(Model model) {
        this.model = model;
        this.config = model.config();
    }

    /** One step of layer {@code layer}: returns pre-activations, activations, c' and h'. */
    Step step(int layer, int direction, double[] x, double[] hPrev, double[] cPrev, Nudge cellNudge) {
        ParameterNames.Layer names = ParameterNames.layer("", layer, RecurrentStack.direction(direction));
        return cellStep(config.cell(), config.nonlinearity(), matrix(model, names.weightIh()),
                matrix(model, names.weightHh()), matrix(model, names.biasIh()), matrix(model, names.biasHh()), x, hPrev,
                cPrev, cellNudge == null ? -1 : cellNudge.unit(), cellNudge == null ? 0 : cellNudge.delta());
    }

    /** A parameter as a column-major-free SimpleMatrix: [rows x cols] for weights, [n x 1] for biases. */
    static SimpleMatrix matrix(ParameterSet model, String name) {
        var t = model.parameter(name);
        int rows = t.dim(0);
        int cols = t.rank() == 2 ? t.dim(1) : 1;
        return new SimpleMatrix(rows, cols, true, t.values());
    }

    /**
     * One step of one cell from its four tensors, PyTorch's equations written out; {@code nudgeUnit} (or -1) gets
     * {@code nudge} added to its new c before h is computed from it.
     */
    static Step cellStep(CellKind cell, Nonlinearity nl, SimpleMatrix wIh, SimpleMatrix wHh, SimpleMatrix bIh,
                         SimpleMatrix bHh, double[] x, double[] hPrev, double[] cPrev, int nudgeUnit, double nudge) {
        int h = hPrev.length;
        SimpleMatrix xs = new SimpleMatrix(x.length, 1, true, x);
        SimpleMatrix hs = new SimpleMatrix(h, 1, true, hPrev);
        SimpleMatrix in = wIh.mult(xs).plus(bIh);
        SimpleMatrix rec = wHh.mult(hs).plus(bHh);
        int blocks = cell.blockCount();
        double[] pre = new double[blocks * h];
        double[] act = new double[blocks * h];
        double[] hNew = new double[h];
        double[] cNew = cell.hasCellState() ? new double[h] : null;
        for (int j = 0; j < h; j++) {
            switch (cell) {
                case RNN -> {
                    double a = in.get(j) + rec.get(j);
                    pre[j] = a;
                    act[j] = nl == Nonlinearity.RELU ? Math.max(0, a) : Math.tanh(a);
                    hNew[j] = act[j];
                }
                case LSTM -> {
                    for (int k = 0; k < 4; k++) {
                        pre[k * h + j] = in.get(k * h + j) + rec.get(k * h + j);
                    }
                    double i = sig(pre[j]);
                    double f = sig(pre[h + j]);
                    double g = Math.tanh(pre[2 * h + j]);
                    double o = sig(pre[3 * h + j]);
                    act[j] = i;
                    act[h + j] = f;
                    act[2 * h + j] = g;
                    act[3 * h + j] = o;
                    cNew[j] = f * cPrev[j] + i * g;
                    if (nudgeUnit == j) {
                        cNew[j] += nudge;
                    }
                    hNew[j] = o * Math.tanh(cNew[j]);
                }
                case GRU -> {
                    pre[j] = in.get(j) + rec.get(j);
                    pre[h + j] = in.get(h + j) + rec.get(h + j);
                    double r = sig(pre[j]);
                    double z = sig(pre[h + j]);
                    pre[2 * h + j] = in.get(2 * h + j) + r * rec.get(2 * h + j);
                    double n = Math.tanh(pre[2 * h + j]);
                    act[j] = r;
                    act[h + j] = z;
                    act[2 * h + j] = n;
                    hNew[j] = (1 - z) * n + z * hPrev[j];
                }
                default -> throw new IllegalStateException();
            }
        }
        return new Step(pre, act, cNew, hNew);
    }

    static double sig(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    Result run(SequenceBatch input, Targets targets, Nudge nudge) {
        int steps = input.length();
        int batch = input.batchSize();
        int h = config.hiddenSize();
        Result result = new Result();
        // layer inputs [t][b][features]
        double[][][] layerIn = new double[steps][batch][];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                double[] x = new double[config.inputSize()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = input.get(t, b, i);
                }
                if (nudge != null && nudge.kind() == Nudge.Kind.INPUT && nudge.layer() == 0 && nudge.t() == t
                        && nudge.b() == b) {
                    x[nudge.unit()] += nudge.delta();
                }
                layerIn[t][b] = x;
            }
        }
        int directions = config.directions();
        for (int l = 0; l < config.layers(); l++) {
            double[][][][] out = new double[directions][steps][batch][];
            for (int dir = 0; dir < directions; dir++) {
                Step[][] recorded = new Step[steps][batch];
                for (int b = 0; b < batch; b++) {
                    double[] hPrev = new double[h];
                    double[] cPrev = new double[h];
                    if (nudge != null && nudge.kind() == Nudge.Kind.INITIAL_HIDDEN && nudge.layer() == l
                            && nudge.direction() == dir && nudge.b() == b) {
                        hPrev[nudge.unit()] += nudge.delta();
                    }
                    // the reverse direction reads t = T-1 .. 0
                    for (int k = 0; k < steps; k++) {
                        int t = dir == 0 ? k : steps - 1 - k;
                        boolean here = nudge != null && nudge.layer() == l && nudge.direction() == dir
                                && nudge.t() == t && nudge.b() == b;
                        Nudge cellNudge = here && nudge.kind() == Nudge.Kind.CELL ? nudge : null;
                        Step s = step(l, dir, layerIn[t][b], hPrev, cPrev, cellNudge);
                        double[] hOut = s.h().clone();
                        if (here && nudge.kind() == Nudge.Kind.HIDDEN) {
                            hOut[nudge.unit()] += nudge.delta();
                        }
                        recorded[t][b] = s;
                        out[dir][t][b] = hOut;
                        hPrev = hOut;
                        cPrev = s.c();
                    }
                }
                List<List<Step>> layerSteps = new ArrayList<>();
                for (Step[] atT : recorded) {
                    layerSteps.add(List.of(atT));
                }
                result.steps.add(layerSteps);
            }
            // the layer's output: both directions side by side, forward first
            double[][][] next = new double[steps][batch][h * directions];
            for (int dir = 0; dir < directions; dir++) {
                for (int t = 0; t < steps; t++) {
                    for (int b = 0; b < batch; b++) {
                        System.arraycopy(out[dir][t][b], 0, next[t][b], dir * h, h);
                    }
                }
            }
            layerIn = next;
        }
        // readout and loss on the top layer's (possibly nudged) h
        SimpleMatrix w = matrix(model, ParameterNames.HEAD_WEIGHT);
        SimpleMatrix bias = matrix(model, ParameterNames.HEAD_BIAS);
        int outs = config.outputSize();
        result.outputs = new double[steps][batch][outs];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                SimpleMatrix y = w.mult(new SimpleMatrix(h * directions, 1, true, layerIn[t][b])).plus(bias);
                for (int k = 0; k < outs; k++) {
                    result.outputs[t][b][k] = y.get(k);
                }
            }
        }
        result.loss = targets == null ? Double.NaN : loss(result.outputs, targets, steps, batch);
        return result;
    }

    private double loss(double[][][] y, Targets targets, int steps, int batch) {
        LossKind kind = targets.loss();
        int first = kind.isLastStepOnly() ? steps - 1 : 0;
        double sum = 0;
        int count = 0;
        int row = 0;
        for (int t = first; t < steps; t++) {
            for (int b = 0; b < batch; b++, row++) {
                double[] out = y[t][b];
                if (kind.isClassification()) {
                    double z = 0;
                    for (double v : out) {
                        z += Math.exp(v);
                    }
                    sum += Math.log(z) - out[targets.classAt(row)];
                    count++;
                } else {
                    for (int k = 0; k < out.length; k++) {
                        double d = out[k] - targets.value(row * out.length + k);
                        sum += d * d;
                        count++;
                    }
                }
            }
        }
        return sum / count;
    }
}
