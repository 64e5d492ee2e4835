package org.gatelab.vocabulary;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as people write and type them, with messages that name the setting. */
public final class NumberText {
    private NumberText() {
    }

    /** A number as people write it: 0.01, 0.000001, 1000, 0.5 (very large or small ones as 1e-12); NaN as "NaN". */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a == 0 || (a >= 1e-9 && a < 1e15)) {
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v).replace("E", "e");
    }

    /** As {@link #plain}, but NaN (a setting left to its default) is an empty field. */
    public static String format(double v) {
        return Double.isNaN(v) ? "" : plain(v);
    }

    /** A typed whole number in {@code int} range. */
    public static int parseInt(String label, String text) {
        String t = clean(label, text);
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw notWhole(label, t);
        }
    }

    /** A typed whole number in {@code long} range. */
    public static long parseLong(String label, String text) {
        String t = clean(label, text);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw notWhole(label, t);
        }
    }

    /** A typed finite decimal number (1e-3 and 0,5 are accepted). */
    public static double parseDouble(String label, String text) {
        String t = clean(label, text).replace(',', '.');
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(lower(label) + ": " + shown(t) + " is not a number");
        }
        if (t.endsWith("d") || t.endsWith("D") || t.endsWith("f") || t.endsWith("F")) {
            throw new IllegalArgumentException(lower(label) + ": " + shown(t) + " is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(lower(label) + " must be a finite number, got " + shown(t));
        }
        return v;
    }

    private static IllegalArgumentException notWhole(String label, String t) {
        if (looksNumeric(t)) {
            return new IllegalArgumentException(lower(label) + " must be a whole number, got " + shown(t));
        }
        return new IllegalArgumentException(lower(label) + ": " + shown(t) + " is not a number");
    }

    private static String clean(String label, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(lower(label) + ": type a number");
        }
        return t;
    }

    private static boolean looksNumeric(String t) {
        try {
            Double.parseDouble(t.replace(',', '.'));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String shown(String t) {
        return "\"" + (t.length() > 24 ? t.substring(0, 24) + "…" : t) + "\"";
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
