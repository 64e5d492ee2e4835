package org.gatelab.engine;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.trace.AttentionRecord;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.vocabulary.DecoderFeed;
import org.gatelab.vocabulary.LossKind;

/**
 * Runs an encoder-decoder ({@link Seq2SeqModel}) over a batch of symbol sequences:
 * <pre>
 *   encoder:   e_t = top layer's h after reading x_t = onehot(source_t)                t = 0 .. T-1
 *   decoder:   starts from the encoder's final state (layer by layer: h, and c for the LSTM), reads
 *              onehot(start) at s = 0 and onehot(previous symbol) after; d_s = its top layer's h
 *   attention: d~_s from d_s and every e_t ({@link Attention}); without attention d~_s = d_s
 *   head:      y_s = W_head d~_s + b_head;   loss = mean over s and b of -log softmax(y_s)[target_s]
 * </pre>
 * Training uses teacher forcing (the previous symbol is the target's); {@link #decode} is greedy (the previous
 * symbol is the decoder's own choice), one step at a time. Backward: the head, the attention, the decoder (whose
 * dL/d(initial state) becomes dL/d(encoder's final state)), then the encoder with dL/de_t from the attention.
 *
 * <p>Not thread-safe; the recurrent stacks use the threads and SIMD loops of {@link SequenceRunner}, with the
 * same bit-for-bit results whatever the thread count.
 */
public final class Seq2SeqRunner {
    private final Gemm gemm;
    private Seq2SeqConfig bound;
    private RecurrentStack encoder;
    private RecurrentStack decoder;
    private Attention attention;

    public Seq2SeqRunner() {
        this(1);
    }

    /** @param threads threads for the recurrent stacks; results are bit-identical whatever the count */
    public Seq2SeqRunner(int threads) {
        this(threads, Simd.AVAILABLE);
    }

    Seq2SeqRunner(int threads, boolean simd) {
        this.gemm = new Gemm(threads, simd);
    }

    /** One forward pass's arrays. */
    private static final class Pass {
        int sourceLength;
        int targetLength;
        int batch;
        int[] decoderInput;
        LayerArrays[][] enc;
        LayerArrays[][] dec;
        double[] encTop;
        double[] decTop;
        Attention.Pass att;
        double[] read;
        double[] outputs;
    }

    /** Teacher forcing: forward and backward; adds dL/dθ into {@code grads} (zero it first) and returns L. */
    public double lossAndGradients(Seq2SeqModel model, Seq2SeqBatch batch, Gradients grads) {
        bind(model);
        Pass p = forward(model, batch, teacherInputs(batch), true, false);
        double[] gradOutputs = new double[p.outputs.length];
        double loss = Readout.loss(p.outputs, targets(batch), batch.targetLength(), batch.batchSize(),
                bound.targetVocabulary(), gradOutputs);
        backward(model, p, gradOutputs, grads);
        return loss;
    }

    /** Teacher forcing, forward only: the loss. */
    public double loss(Seq2SeqModel model, Seq2SeqBatch batch) {
        bind(model);
        Pass p = forward(model, batch, teacherInputs(batch), false, false);
        return Readout.loss(p.outputs, targets(batch), batch.targetLength(), batch.batchSize(),
                bound.targetVocabulary(), new double[p.outputs.length]);
    }

    /**
     * Greedy decoding of the batch's sources, as many steps as its targets have: at each step the symbol with the
     * highest score, which the decoder then reads. Returns {@code [S][B]} symbols (the targets are not looked at).
     */
    public int[] decode(Seq2SeqModel model, Seq2SeqBatch batch) {
        bind(model);
        int sourceLength = batch.sourceLength();
        int b = batch.batchSize();
        int h = bound.hiddenSize();
        int vocab = bound.targetVocabulary();
        LayerArrays[][] enc = encoder.allocate(sourceLength, b, false, false, false);
        double[] encTop = encoder.forward(enc, oneHot(batch.sourceView(), bound.sourceVocabulary(), "source"), null,
                false);
        double[] keys = attention == null ? null : attention.keys(encTop, sourceLength, b);
        InitialState state = finalState(enc, sourceLength, b);
        int[] previous = new int[b];
        java.util.Arrays.fill(previous, bound.startSymbol());
        int[] out = new int[batch.targetLength() * b];
        for (int s = 0; s < batch.targetLength(); s++) {
            LayerArrays[][] dec = decoder.allocate(1, b, false, false, false);
            double[] decTop = decoder.forward(dec, oneHot(previous, bound.decoderInputSize(), "decoder input"), state,
                    false);
            double[] read = attention == null ? decTop
                    : attention.forward(encTop, keys, decTop, sourceLength, 1, b).combined;
            double[] y = Readout.forward(model, read, b);
            for (int k = 0; k < b; k++) {
                previous[k] = argmax(y, k * vocab, vocab);
                out[s * b + k] = previous[k];
            }
            state = finalState(dec, 1, b);
        }
        return out;
    }

    /**
     * Forward and backward, recording everything: the decoder reads the target's previous symbols (teacher
     * forcing) or its own greedy choices ({@link #decode}), and the loss scores its outputs against the targets
     * either way. Also takes, for every decoder step s, the gradient of y_s[target_s] with respect to every source
     * input x_t (one extra backward pass per step).
     */
    public Seq2SeqTrace trace(Seq2SeqModel model, Seq2SeqBatch batch, DecoderFeed feed) {
        bind(model);
        int[] inputs = feed == DecoderFeed.TEACHER_FORCING ? teacherInputs(batch) : greedyInputs(model, batch);
        Pass p = forward(model, batch, inputs, true, true);
        int sl = batch.sourceLength();
        int tl = batch.targetLength();
        int b = batch.batchSize();
        int vocab = bound.targetVocabulary();
        int features = bound.sourceVocabulary();
        // first the per-output gradients (each backward pass overwrites the recorded gradients) ...
        double[] norms = new double[tl * b * sl];
        for (int s = 0; s < tl; s++) {
            double[] gradOutputs = new double[p.outputs.length];
            for (int k = 0; k < b; k++) {
                gradOutputs[(s * b + k) * vocab + batch.target(s, k)] = 1;
            }
            backward(model, p, gradOutputs, new Gradients(model));
            double[] gradInput = encoder.inputGradient(p.enc);
            for (int k = 0; k < b; k++) {
                for (int t = 0; t < sl; t++) {
                    double sum = 0;
                    int o = (t * b + k) * features;
                    for (int i = 0; i < features; i++) {
                        sum += gradInput[o + i] * gradInput[o + i];
                    }
                    norms[(s * b + k) * sl + t] = Math.sqrt(sum);
                }
            }
        }
        // ... then the loss's, which the trace keeps
        double[] gradOutputs = new double[p.outputs.length];
        double loss = Readout.loss(p.outputs, targets(batch), tl, b, vocab, gradOutputs);
        Gradients grads = new Gradients(model);
        backward(model, p, gradOutputs, grads);
        return new Seq2SeqTrace(new Seq2SeqTrace.Shape(bound.cell(), bound.attention(), bound.hiddenSize(),
                bound.layers(), bound.sourceVocabulary(), vocab), feed, sl, tl, b, batch.sourceView(),
                batch.targetView(), inputs, traces(p.enc), traces(p.dec), attentionRecord(p), p.outputs, loss,
                grads.toTensors(), norms);
    }

    private static List<LayerTrace> traces(LayerArrays[][] data) {
        List<LayerTrace> out = new ArrayList<>();
        for (LayerArrays[] layer : data) {
            out.add(layer[0].toTrace());
        }
        return out;
    }

    private AttentionRecord attentionRecord(Pass p) {
        if (p.att == null) {
            return null;
        }
        Attention.Pass a = p.att;
        return new AttentionRecord(p.targetLength, p.batch, p.sourceLength, bound.hiddenSize(), a.scores, a.weights,
                a.context, a.combined, a.gradScores, a.gradWeights, a.gradContext, a.gradCombined);
    }

    private Pass forward(Seq2SeqModel model, Seq2SeqBatch batch, int[] decoderInput, boolean gradients,
                         boolean record) {
        Pass p = new Pass();
        p.sourceLength = batch.sourceLength();
        p.targetLength = batch.targetLength();
        p.batch = batch.batchSize();
        p.decoderInput = decoderInput;
        p.enc = encoder.allocate(p.sourceLength, p.batch, gradients, record, record);
        p.encTop = encoder.forward(p.enc, oneHot(batch.sourceView(), bound.sourceVocabulary(), "source"), null, record);
        p.dec = decoder.allocate(p.targetLength, p.batch, gradients, record, false);
        p.decTop = decoder.forward(p.dec, oneHot(decoderInput, bound.decoderInputSize(), "decoder input"),
                finalState(p.enc, p.sourceLength, p.batch), record);
        if (attention != null) {
            p.att = attention.forward(p.encTop, attention.keys(p.encTop, p.sourceLength, p.batch), p.decTop,
                    p.sourceLength, p.targetLength, p.batch);
            p.read = p.att.combined;
        } else {
            p.read = p.decTop;
        }
        p.outputs = Readout.forward(model, p.read, p.targetLength * p.batch);
        return p;
    }

    /** Backward from dL/dy through the head, the attention, the decoder and the encoder; adds into {@code grads}. */
    private void backward(Seq2SeqModel model, Pass p, double[] gradOutputs, Gradients grads) {
        double[] gradRead = Readout.backward(model, p.read, gradOutputs, p.targetLength * p.batch, grads);
        double[] gradEnc = new double[p.encTop.length];
        double[] gradDec;
        if (attention != null) {
            gradDec = new double[p.decTop.length];
            attention.backward(p.att, p.encTop, p.decTop, gradRead, gradDec, gradEnc, grads);
        } else {
            gradDec = gradRead;
        }
        decoder.backward(p.dec, gradDec, grads);
        // the decoder started from the encoder's final state: its dL/d(initial state) flows on into the encoder
        for (int l = 0; l < bound.layers(); l++) {
            p.enc[l][0].gradFinalHidden = p.dec[l][0].gradInitialHidden;
            p.enc[l][0].gradFinalCell = p.dec[l][0].gradInitialCell;
        }
        encoder.backward(p.enc, gradEnc, grads);
    }

    /** The state after the last of {@code steps} steps, layer by layer, as the next stack's initial state. */
    private InitialState finalState(LayerArrays[][] data, int steps, int batch) {
        int size = batch * bound.hiddenSize();
        int from = (steps - 1) * size;
        double[][] hidden = new double[data.length][];
        double[][] cell = bound.cell().hasCellState() ? new double[data.length][] : null;
        for (int l = 0; l < data.length; l++) {
            hidden[l] = java.util.Arrays.copyOfRange(data[l][0].hidden, from, from + size);
            if (cell != null) {
                cell[l] = java.util.Arrays.copyOfRange(data[l][0].cellState, from, from + size);
            }
        }
        return new InitialState(hidden, cell);
    }

    /** The decoder's inputs under teacher forcing: the start symbol, then target_0 .. target_{S-2}. */
    private int[] teacherInputs(Seq2SeqBatch batch) {
        int b = batch.batchSize();
        int[] in = new int[batch.targetLength() * b];
        for (int k = 0; k < b; k++) {
            in[k] = bound.startSymbol();
        }
        System.arraycopy(batch.targetView(), 0, in, b, (batch.targetLength() - 1) * b);
        return in;
    }

    /** The decoder's inputs when it reads its own greedy choices: the start symbol, then its answers. */
    private int[] greedyInputs(Seq2SeqModel model, Seq2SeqBatch batch) {
        int[] answers = decode(model, batch);
        int b = batch.batchSize();
        int[] in = new int[answers.length];
        for (int k = 0; k < b; k++) {
            in[k] = bound.startSymbol();
        }
        System.arraycopy(answers, 0, in, b, answers.length - b);
        return in;
    }

    private Targets targets(Seq2SeqBatch batch) {
        for (int i = 0; i < batch.targetView().length; i++) {
            if (batch.targetView()[i] >= bound.targetVocabulary()) {
                throw new IllegalArgumentException("target symbol " + batch.targetView()[i] + " is outside the "
                        + "target vocabulary of " + bound.targetVocabulary());
            }
        }
        return Targets.classes(LossKind.CE_ALL, batch.targetView());
    }

    private static double[] oneHot(int[] symbols, int width, String what) {
        double[] x = new double[symbols.length * width];
        for (int i = 0; i < symbols.length; i++) {
            if (symbols[i] >= width) {
                throw new IllegalArgumentException(what + " symbol " + symbols[i] + " is outside the vocabulary of "
                        + width);
            }
            x[i * width + symbols[i]] = 1;
        }
        return x;
    }

    private static int argmax(double[] y, int from, int n) {
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (y[from + k] > y[from + best]) {
                best = k;
            }
        }
        return best;
    }

    private void bind(Seq2SeqModel model) {
        Seq2SeqConfig config = model.config();
        if (!config.equals(bound)) {
            encoder = new RecurrentStack(config.cell(), config.nonlinearity(), config.sourceVocabulary(),
                    config.hiddenSize(), config.layers(), false, Seq2SeqModel.ENCODER, gemm);
            decoder = new RecurrentStack(config.cell(), config.nonlinearity(), config.decoderInputSize(),
                    config.hiddenSize(), config.layers(), false, Seq2SeqModel.DECODER, gemm);
            attention = config.attention().attends() ? new Attention(config.attention(), config.hiddenSize(), gemm)
                    : null;
            bound = config;
        }
        encoder.bind(model);
        decoder.bind(model);
        if (attention != null) {
            attention.bind(model);
        }
    }
}
