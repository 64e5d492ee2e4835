package org.gatelab.training.text;

import java.util.Arrays;
import java.util.Objects;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.trace.Trace;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextStreams;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.vocabulary.Range;

/**
 * A character model's reading of a text, from a zero state, one character per step: the engine's trace (every
 * unit's h, c and gates after each character) and the prediction it makes after each character for the next
 * one. Characters outside the model's vocabulary are read as the unknown character. Immutable.
 */
public final class TextReading {
    /** Characters a reading holds: the text view's longest text. */
    public static final Range LENGTH = Range.of(1, 2000);

    private final CharModel model;
    private final int[] codePoints;
    private final int[] symbols;
    private final Trace trace;
    private final double[] probabilities;
    private final int unknown;

    private TextReading(CharModel model, int[] codePoints, int[] symbols, Trace trace, double[] probabilities) {
        this.model = model;
        this.codePoints = codePoints;
        this.symbols = symbols;
        this.trace = trace;
        this.probabilities = probabilities;
        this.unknown = (int) Arrays.stream(symbols).filter(s -> s == Vocabulary.UNKNOWN).count();
    }

    /**
     * Reads {@code text} with {@code model}.
     *
     * @throws IllegalArgumentException when the text is empty or longer than {@link #LENGTH} allows
     */
    public static TextReading of(CharModel model, String text) {
        Objects.requireNonNull(model, "model");
        int[] cps = text.codePoints().toArray();
        if (cps.length == 0) {
            throw new IllegalArgumentException("there is no text to read");
        }
        LENGTH.check("characters to read", cps.length);
        Vocabulary vocabulary = model.vocabulary();
        int[] symbols = vocabulary.encode(text);
        int v = vocabulary.size();
        Trace trace = new SequenceRunner().trace(model.model(), TextStreams.oneHot(symbols, v), null, null);
        double[] p = new double[cps.length * v];
        for (int t = 0; t < cps.length; t++) {
            softmax(trace.outputVector(t, 0), p, t * v);
        }
        return new TextReading(model, cps, symbols, trace, p);
    }

    private static void softmax(double[] y, double[] out, int offset) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < y.length; k++) {
            out[offset + k] = Math.exp(y[k] - max);
            sum += out[offset + k];
        }
        for (int k = 0; k < y.length; k++) {
            out[offset + k] /= sum;
        }
    }

    public CharModel model() {
        return model;
    }

    public Vocabulary vocabulary() {
        return model.vocabulary();
    }

    /** Characters read. */
    public int length() {
        return codePoints.length;
    }

    /** The character at position t. */
    public int codePoint(int t) {
        return codePoints[t];
    }

    /** The symbol the model read at t (the unknown character for one outside its vocabulary). */
    public int symbol(int t) {
        return symbols[t];
    }

    /** Characters of the text outside the model's vocabulary. */
    public int unknownCount() {
        return unknown;
    }

    /** The text read. */
    public String text() {
        return new String(codePoints, 0, codePoints.length);
    }

    /** The engine's record of the reading: every layer's values after each character. */
    public Trace trace() {
        return trace;
    }

    /** The probability the model gives {@code symbol} as the character after position t. */
    public double probability(int t, int symbol) {
        return probabilities[t * vocabulary().size() + symbol];
    }

    /**
     * The {@code k} likeliest next characters after position t, likeliest first (ties: the lower symbol first).
     */
    public int[] top(int t, int k) {
        int v = vocabulary().size();
        Integer[] order = new Integer[v];
        for (int s = 0; s < v; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(probability(t, b), probability(t, a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        int n = Math.min(k, v);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /**
     * Bits the model spends on the character at t + 1 given everything before it: -log2 P(text[t+1] | text[..t]);
     * NaN for the last position (nothing follows).
     */
    public double surprise(int t) {
        if (t + 1 >= symbols.length) {
            return Double.NaN;
        }
        return -Math.log(probability(t, symbols[t + 1])) / Math.log(2);
    }
}
