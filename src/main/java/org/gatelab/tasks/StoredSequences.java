package org.gatelab.tasks;

import java.util.function.IntFunction;
import org.gatelab.vocabulary.LossKind;

/**
 * Sequences held in full: real-valued inputs {@code [N][T][I]}, or one-hot inputs stored as one symbol per
 * step (a step with symbol -1 is all zeros). Built by the generators of this package; immutable.
 */
final class StoredSequences extends SequenceSet {
    private final double[] dense;
    private final byte[] symbols;
    private final double[] values;
    private final byte[] classes;
    private final int[] masks;
    private final IntFunction<String> describer;

    private StoredSequences(LossKind loss, int size, int length, int features, int outputSize, double[] dense,
                            byte[] symbols, double[] values, byte[] classes, int[] masks,
                            IntFunction<String> describer) {
        super(loss, size, length, features, outputSize);
        this.dense = dense;
        this.symbols = symbols;
        this.values = values;
        this.classes = classes;
        this.masks = masks;
        this.describer = describer;
    }

    /**
     * Real inputs with {@code mse-last} targets.
     *
     * @param inputs  {@code [N][T][I]}, taken without copying
     * @param targets {@code [N][O]}, taken without copying
     */
    static StoredSequences regression(int size, int length, int features, double[] inputs, int outputs,
                                      double[] targets, IntFunction<String> describer) {
        if (inputs.length != (long) size * length * features || targets.length != (long) size * outputs) {
            throw new IllegalArgumentException("inputs or targets do not match N=" + size + " T=" + length);
        }
        return new StoredSequences(LossKind.MSE_LAST, size, length, features, outputs, inputs, null, targets, null,
                null, describer);
    }

    /**
     * One-hot inputs with {@code ce-all} targets.
     *
     * @param symbols {@code [N][T]} symbol per step (-1: no feature set), taken without copying
     * @param classes {@code [N][T]} target class per step, taken without copying
     * @param masks   {@code [N][T]} accepted classes per step (see {@link #acceptMask}), or null: no accuracy
     */
    static StoredSequences oneHot(int size, int length, int features, byte[] symbols, int classCount,
                                  byte[] classes, int[] masks, IntFunction<String> describer) {
        long cells = (long) size * length;
        if (symbols.length != cells || classes.length != cells || (masks != null && masks.length != cells)) {
            throw new IllegalArgumentException("symbols, classes or masks do not match N=" + size + " T=" + length);
        }
        return new StoredSequences(LossKind.CE_ALL, size, length, features, classCount, null, symbols, null, classes,
                masks, describer);
    }

    @Override
    public double input(int n, int t, int i) {
        if (dense != null) {
            return dense[(n * length() + t) * features() + i];
        }
        return symbols[n * length() + t] == i ? 1.0 : 0.0;
    }

    @Override
    public double targetValue(int n, int o) {
        if (values == null) {
            throw new UnsupportedOperationException("a ce-all set has class targets");
        }
        return values[n * outputSize() + o];
    }

    @Override
    public int targetClass(int n, int t) {
        if (classes == null) {
            throw new UnsupportedOperationException("an mse-last set has real targets");
        }
        return classes[n * length() + t];
    }

    @Override
    public int acceptMask(int n, int t) {
        return masks == null ? 0 : masks[n * length() + t];
    }

    @Override
    public boolean hasAccuracy() {
        return masks != null;
    }

    @Override
    public String describe(int n) {
        return describer.apply(n);
    }

    /** The symbol fed at {@code (n, t)} (-1 for none); one-hot sets only. */
    int symbol(int n, int t) {
        return symbols[n * length() + t];
    }
}
