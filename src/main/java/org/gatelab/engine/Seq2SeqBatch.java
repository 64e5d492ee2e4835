package org.gatelab.engine;

/**
 * B pairs of symbol sequences for an encoder-decoder: sources of one length T and targets of one length S,
 * time-major ({@code source[t * B + b]}, {@code target[s * B + b]}). Symbols are indices into the source and target
 * vocabularies. Immutable.
 */
public final class Seq2SeqBatch {
    private final int sourceLength;
    private final int targetLength;
    private final int batch;
    private final int[] source;
    private final int[] target;

    /** Copies the arrays; each must hold exactly {@code length * batch} symbols, none negative. */
    public Seq2SeqBatch(int sourceLength, int targetLength, int batch, int[] source, int[] target) {
        if (sourceLength < 1 || targetLength < 1 || batch < 1) {
            throw new IllegalArgumentException("a batch needs source and target lengths and a batch size of at "
                    + "least 1, got T=" + sourceLength + " S=" + targetLength + " B=" + batch);
        }
        check("source", source, sourceLength * batch);
        check("target", target, targetLength * batch);
        this.sourceLength = sourceLength;
        this.targetLength = targetLength;
        this.batch = batch;
        this.source = source.clone();
        this.target = target.clone();
    }

    private static void check(String what, int[] symbols, int count) {
        if (symbols.length != count) {
            throw new IllegalArgumentException("the " + what + " needs " + count + " symbols, got " + symbols.length);
        }
        for (int i = 0; i < symbols.length; i++) {
            if (symbols[i] < 0) {
                throw new IllegalArgumentException(what + " symbol " + i + " is negative: " + symbols[i]);
            }
        }
    }

    /** One pair (B = 1). */
    public static Seq2SeqBatch of(int[] source, int[] target) {
        return new Seq2SeqBatch(source.length, target.length, 1, source, target);
    }

    /** T. */
    public int sourceLength() {
        return sourceLength;
    }

    /** S. */
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

    /** Copies of the time-major symbols. */
    public int[] sources() {
        return source.clone();
    }

    public int[] targets() {
        return target.clone();
    }

    int[] sourceView() {
        return source;
    }

    int[] targetView() {
        return target;
    }
}
