package org.gatelab.render.plot;

import java.util.Locale;

/**
 * How plots print numbers: tick labels that match the tick step ({@code 0}, {@code 0.5}, {@code 1}), powers of
 * ten with Unicode superscripts ({@code 10⁻³}), and readouts with three significant digits
 * ({@code 0.0123}, {@code 3.21×10⁻⁵}) so a tiny gradient never reads as 0.
 */
public final class TickFormat {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char SUPERSCRIPT_MINUS = '⁻';

    private TickFormat() {
    }

    /** An integer in superscript digits, e.g. {@code -12} as {@code ⁻¹²}. */
    public static String superscript(int n) {
        String digits = Integer.toString(n);
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append(c == '-' ? SUPERSCRIPT_MINUS : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    /** {@code 10^exponent} as it is printed in books: {@code 10⁻³}, {@code 10⁰}, {@code 10²}. */
    public static String powerOfTen(int exponent) {
        return "10" + superscript(exponent);
    }

    /**
     * A tick label of a linear axis whose ticks are {@code step} apart: as many decimals as the step needs
     * ({@code 0.25} for a step of 0.05 prints {@code 0.25}), scientific for very large or very small steps.
     */
    public static String linear(double value, double step) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        double s = Math.abs(step);
        if (Math.abs(value) < s * 1e-9) {
            value = 0; // no "-0" and no 1e-17 from accumulated steps
        }
        if (value == 0) {
            return "0";
        }
        if (s >= 1e5 || (s > 0 && s < 1e-4)) {
            return scientific(value, 2);
        }
        int decimals = s > 0 ? Math.max(0, (int) Math.ceil(-Math.log10(s) - 1e-9)) : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A percentage label of a 0..1 fraction on an axis with ticks {@code step} apart: {@code 25%}. */
    public static String percent(double fraction, double step) {
        return linear(fraction * 100, step * 100) + "%";
    }

    /**
     * {@code value} as {@code m×10ⁿ} with {@code significant} significant digits ({@code 3.2×10⁻⁴});
     * a mantissa of exactly 1 prints as the bare power ({@code 10⁻⁴}).
     */
    public static String scientific(double value, int significant) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        if (value == 0) {
            return "0";
        }
        String sign = value < 0 ? "−" : "";
        double a = Math.abs(value);
        int e = (int) Math.floor(Math.log10(a));
        String m = String.format(Locale.ROOT, "%." + Math.max(0, significant - 1) + "f", a / Math.pow(10, e));
        if (m.startsWith("10")) { // 9.96 rounded up to 10.0
            e++;
            m = String.format(Locale.ROOT, "%." + Math.max(0, significant - 1) + "f", a / Math.pow(10, e));
        }
        if (Double.parseDouble(m) == 1.0) {
            return sign + powerOfTen(e);
        }
        return sign + m + "×" + powerOfTen(e);
    }

    /** A readout with three significant digits: {@code 0.0123}, {@code 1.50}, {@code 342}, {@code 3.21×10⁻⁵}. */
    public static String readout(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        double a = Math.abs(value);
        if (a == 0) {
            return "0";
        }
        if (a < 1e-3 || a >= 1e4) {
            return scientific(value, 3);
        }
        int e = (int) Math.floor(Math.log10(a));
        int decimals = Math.max(0, 2 - e);
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return value < 0 ? "−" + s.substring(1) : s;
    }

    private static String nonFinite(double value) {
        return Double.isNaN(value) ? "NaN" : value > 0 ? "∞" : "−∞";
    }
}
