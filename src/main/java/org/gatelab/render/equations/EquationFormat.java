package org.gatelab.render.equations;

import java.util.Locale;

/**
 * How the equations print numbers: three decimals ({@code 0.577}, {@code −0.120}) with a real minus sign
 * (U+2212); values that would read as {@code 0.000} and very large ones in scientific notation with three
 * significant digits and superscript exponents ({@code 2.31×10⁻⁵}), so a small gradient never looks like zero.
 * Only formats: it never changes a value beyond the rounding shown.
 */
public final class EquationFormat {
    /** The minus sign used everywhere in the equations (U+2212), never the hyphen. */
    public static final String MINUS = "\u2212";

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final double SMALLEST_FIXED = 5e-4;
    private static final double LARGEST_FIXED = 1e5;

    private EquationFormat() {
    }

    /** A number as the equations print it: {@code 0.577}, {@code −1.204}, {@code 0.000}, {@code 2.31×10⁻⁵}. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : MINUS + "∞";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0.000";
        }
        if (a < SMALLEST_FIXED || a >= LARGEST_FIXED) {
            return scientific(v);
        }
        return String.format(Locale.ROOT, "%.3f", v).replace("-", MINUS);
    }

    /**
     * A number as an operand after a binary operator: negative numbers in parentheses, as a worked example
     * substitutes them ({@code 0.577·(−0.120)}, {@code 0.214 + (−0.096)}).
     */
    public static String operand(double v) {
        String s = number(v);
        return s.startsWith(MINUS) ? "(" + s + ")" : s;
    }

    /** {@code 2.31×10⁻⁵}: three significant digits, the exponent in superscript digits. */
    static String scientific(double v) {
        String[] parts = String.format(Locale.ROOT, "%.2e", v).split("e");
        int exponent = Integer.parseInt(parts[1]);
        return parts[0].replace("-", MINUS) + "×10" + superscript(exponent);
    }

    /** Superscript digits and minus back to ordinary ones ({@code ⁻⁵} to {@code −5}), for drawing them raised. */
    public static String fromSuperscript(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            int d = SUPERSCRIPT_DIGITS.indexOf(c);
            out.append(d >= 0 ? (char) ('0' + d) : c == '⁻' ? MINUS.charAt(0) : c);
        }
        return out.toString();
    }

    /** An integer in superscript digits, with a superscript minus: {@code ⁻⁵}. */
    static String superscript(int n) {
        StringBuilder out = new StringBuilder();
        if (n < 0) {
            out.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            out.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }
}
