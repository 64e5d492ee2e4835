package org.gatelab.viewmodel.training;

import java.math.BigDecimal;
import java.util.Locale;

/** Typed numbers in and out of the training lab's fields, with messages that name the field. */
final class NumberText {
    private NumberText() {
    }

    /** A number as people write it: 0.01, 0.000001, 1000, 0.5 (very large or small ones as 1e-12). */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a == 0 || (a >= 1e-9 && a < 1e15)) {
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v).replace("E", "e");
    }

    /** A whole number in {@code int} range. */
    static int parseInt(String label, String text) {
        String t = clean(label, text);
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            if (looksNumeric(t)) {
                throw new IllegalArgumentException(lower(label) + " must be a whole number, got " + shown(t));
            }
            throw new IllegalArgumentException(lower(label) + ": " + shown(t) + " is not a number");
        }
    }

    /** A whole number in {@code long} range. */
    static long parseLong(String label, String text) {
        String t = clean(label, text);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            if (looksNumeric(t)) {
                throw new IllegalArgumentException(lower(label) + " must be a whole number, got " + shown(t));
            }
            throw new IllegalArgumentException(lower(label) + ": " + shown(t) + " is not a number");
        }
    }

    /** A finite decimal number (1e-3 and 0,5 are accepted). */
    static double parseDouble(String label, String text) {
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
