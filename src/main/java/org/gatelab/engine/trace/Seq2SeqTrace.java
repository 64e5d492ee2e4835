package org.gatelab.engine.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.DecoderFeed;

/**
 * The immutable record of one run of an encoder-decoder over a batch: every layer of the encoder (over the T
 * source steps) and of the decoder (over the S target steps) as {@link LayerTrace}s, the attention at every
 * decoder step ({@link AttentionRecord}, absent without attention), the head's scores over the target symbols,
 * the loss (cross-entropy averaged over every decoder step and sequence) with every parameter's gradient, and
 * for each decoder step s the gradient of the score of its right symbol with respect to each source step's input,
 * ‖∂y_s[target_s]/∂x_t‖: how much output s depends on input t.
 */
public final class Seq2SeqTrace {
    /** The model's shape. */
    public record Shape(CellKind cell, AttentionKind attention, int hiddenSize, int layers, int sourceVocabulary,
                        int targetVocabulary) {
    }

    private final Shape shape;
    private final DecoderFeed feed;
    private final int sourceLength;
    private final int targetLength;
    private final int batch;
    private final int[] source;
    private final int[] target;
    private final int[] decoderInput;
    private final List<LayerTrace> encoder;
    private final List<LayerTrace> decoder;
    private final AttentionRecord attention;
    private final double[] outputs;
    private final double loss;
    private final Map<String, Tensor> parameterGradients;
    private final double[] inputGradientNorms;

    /**
     * Copies every array.
     *
     * @param source             {@code [T][B]} source symbols
     * @param target             {@code [S][B]} target symbols
     * @param decoderInput       {@code [S][B]} what the decoder read (the start symbol at s = 0)
     * @param attention          null without attention
     * @param outputs            {@code [S][B][V]} the head's scores
     * @param inputGradientNorms {@code [S][B][T]} ‖∂y_s[target_s]/∂x_t‖
     */
    public Seq2SeqTrace(Shape shape, DecoderFeed feed, int sourceLength, int targetLength, int batch, int[] source,
                        int[] target, int[] decoderInput, List<LayerTrace> encoder, List<LayerTrace> decoder,
                        AttentionRecord attention, double[] outputs, double loss,
                        Map<String, Tensor> parameterGradients, double[] inputGradientNorms) {
        if (shape.attention().attends() != (attention != null)) {
            throw new IllegalArgumentException("the attention record must be there exactly when the model attends");
        }
        if (encoder.size() != shape.layers() || decoder.size() != shape.layers()) {
            throw new IllegalArgumentException("expected " + shape.layers() + " encoder and decoder layers, got "
                    + encoder.size() + " and " + decoder.size());
        }
        check("source", source.length, sourceLength * batch);
        check("target", target.length, targetLength * batch);
        check("decoder input", decoderInput.length, targetLength * batch);
        check("outputs", outputs.length, targetLength * batch * shape.targetVocabulary());
        check("input gradient norms", inputGradientNorms.length, targetLength * batch * sourceLength);
        this.shape = shape;
        this.feed = feed;
        this.sourceLength = sourceLength;
        this.targetLength = targetLength;
        this.batch = batch;
        this.source = source.clone();
        this.target = target.clone();
        this.decoderInput = decoderInput.clone();
        this.encoder = List.copyOf(encoder);
        this.decoder = List.copyOf(decoder);
        this.attention = attention;
        this.outputs = outputs.clone();
        this.loss = loss;
        this.parameterGradients = Collections.unmodifiableMap(new LinkedHashMap<>(parameterGradients));
        this.inputGradientNorms = inputGradientNorms.clone();
    }

    private static void check(String what, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + ": expected " + expected + " values, got " + actual);
        }
    }

    public Shape shape() {
        return shape;
    }

    public AttentionKind attentionKind() {
        return shape.attention();
    }

    /** Teacher forcing (the decoder read the right previous symbols) or greedy decoding (its own choices). */
    public DecoderFeed feed() {
        return feed;
    }

    /** T, the source steps. */
    public int sourceLength() {
        return sourceLength;
    }

    /** S, the decoder steps. */
    public int targetLength() {
        return targetLength;
    }

    public int batchSize() {
        return batch;
    }

    public int source(int t, int b) {
        return source[t * batch + b];
    }

    public int target(int s, int b) {
        return target[s * batch + b];
    }

    /** The symbol the decoder read at step s (the start symbol, index V, at s = 0). */
    public int decoderInput(int s, int b) {
        return decoderInput[s * batch + b];
    }

    /** The symbol with the highest score at step s: the model's answer. */
    public int predicted(int s, int b) {
        int o = (s * batch + b) * shape.targetVocabulary();
        int best = 0;
        for (int k = 1; k < shape.targetVocabulary(); k++) {
            if (outputs[o + k] > outputs[o + best]) {
                best = k;
            }
        }
        return best;
    }

    /** The head's score of symbol k at step s (before the softmax). */
    public double output(int s, int b, int k) {
        return outputs[(s * batch + b) * shape.targetVocabulary() + k];
    }

    /** p(symbol k) at step s: the softmax of the scores. */
    public double probability(int s, int b, int k) {
        int o = (s * batch + b) * shape.targetVocabulary();
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < shape.targetVocabulary(); i++) {
            max = Math.max(max, outputs[o + i]);
        }
        double z = 0;
        for (int i = 0; i < shape.targetVocabulary(); i++) {
            z += Math.exp(outputs[o + i] - max);
        }
        return Math.exp(outputs[o + k] - max) / z;
    }

    /** The share of sequence b's steps whose answer is right. */
    public double symbolAccuracy(int b) {
        int right = 0;
        for (int s = 0; s < targetLength; s++) {
            right += predicted(s, b) == target(s, b) ? 1 : 0;
        }
        return (double) right / targetLength;
    }

    /** The encoder's layers, bottom first. */
    public List<LayerTrace> encoder() {
        return encoder;
    }

    /** The decoder's layers, bottom first. */
    public List<LayerTrace> decoder() {
        return decoder;
    }

    public boolean hasAttention() {
        return attention != null;
    }

    /** The attention at every decoder step. */
    public AttentionRecord attention() {
        if (attention == null) {
            throw new IllegalStateException("a model without attention has no attention record");
        }
        return attention;
    }

    public boolean hasGradients() {
        return !Double.isNaN(loss);
    }

    /** Cross-entropy averaged over every decoder step and sequence; NaN when the run had no targets to score. */
    public double loss() {
        return loss;
    }

    public Map<String, Tensor> parameterGradients() {
        return parameterGradients;
    }

    /** ‖∂y_s[target_s]/∂x_t‖: how strongly the score of output s's right symbol depends on source step t. */
    public double inputGradientNorm(int s, int b, int t) {
        return inputGradientNorms[(s * batch + b) * sourceLength + t];
    }

    /** The largest of {@link #inputGradientNorm} over sequence b: a colour scale. */
    public double maxInputGradientNorm(int b) {
        double max = 0;
        for (int s = 0; s < targetLength; s++) {
            for (int t = 0; t < sourceLength; t++) {
                max = Math.max(max, inputGradientNorm(s, b, t));
            }
        }
        return max;
    }

    /** Approximate bytes held by this record. */
    public long byteSize() {
        long n = 8L * (outputs.length + inputGradientNorms.length) + 4L * (source.length + 2L * target.length);
        for (LayerTrace l : encoder) {
            n += l.byteSize();
        }
        for (LayerTrace l : decoder) {
            n += l.byteSize();
        }
        for (Tensor t : parameterGradients.values()) {
            n += 8L * t.size();
        }
        return n + (attention == null ? 0 : attention.byteSize());
    }
}
