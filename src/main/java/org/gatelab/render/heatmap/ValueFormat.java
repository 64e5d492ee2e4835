package org.gatelab.render.heatmap;

import java.util.Locale;

/** How heatmaps print numbers: short labels for axes and colour bars, exact-enough readouts for tooltips. */
public final class ValueFormat {
    private ValueFormat() {
    }

    /**
     * A readout: three decimals for ordinary values ({@code 0.577}, {@code -1.204}), scientific notation
     * for tiny or huge ones ({@code 2.31e-05}) so gradients never read as {@code 0.000}.
     */
    public static String readout(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0.000";
        }
        if (a < 1e-3 || a >= 1e5) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** A compact label: {@code 0}, {@code 1}, {@code -1}, {@code 0.5}, {@code 2.4}, {@code 3.1e-04}. */
    public static String label(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a < 1e-2 || a >= 1e4) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        String s = String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
