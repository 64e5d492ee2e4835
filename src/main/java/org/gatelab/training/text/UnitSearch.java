package org.gatelab.training.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gatelab.engine.trace.LayerTrace;

/**
 * Finds the units whose value follows a pattern: for every unit of every layer, the Pearson correlation r
 * between its value after each character and the pattern's signal there ({@link
 * org.gatelab.tasks.text.Hypothesis}), over the characters the signal scores; units ranked by |r|, largest first.
 * <pre>
 *   r = Σ (x_t - x̄)(s_t - s̄) / sqrt(Σ (x_t - x̄)² · Σ (s_t - s̄)²)
 * </pre>
 * A unit that does not vary over the scored characters has no correlation: its r is reported as 0; a signal that
 * does not vary is refused (there is nothing to follow).
 */
public final class UnitSearch {
    private UnitSearch() {
    }

    /**
     * One unit and how well it follows the pattern.
     *
     * @param layer the layer, from 0
     * @param unit  the unit, from 0
     * @param r     the correlation, -1 to 1 (negative: the unit goes down where the pattern goes up)
     */
    public record Match(int layer, int unit, double r) {
    }

    /**
     * Every unit of every layer, ranked by |r| (ties: lower layer, then lower unit, first).
     *
     * @param signal the pattern's value after each character read, NaN where it says nothing
     * @throws IllegalArgumentException when the signal's length is not the reading's, or it scores fewer than 3
     *                                  characters
     */
    public static List<Match> rank(TextReading reading, UnitValue value, double[] signal) {
        if (signal.length != reading.length()) {
            throw new IllegalArgumentException("the signal has " + signal.length + " values for "
                    + reading.length() + " characters");
        }
        int scored = 0;
        for (double s : signal) {
            scored += Double.isNaN(s) ? 0 : 1;
        }
        if (scored < 3) {
            throw new IllegalArgumentException("the pattern says something about " + scored + " character"
                    + (scored == 1 ? "" : "s") + " of the text; a correlation needs at least 3");
        }
        if (varies(signal) < 2) {
            throw new IllegalArgumentException("the pattern is the same on every character of this text (nothing "
                    + "for a unit to follow): choose a text where it changes");
        }
        List<Match> out = new ArrayList<>();
        for (LayerTrace layer : reading.trace().layers()) {
            for (int j = 0; j < layer.hiddenSize(); j++) {
                double[] x = new double[reading.length()];
                for (int t = 0; t < x.length; t++) {
                    x[t] = value.read(layer, t, j);
                }
                out.add(new Match(layer.index(), j, correlation(x, signal)));
            }
        }
        out.sort(Comparator.comparingDouble((Match m) -> -Math.abs(m.r())).thenComparingInt(Match::layer)
                .thenComparingInt(Match::unit));
        return List.copyOf(out);
    }

    /** The number of distinct values among the scored ones, capped at 2: 0 or 1 means it does not vary. */
    private static int varies(double[] s) {
        double first = Double.NaN;
        for (double v : s) {
            if (!Double.isNaN(v)) {
                if (Double.isNaN(first)) {
                    first = v;
                } else if (v != first) {
                    return 2;
                }
            }
        }
        return Double.isNaN(first) ? 0 : 1;
    }

    /** Pearson's r over the positions where {@code s} is not NaN; 0 when either side does not vary. */
    public static double correlation(double[] x, double[] s) {
        double mx = 0;
        double ms = 0;
        int n = 0;
        for (int t = 0; t < x.length; t++) {
            if (!Double.isNaN(s[t])) {
                mx += x[t];
                ms += s[t];
                n++;
            }
        }
        mx /= n;
        ms /= n;
        double sxs = 0;
        double sxx = 0;
        double sss = 0;
        for (int t = 0; t < x.length; t++) {
            if (!Double.isNaN(s[t])) {
                double dx = x[t] - mx;
                double ds = s[t] - ms;
                sxs += dx * ds;
                sxx += dx * dx;
                sss += ds * ds;
            }
        }
        return sxx == 0 || sss == 0 ? 0 : sxs / Math.sqrt(sxx * sss);
    }
}
