package org.gatelab.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gatelab.engine.Model;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.tasks.Batch;
import org.gatelab.tasks.MemoryQuantity;
import org.gatelab.tasks.SequenceSet;

/**
 * "What does this unit remember?": ranks a layer's hidden units by how well their state (the LSTM's c_t, or
 * h_t) encodes a {@link MemoryQuantity} over a set of sequences, at every step where the quantity is defined.
 *
 * <p>The score of a unit is
 * <ul>
 *   <li>for a numeric quantity q, Pearson's |r| between the state x and q over all (sequence, step) pairs, with the
 *       least-squares line x ≈ slope · q + intercept;</li>
 *   <li>for a categorical one, the correlation ratio η = sqrt(SS_between / SS_total) of x grouped by category
 *       (for two categories, the point-biserial |r|), with the mean of x per category.</li>
 * </ul>
 * 1 means the state determines the quantity exactly (linearly, for a numeric one), 0 that it says nothing.
 */
public final class UnitMemory {
    /** Which state is read. */
    public enum State {
        CELL("c"), HIDDEN("h");

        private final String symbol;

        State(String symbol) {
            this.symbol = symbol;
        }

        /** c or h. */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * One unit's score. Immutable.
     *
     * @param slope, intercept the line x ≈ slope · q + intercept (numeric quantities; NaN otherwise)
     * @param means            the mean state per category (categorical quantities; empty otherwise)
     */
    public record Score(int unit, double score, double slope, double intercept, double[] means) {
        public Score {
            means = means.clone();
        }

        @Override
        public double[] means() {
            return means.clone();
        }
    }

    /**
     * The ranking, best unit first. Immutable.
     *
     * @param samples the (sequence, step) pairs the scores were computed over
     */
    public record Ranking(MemoryQuantity quantity, State state, int layer, int sequences, long samples,
                          List<Score> scores) {
        public Ranking {
            scores = List.copyOf(scores);
        }

        /** The best unit's score. */
        public Score best() {
            return scores.get(0);
        }

        /** The score of {@code unit}. */
        public Score of(int unit) {
            for (Score s : scores) {
                if (s.unit() == unit) {
                    return s;
                }
            }
            throw new IllegalArgumentException("no unit " + unit + " (the layer has " + scores.size() + ")");
        }
    }

    /** Sequences per forward pass: a trace of 50 sequences of 100 steps at H = 32 holds about 10 MB. */
    private static final int CHUNK = 50;

    private UnitMemory() {
    }

    /**
     * Ranks the units of {@code layer} of {@code model} on the first {@code sequences} sequences of {@code set}.
     *
     * @throws IllegalArgumentException when the model does not read the set's inputs, the state is c and the
     *                                  model is no LSTM, or the quantity is defined nowhere
     */
    public static Ranking rank(Model model, SequenceSet set, int sequences, MemoryQuantity quantity, State state,
                               int layer) {
        var config = model.config();
        if (config.inputSize() != set.features()) {
            throw new IllegalArgumentException("the model reads " + config.inputSize() + " input feature(s) but the "
                    + quantity.task().id() + " task's sequences have " + set.features());
        }
        if (state == State.CELL && !config.cell().hasCellState()) {
            throw new IllegalArgumentException("only the LSTM has a cell state c; read h of the " + config.cell());
        }
        if (layer < 0 || layer >= config.layers()) {
            throw new IllegalArgumentException("layer " + (layer + 1) + " does not exist (the model has "
                    + config.layers() + ")");
        }
        int n = Math.min(sequences, set.size());
        if (n < 2) {
            throw new IllegalArgumentException("ranking needs at least 2 sequences, got " + n);
        }
        int units = config.hiddenSize();
        int categories = quantity.categories().size();
        Sums sums = new Sums(units, categories);
        SequenceRunner runner = new SequenceRunner();
        for (int from = 0; from < n; from += CHUNK) {
            int count = Math.min(CHUNK, n - from);
            int[] indices = new int[count];
            for (int k = 0; k < count; k++) {
                indices[k] = from + k;
            }
            Batch b = set.batch(indices);
            Trace trace = runner.trace(model, b.input(), null, null);
            LayerTrace l = trace.layer(layer);
            for (int k = 0; k < count; k++) {
                double[] q = quantity.values(set, from + k);
                for (int t = 0; t < q.length; t++) {
                    if (Double.isNaN(q[t])) {
                        continue;
                    }
                    for (int u = 0; u < units; u++) {
                        sums.add(u, state == State.CELL ? l.cellState(t, k, u) : l.hidden(t, k, u), q[t]);
                    }
                    sums.count(q[t]);
                }
            }
        }
        if (sums.samples < 2) {
            throw new IllegalArgumentException("the " + quantity.title() + " is defined at fewer than 2 steps of these "
                    + "sequences");
        }
        List<Score> scores = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            scores.add(categories == 0 ? sums.numeric(u) : sums.categorical(u));
        }
        scores.sort(Comparator.comparingDouble(Score::score).reversed().thenComparingInt(Score::unit));
        return new Ranking(quantity, state, layer, n, sums.samples, scores);
    }

    /** Running sums over the (sequence, step) pairs, per unit; centred at the end (fine at these magnitudes). */
    private static final class Sums {
        private final double[] x;
        private final double[] xx;
        private final double[] xq;
        private final double[][] xByCategory;
        private final long[] perCategory;
        private double q;
        private double qq;
        private long samples;

        Sums(int units, int categories) {
            x = new double[units];
            xx = new double[units];
            xq = new double[units];
            xByCategory = new double[units][categories];
            perCategory = new long[categories];
        }

        void add(int u, double state, double value) {
            x[u] += state;
            xx[u] += state * state;
            xq[u] += state * value;
            if (perCategory.length > 0) {
                xByCategory[u][(int) value] += state;
            }
        }

        void count(double value) {
            q += value;
            qq += value * value;
            samples++;
            if (perCategory.length > 0) {
                perCategory[(int) value]++;
            }
        }

        private double varianceX(int u) {
            return xx[u] - x[u] * x[u] / samples;
        }

        Score numeric(int u) {
            // r = Sxq / sqrt(Sxx Sqq) with S the centred sums; slope = Sxq / Sqq
            double sxq = xq[u] - x[u] * q / samples;
            double sqq = qq - q * q / samples;
            double sxx = varianceX(u);
            double r = sxx > 0 && sqq > 0 ? sxq / Math.sqrt(sxx * sqq) : 0;
            double slope = sqq > 0 ? sxq / sqq : Double.NaN;
            double intercept = (x[u] - slope * q) / samples;
            return new Score(u, Math.min(1, Math.abs(r)), slope, intercept, new double[0]);
        }

        Score categorical(int u) {
            // eta^2 = sum_k n_k (mean_k - mean)^2 / sum (x - mean)^2
            double mean = x[u] / samples;
            double between = 0;
            double[] means = new double[perCategory.length];
            for (int k = 0; k < perCategory.length; k++) {
                means[k] = perCategory[k] == 0 ? Double.NaN : xByCategory[u][k] / perCategory[k];
                if (perCategory[k] > 0) {
                    between += perCategory[k] * (means[k] - mean) * (means[k] - mean);
                }
            }
            double total = varianceX(u);
            double eta = total > 0 ? Math.sqrt(Math.min(1, between / total)) : 0;
            return new Score(u, eta, Double.NaN, Double.NaN, means);
        }
    }
}
