package org.gatelab.render.diagram;

import java.util.Locale;

/** How the diagram prints numbers: three decimals with a true minus sign ({@code 0.577}, {@code −1.204}). */
public final class DiagramFormat {
    private DiagramFormat() {
    }

    /**
     * {@code v} with three decimals, U+2212 for the minus sign and no negative zero ({@code −0.0001} prints as
     * {@code 0.000}); {@code NaN} and infinities spelled out.
     */
    /** {@code v} as {@link #value(double)} writes it, or the sealed mark while a lesson's check seals it. */
    public static String value(double v, boolean sealed) {
        return sealed ? org.gatelab.render.Sealed.MARK : value(v);
    }

    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221E" : "\u2212\u221E";
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        if (s.startsWith("-")) {
            // -0.000 is zero
            return s.matches("-0\\.0+") ? s.substring(1) : "\u2212" + s.substring(1);
        }
        return s;
    }
}
