package org.gatelab.tasks.text;

import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.Targets;
import org.gatelab.tasks.Batch;
import org.gatelab.vocabulary.LossKind;

/**
 * A text cut into B parallel streams and walked through in windows of T characters, as truncated BPTT reads it
 * (PyTorch's word-language-model example, Karpathy's char-rnn). Stream b is the stretch of L = (n - 1) / B
 * characters starting at b·L, read with the character after it as its last target; window k holds, for every
 * stream, the characters at k·T .. k·T + T - 1 of the stream as one-hot inputs and the characters one further
 * on as targets ({@code ce-all}). Consecutive windows of a stream continue each other, so the state a window
 * ends in is where the next one starts; the last window is shorter when T does not divide L. Every character
 * but the first of the text's first B·L + 1 is a target exactly once (the last n - 1 - B·L, fewer than B, are
 * left out). Immutable.
 */
public final class TextStreams {
    private final int[] symbols;
    private final int vocabulary;
    private final int streams;
    private final int streamLength;
    private final int window;

    /**
     * @param symbols    the text as vocabulary indices
     * @param vocabulary the vocabulary's size: the one-hot width
     * @param batch      streams wanted; fewer when the text is too short to give each a character to predict
     * @param window     T, characters per window
     */
    public TextStreams(int[] symbols, int vocabulary, int batch, int window) {
        if (symbols.length < 2) {
            throw new IllegalArgumentException("a text of " + symbols.length + " character(s) has nothing to predict");
        }
        if (batch < 1 || window < 1) {
            throw new IllegalArgumentException("streams and window need at least 1, got " + batch + " and " + window);
        }
        this.symbols = symbols;
        this.vocabulary = vocabulary;
        this.streams = Math.min(batch, symbols.length - 1);
        this.streamLength = (symbols.length - 1) / streams;
        this.window = window;
    }

    /** B: the parallel streams. */
    public int streams() {
        return streams;
    }

    /** L: characters each stream reads. */
    public int streamLength() {
        return streamLength;
    }

    /** Windows in one pass. */
    public int windows() {
        return (streamLength + window - 1) / window;
    }

    /** Characters predicted in one pass: B·L. */
    public long predictions() {
        return (long) streams * streamLength;
    }

    /** T of window {@code k}: the window size, or less for the last. */
    public int length(int k) {
        return Math.min(window, streamLength - k * window);
    }

    /** Window {@code k} as a batch: one-hot inputs {@code [T][B][V]}, next characters as {@code ce-all} targets. */
    public Batch batch(int k) {
        if (k < 0 || k >= windows()) {
            throw new IllegalArgumentException("window " + k + " outside 0.." + (windows() - 1));
        }
        int steps = length(k);
        double[] x = new double[steps * streams * vocabulary];
        int[] y = new int[steps * streams];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < streams; b++) {
                int p = b * streamLength + k * window + t;
                int row = t * streams + b;
                x[row * vocabulary + symbols[p]] = 1;
                y[row] = symbols[p + 1];
            }
        }
        return new Batch(new SequenceBatch(steps, streams, vocabulary, x), Targets.classes(LossKind.CE_ALL, y));
    }

    /** The text position of the character predicted at step t of window k in stream b. */
    public int targetPosition(int k, int t, int b) {
        return b * streamLength + k * window + t + 1;
    }

    /** One-hot encoding of a symbol sequence as one sequence (B = 1): what a trace of a text reads. */
    public static SequenceBatch oneHot(int[] symbols, int vocabulary) {
        double[] x = new double[symbols.length * vocabulary];
        for (int t = 0; t < symbols.length; t++) {
            x[t * vocabulary + symbols[t]] = 1;
        }
        return new SequenceBatch(symbols.length, 1, vocabulary, x);
    }
}
