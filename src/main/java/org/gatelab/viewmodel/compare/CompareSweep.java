package org.gatelab.viewmodel.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gatelab.vocabulary.CellKind;

/**
 * A length sweep's results arranged for a plot: the lengths T in increasing order and, for each cell, its final
 * validation loss at each length (NaN where it has not run yet), with the constant baseline at each length.
 * Built from the table's rows. Immutable; arrays are copied out.
 */
public final class CompareSweep {
    /** No results yet. */
    public static final CompareSweep EMPTY = of(List.of());

    /** A cell "gives up" at a length where its validation loss is at least this share of the baseline's. */
    public static final double GIVE_UP_SHARE = 0.5;

    private final double[] lengths;
    private final double[] baseline;
    private final Map<CellKind, double[]> valLoss;

    private CompareSweep(double[] lengths, double[] baseline, Map<CellKind, double[]> valLoss) {
        this.lengths = lengths;
        this.baseline = baseline;
        this.valLoss = Collections.unmodifiableMap(valLoss);
    }

    /** The sweep of these rows (rows of one length share their baseline: the same data). */
    public static CompareSweep of(List<CompareRow> rows) {
        TreeMap<Integer, Double> base = new TreeMap<>();
        for (CompareRow r : rows) {
            base.put(r.length(), r.baselineValLoss());
        }
        List<Integer> ts = new ArrayList<>(base.keySet());
        double[] lengths = new double[ts.size()];
        double[] baseline = new double[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            lengths[i] = ts.get(i);
            baseline[i] = base.get(ts.get(i));
        }
        Map<CellKind, double[]> val = new EnumMap<>(CellKind.class);
        for (CompareRow r : rows) {
            double[] v = val.computeIfAbsent(r.cell(), c -> {
                double[] a = new double[ts.size()];
                java.util.Arrays.fill(a, Double.NaN);
                return a;
            });
            v[ts.indexOf(r.length())] = r.valLoss();
        }
        return new CompareSweep(lengths, baseline, val);
    }

    /** The lengths T with at least one result, increasing. */
    public double[] lengths() {
        return lengths.clone();
    }

    /** The best constant prediction's validation loss at each length. */
    public double[] baseline() {
        return baseline.clone();
    }

    /** The cells with at least one result, in RNN, LSTM, GRU order. */
    public List<CellKind> cells() {
        return new ArrayList<>(valLoss.keySet());
    }

    /** {@code cell}'s final validation loss at each length (NaN where it has no result); all NaN if none. */
    public double[] valLoss(CellKind cell) {
        double[] v = valLoss.get(cell);
        if (v == null) {
            double[] none = new double[lengths.length];
            java.util.Arrays.fill(none, Double.NaN);
            return none;
        }
        return v.clone();
    }

    public boolean isEmpty() {
        return lengths.length == 0;
    }

    /**
     * The shortest length at which {@code cell} did not even halve the constant baseline's loss
     * (valLoss &ge; {@value #GIVE_UP_SHARE} x baseline), after beating it at every shorter length it ran; NaN
     * if it never gave up, or gave up from the start (then there is no point to mark).
     */
    public double givesUpAt(CellKind cell) {
        double[] v = valLoss(cell);
        boolean learnt = false;
        for (int i = 0; i < lengths.length; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            // valLoss >= share * baseline: no better than half the loss of guessing the mean
            if (v[i] >= GIVE_UP_SHARE * baseline[i]) {
                return learnt ? lengths[i] : Double.NaN;
            }
            learnt = true;
        }
        return Double.NaN;
    }
}
