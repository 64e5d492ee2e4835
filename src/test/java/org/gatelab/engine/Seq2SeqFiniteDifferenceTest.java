package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.gatelab.engine.ReferenceSeq2Seq.Nudge;
import org.gatelab.engine.trace.AttentionRecord;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.DecoderFeed;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The encoder-decoder's every gradient against central finite differences of the loss computed by a slow
 * reference ({@link ReferenceSeq2Seq}): every parameter (encoder, decoder, attention, combining layer, head), the
 * encoder's and the decoder's dL/dh and dL/dc, the attention's dL/d(score), dL/d(weight), dL/d(context) and
 * dL/d(output) at every decoder step, and the per-output input gradients ‖∂y_s[target_s]/∂x_t‖; for every cell
 * and every attention kind. Also the forward values against the reference, and greedy decoding against the
 * trace that replays it. Same criterion as {@link FiniteDifferenceTest}.
 */
class Seq2SeqFiniteDifferenceTest {
    private static final double H = 1e-4;
    private static final double REL = 1e-6;
    private static final double ABS = 1e-10;
    private static final int SOURCE_VOCAB = 4;
    private static final int TARGET_VOCAB = 3;
    private static final int HIDDEN = 3;
    private static final int T = 4;
    private static final int S = 3;
    private static final int B = 2;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (CellKind cell : CellKind.values()) {
            for (AttentionKind kind : AttentionKind.values()) {
                out.add(Arguments.of(cell, kind, 1));
            }
        }
        out.add(Arguments.of(CellKind.LSTM, AttentionKind.ADDITIVE, 2));
        out.add(Arguments.of(CellKind.GRU, AttentionKind.GENERAL, 2));
        out.add(Arguments.of(CellKind.RNN, AttentionKind.NONE, 2));
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

    private record Setup(Seq2SeqModel model, Seq2SeqBatch batch) {
    }

    private static Setup setup(CellKind cell, AttentionKind kind, int layers) {
        long seed = 900L + 10L * cell.ordinal() + kind.ordinal() + 100L * layers;
        Seq2SeqConfig config = new Seq2SeqConfig(cell, Nonlinearity.TANH, SOURCE_VOCAB, TARGET_VOCAB, HIDDEN, layers,
                kind);
        Random random = new Random(seed + 1);
        int[] source = new int[T * B];
        int[] target = new int[S * B];
        for (int i = 0; i < source.length; i++) {
            source[i] = random.nextInt(SOURCE_VOCAB);
        }
        for (int i = 0; i < target.length; i++) {
            target[i] = random.nextInt(TARGET_VOCAB);
        }
        return new Setup(TestModels.randomSeq2Seq(config, seed), new Seq2SeqBatch(T, S, B, source, target));
    }

    @ParameterizedTest(name = "{0} {1} layers={2}")
    @MethodSource("cases")
    void forwardValuesMatchTheReference(CellKind cell, AttentionKind kind, int layers) {
        Setup s = setup(cell, kind, layers);
        Seq2SeqTrace trace = new Seq2SeqRunner().trace(s.model(), s.batch(), DecoderFeed.TEACHER_FORCING);
        ReferenceSeq2Seq reference = new ReferenceSeq2Seq(s.model());
        ReferenceSeq2Seq.Result ref = reference.run(s.batch(), reference.teacherInputs(s.batch()), null);
        assertEquals(ref.loss(), trace.loss(), 1e-12, "loss");
        for (int step = 0; step < S; step++) {
            for (int b = 0; b < B; b++) {
                for (int k = 0; k < TARGET_VOCAB; k++) {
                    assertEquals(ref.outputs()[step][b][k], trace.output(step, b, k), 1e-12, "y");
                }
                if (kind.attends()) {
                    double sum = 0;
                    for (int t = 0; t < T; t++) {
                        assertEquals(ref.weights()[step][b][t], trace.attention().weight(step, b, t), 1e-12, "α");
                        sum += trace.attention().weight(step, b, t);
                    }
                    assertEquals(1, sum, 1e-12, "the weights of a decoder step sum to 1");
                }
            }
        }
        assertEquals(trace.loss(), new Seq2SeqRunner().loss(s.model(), s.batch()), 0.0, "the loss-only path");
    }

    @ParameterizedTest(name = "{0} {1} layers={2}")
    @MethodSource("cases")
    void parameterGradientsMatchFiniteDifferences(CellKind cell, AttentionKind kind, int layers) {
        Setup s = setup(cell, kind, layers);
        Seq2SeqModel model = s.model();
        Seq2SeqRunner runner = new Seq2SeqRunner();
        Seq2SeqTrace trace = runner.trace(model, s.batch(), DecoderFeed.TEACHER_FORCING);
        Gradients training = new Gradients(model);
        assertEquals(trace.loss(), runner.lossAndGradients(model, s.batch(), training), 0.0);
        for (String name : model.parameterNames()) {
            Tensor grad = trace.parameterGradients().get(name);
            assertArrayEquals(grad.values(), training.get(name).values(), 0.0, "training path: " + name);
            double[] original = model.parameter(name).values();
            int[] shape = model.shape(name);
            for (int i = 0; i < original.length; i++) {
                int index = i;
                double num = numeric(delta -> {
                    double[] v = original.clone();
                    v[index] += delta;
                    model.setParameter(name, shape, v);
                    double l = runner.loss(model, s.batch());
                    model.setParameter(name, shape, original);
                    return l;
                });
                assertClose(grad.get(i), num, name + "[" + i + "]");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} layers={2}")
    @MethodSource("cases")
    void recordedGradientsMatchFiniteDifferences(CellKind cell, AttentionKind kind, int layers) {
        Setup s = setup(cell, kind, layers);
        Seq2SeqTrace trace = new Seq2SeqRunner().trace(s.model(), s.batch(), DecoderFeed.TEACHER_FORCING);
        ReferenceSeq2Seq reference = new ReferenceSeq2Seq(s.model());
        int[] inputs = reference.teacherInputs(s.batch());
        for (int l = 0; l < layers; l++) {
            checkStates(reference, s.batch(), inputs, trace.encoder().get(l), l, T, Nudge.Kind.ENCODER_HIDDEN,
                    Nudge.Kind.ENCODER_CELL, cell);
            checkStates(reference, s.batch(), inputs, trace.decoder().get(l), l, S, Nudge.Kind.DECODER_HIDDEN,
                    Nudge.Kind.DECODER_CELL, cell);
        }
        if (!kind.attends()) {
            return;
        }
        AttentionRecord a = trace.attention();
        for (int step = 0; step < S; step++) {
            for (int b = 0; b < B; b++) {
                for (int t = 0; t < T; t++) {
                    assertClose(a.gradScore(step, b, t), fd(reference, s.batch(), inputs, Nudge.Kind.SCORE, step, b, t),
                            "dL/da s=" + step + " b=" + b + " t=" + t);
                    assertClose(a.gradWeight(step, b, t), fd(reference, s.batch(), inputs, Nudge.Kind.WEIGHT, step, b,
                            t), "dL/dα s=" + step + " b=" + b + " t=" + t);
                }
                for (int j = 0; j < HIDDEN; j++) {
                    assertClose(a.gradContext(step, b, j), fd(reference, s.batch(), inputs, Nudge.Kind.CONTEXT, step,
                            b, j), "dL/dc s=" + step + " j=" + j);
                    assertClose(a.gradCombined(step, b, j), fd(reference, s.batch(), inputs, Nudge.Kind.COMBINED,
                            step, b, j), "dL/dd~ s=" + step + " j=" + j);
                }
            }
        }
    }

    private static double fd(ReferenceSeq2Seq reference, Seq2SeqBatch batch, int[] inputs, Nudge.Kind kind, int step,
                             int b, int index) {
        return numeric(d -> reference.run(batch, inputs, new Nudge(kind, 0, step, b, index, d)).loss());
    }

    private static void checkStates(ReferenceSeq2Seq reference, Seq2SeqBatch batch, int[] inputs, LayerTrace layer,
                                    int l, int steps, Nudge.Kind hidden, Nudge.Kind cellKind, CellKind cell) {
        for (int step = 0; step < steps; step++) {
            for (int b = 0; b < B; b++) {
                for (int j = 0; j < HIDDEN; j++) {
                    int fs = step;
                    int fb = b;
                    int fj = j;
                    double dh = numeric(d -> reference.run(batch, inputs, new Nudge(hidden, l, fs, fb, fj, d)).loss());
                    assertClose(layer.gradHidden(step, b, j), dh, hidden + " layer " + l + " step " + step + " j=" + j);
                    if (cell.hasCellState()) {
                        double dc = numeric(d -> reference.run(batch, inputs, new Nudge(cellKind, l, fs, fb, fj, d))
                                .loss());
                        assertClose(layer.gradCellState(step, b, j), dc, cellKind + " layer " + l + " step " + step);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} layers={2}")
    @MethodSource("cases")
    void inputGradientNormsMatchFiniteDifferences(CellKind cell, AttentionKind kind, int layers) {
        Setup s = setup(cell, kind, layers);
        Seq2SeqTrace trace = new Seq2SeqRunner().trace(s.model(), s.batch(), DecoderFeed.TEACHER_FORCING);
        ReferenceSeq2Seq reference = new ReferenceSeq2Seq(s.model());
        int[] inputs = reference.teacherInputs(s.batch());
        for (int step = 0; step < S; step++) {
            for (int b = 0; b < B; b++) {
                int target = s.batch().target(step, b);
                for (int t = 0; t < T; t++) {
                    double sum = 0;
                    for (int i = 0; i < SOURCE_VOCAB; i++) {
                        int fs = step;
                        int fb = b;
                        int ft = t;
                        int fi = i;
                        double g = numeric(d -> reference.run(s.batch(), inputs,
                                new Nudge(Nudge.Kind.INPUT, 0, ft, fb, fi, d)).outputs()[fs][fb][target]);
                        sum += g * g;
                    }
                    assertClose(trace.inputGradientNorm(step, b, t), Math.sqrt(sum),
                            "‖∂y_s/∂x_t‖ s=" + step + " b=" + b + " t=" + t);
                }
            }
        }
    }

    @Test
    void greedyDecodingFeedsItsOwnAnswersAndTheTraceReplaysThem() {
        for (AttentionKind kind : AttentionKind.values()) {
            Setup s = setup(CellKind.GRU, kind, 2);
            Seq2SeqRunner runner = new Seq2SeqRunner();
            int[] answers = runner.decode(s.model(), s.batch());
            Seq2SeqTrace trace = runner.trace(s.model(), s.batch(), DecoderFeed.GREEDY);
            ReferenceSeq2Seq reference = new ReferenceSeq2Seq(s.model());
            int[] inputs = new int[S * B];
            for (int b = 0; b < B; b++) {
                assertEquals(s.model().config().startSymbol(), trace.decoderInput(0, b));
                for (int step = 0; step < S; step++) {
                    assertEquals(answers[step * B + b], trace.predicted(step, b), kind + ": the trace's answer");
                    inputs[step * B + b] = trace.decoderInput(step, b);
                    if (step > 0) {
                        assertEquals(answers[(step - 1) * B + b], trace.decoderInput(step, b), "fed back");
                    }
                }
            }
            ReferenceSeq2Seq.Result ref = reference.run(s.batch(), inputs, null);
            assertEquals(ref.loss(), trace.loss(), 1e-12, kind + ": loss of the greedy run against the targets");
        }
    }
}
