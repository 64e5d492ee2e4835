package org.gatelab.viewmodel.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gatelab.vocabulary.CellKind;

/**
 * The loss curves of one comparison (in a sweep: of the length being trained): each cell's mean training loss
 * and validation loss after every finished epoch, as the engine reported them, and the constant baseline.
 * Immutable; arrays are copied in and out.
 */
public final class CompareCurves {
    /** No curves yet. */
    public static final CompareCurves EMPTY = new CompareCurves(0, Double.NaN, Map.of(), Map.of());

    private final int length;
    private final double baseline;
    private final Map<CellKind, double[]> train;
    private final Map<CellKind, double[]> validation;

    private CompareCurves(int length, double baseline, Map<CellKind, double[]> train,
                          Map<CellKind, double[]> validation) {
        this.length = length;
        this.baseline = baseline;
        this.train = copy(train);
        this.validation = copy(validation);
    }

    private static Map<CellKind, double[]> copy(Map<CellKind, double[]> m) {
        Map<CellKind, double[]> out = new EnumMap<>(CellKind.class);
        m.forEach((k, v) -> out.put(k, v.clone()));
        return Collections.unmodifiableMap(out);
    }

    /** Curves for a task of length T whose best constant prediction scores {@code baseline}, no epochs yet. */
    static CompareCurves start(int length, double baseline) {
        return new CompareCurves(length, baseline, Map.of(), Map.of());
    }

    /** These curves with one more epoch for {@code cell}. */
    CompareCurves plus(CellKind cell, double trainLoss, double valLoss) {
        Map<CellKind, double[]> t = new EnumMap<>(CellKind.class);
        Map<CellKind, double[]> v = new EnumMap<>(CellKind.class);
        t.putAll(train);
        v.putAll(validation);
        t.put(cell, append(train.get(cell), trainLoss));
        v.put(cell, append(validation.get(cell), valLoss));
        return new CompareCurves(length, baseline, t, v);
    }

    private static double[] append(double[] a, double value) {
        double[] out = a == null ? new double[1] : java.util.Arrays.copyOf(a, a.length + 1);
        out[out.length - 1] = value;
        return out;
    }

    /** The task's sequence length T (0 when empty). */
    public int length() {
        return length;
    }

    /** The best constant prediction's validation loss (NaN when empty). */
    public double baseline() {
        return baseline;
    }

    /** The cells with at least one finished epoch, in RNN, LSTM, GRU order. */
    public List<CellKind> cells() {
        return new ArrayList<>(validation.keySet());
    }

    /** Finished epochs of {@code cell}. */
    public int epochs(CellKind cell) {
        double[] v = validation.get(cell);
        return v == null ? 0 : v.length;
    }

    /** The most epochs any cell finished. */
    public int maxEpochs() {
        int n = 0;
        for (double[] v : validation.values()) {
            n = Math.max(n, v.length);
        }
        return n;
    }

    /** Mean training loss of each finished epoch of {@code cell} (epoch 1 first); empty if none. */
    public double[] train(CellKind cell) {
        double[] t = train.get(cell);
        return t == null ? new double[0] : t.clone();
    }

    /** Validation loss after each finished epoch of {@code cell}; empty if none. */
    public double[] validation(CellKind cell) {
        double[] v = validation.get(cell);
        return v == null ? new double[0] : v.clone();
    }

    public boolean isEmpty() {
        return validation.isEmpty();
    }
}
