package org.gatelab.engine;

import org.ejml.simple.SimpleMatrix;
import org.gatelab.vocabulary.Direction;

/**
 * A slow, readable encoder-decoder, one sequence and one step at a time with SimpleMatrix, to check
 * {@link Seq2SeqRunner} against. It can nudge any recorded quantity (a state of the encoder or the decoder, an
 * attention score or weight, the context, the attention's output, an input feature) by a small amount, so that
 * the tests can take finite differences of the loss, or of one output, with respect to it.
 */
final class ReferenceSeq2Seq {

    /** What to nudge: {@code step} is t for the encoder and the input, s for the rest; {@code index} a unit or t. */
    record Nudge(Kind kind, int layer, int step, int b, int index, double delta) {
        enum Kind { ENCODER_HIDDEN, ENCODER_CELL, DECODER_HIDDEN, DECODER_CELL, SCORE, WEIGHT, CONTEXT, COMBINED, INPUT }
    }

    /** The forward values of one run: outputs [S][B][V], attention weights [S][B][T], the mean cross-entropy. */
    record Result(double[][][] outputs, double[][][] weights, double loss) {
    }

    private final Seq2SeqModel model;
    private final Seq2SeqConfig config;

    ReferenceSeq2Seq(Seq2SeqModel model) {
        this.model = model;
        this.config = model.config();
    }

    private SimpleMatrix m(String name) {
        return ReferenceNetwork.matrix(model, name);
    }

    private static SimpleMatrix column(double[] v) {
        return new SimpleMatrix(v.length, 1, true, v);
    }

    private static double[] values(SimpleMatrix m) {
        double[] out = new double[m.getNumElements()];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.get(i);
        }
        return out;
    }

    /** A run with the given decoder inputs ({@code [S][B]}, the start symbol first), scored against the targets. */
    Result run(Seq2SeqBatch batch, int[] decoderInput, Nudge nudge) {
        int sl = batch.sourceLength();
        int tl = batch.targetLength();
        int bs = batch.batchSize();
        int h = config.hiddenSize();
        int layers = config.layers();
        int vocab = config.targetVocabulary();
        double[][][] outputs = new double[tl][bs][vocab];
        double[][][] weights = new double[tl][bs][sl];
        double loss = 0;
        for (int b = 0; b < bs; b++) {
            // the encoder
            double[][] hs = new double[layers][h];
            double[][] cs = new double[layers][h];
            double[][] enc = new double[sl][];
            for (int t = 0; t < sl; t++) {
                double[] x = new double[config.sourceVocabulary()];
                x[batch.source(t, b)] = 1;
                if (is(nudge, Nudge.Kind.INPUT, 0, t, b)) {
                    x[nudge.index()] += nudge.delta();
                }
                enc[t] = stackStep(Seq2SeqModel.ENCODER, x, hs, cs, nudge, Nudge.Kind.ENCODER_HIDDEN,
                        Nudge.Kind.ENCODER_CELL, t, b);
            }
            // the decoder, from the encoder's final state
            for (int s = 0; s < tl; s++) {
                double[] x = new double[config.decoderInputSize()];
                x[decoderInput[s * bs + b]] = 1;
                double[] d = stackStep(Seq2SeqModel.DECODER, x, hs, cs, nudge, Nudge.Kind.DECODER_HIDDEN,
                        Nudge.Kind.DECODER_CELL, s, b);
                double[] read = d;
                if (config.attention().attends()) {
                    read = attend(d, enc, s, b, nudge, weights[s][b]);
                }
                double[] y = values(m(ParameterNames.HEAD_WEIGHT).mult(column(read)).plus(m(ParameterNames.HEAD_BIAS)));
                outputs[s][b] = y;
                double max = Double.NEGATIVE_INFINITY;
                for (double v : y) {
                    max = Math.max(max, v);
                }
                double z = 0;
                for (double v : y) {
                    z += Math.exp(v - max);
                }
                loss += max + Math.log(z) - y[batch.target(s, b)];
            }
        }
        return new Result(outputs, weights, loss / (tl * bs));
    }

    private static boolean is(Nudge n, Nudge.Kind kind, int layer, int step, int b) {
        return n != null && n.kind() == kind && n.layer() == layer && n.step() == step && n.b() == b;
    }

    /** One step of every layer of a stack, updating hs and cs in place; returns the top layer's h. */
    private double[] stackStep(String module, double[] x, double[][] hs, double[][] cs, Nudge nudge,
                               Nudge.Kind hiddenKind, Nudge.Kind cellKind, int step, int b) {
        double[] below = x;
        for (int l = 0; l < config.layers(); l++) {
            ParameterNames.Layer names = ParameterNames.layer(module, l, Direction.FORWARD);
            boolean cellHere = is(nudge, cellKind, l, step, b);
            ReferenceNetwork.Step st = ReferenceNetwork.cellStep(config.cell(), config.nonlinearity(),
                    m(names.weightIh()), m(names.weightHh()), m(names.biasIh()), m(names.biasHh()), below, hs[l], cs[l],
                    cellHere ? nudge.index() : -1, cellHere ? nudge.delta() : 0);
            double[] hNew = st.h().clone();
            if (is(nudge, hiddenKind, l, step, b)) {
                hNew[nudge.index()] += nudge.delta();
            }
            hs[l] = hNew;
            cs[l] = st.c();
            below = hNew;
        }
        return below;
    }

    /** Scores, softmax, context and tanh(W_c [c ; d] + b_c) for decoder step s; writes the weights. */
    private double[] attend(double[] d, double[][] enc, int s, int b, Nudge nudge, double[] weightsOut) {
        int sl = enc.length;
        int h = d.length;
        double[] score = new double[sl];
        for (int t = 0; t < sl; t++) {
            SimpleMatrix e = column(enc[t]);
            SimpleMatrix dc = column(d);
            score[t] = switch (config.attention()) {
                case DOT -> dc.dot(e);
                case GENERAL -> dc.dot(m(Seq2SeqModel.ATTENTION_WEIGHT).mult(e));
                case ADDITIVE -> {
                    SimpleMatrix u = m(Seq2SeqModel.ATTENTION_QUERY).mult(dc).plus(m(Seq2SeqModel.ATTENTION_KEY).mult(e));
                    double sum = 0;
                    for (int j = 0; j < h; j++) {
                        sum += m(Seq2SeqModel.ATTENTION_V).get(0, j) * Math.tanh(u.get(j));
                    }
                    yield sum;
                }
                default -> throw new IllegalStateException();
            };
            if (is(nudge, Nudge.Kind.SCORE, 0, s, b) && nudge.index() == t) {
                score[t] += nudge.delta();
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : score) {
            max = Math.max(max, v);
        }
        double z = 0;
        for (double v : score) {
            z += Math.exp(v - max);
        }
        double[] context = new double[h];
        for (int t = 0; t < sl; t++) {
            double a = Math.exp(score[t] - max) / z;
            weightsOut[t] = a;
            if (is(nudge, Nudge.Kind.WEIGHT, 0, s, b) && nudge.index() == t) {
                a += nudge.delta();
            }
            for (int j = 0; j < h; j++) {
                context[j] += a * enc[t][j];
            }
        }
        if (is(nudge, Nudge.Kind.CONTEXT, 0, s, b)) {
            context[nudge.index()] += nudge.delta();
        }
        double[] cat = new double[2 * h];
        System.arraycopy(context, 0, cat, 0, h);
        System.arraycopy(d, 0, cat, h, h);
        double[] combined = values(m(Seq2SeqModel.COMBINE_WEIGHT).mult(column(cat)).plus(m(Seq2SeqModel.COMBINE_BIAS)));
        for (int j = 0; j < h; j++) {
            combined[j] = Math.tanh(combined[j]);
        }
        if (is(nudge, Nudge.Kind.COMBINED, 0, s, b)) {
            combined[nudge.index()] += nudge.delta();
        }
        return combined;
    }

    /** The decoder inputs of teacher forcing: the start symbol, then the targets but the last. */
    int[] teacherInputs(Seq2SeqBatch batch) {
        int bs = batch.batchSize();
        int[] in = new int[batch.targetLength() * bs];
        for (int s = 0; s < batch.targetLength(); s++) {
            for (int b = 0; b < bs; b++) {
                in[s * bs + b] = s == 0 ? config.startSymbol() : batch.target(s - 1, b);
            }
        }
        return in;
    }
}
