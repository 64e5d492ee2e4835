package org.gatelab.tasks;

import java.math.BigDecimal;

/** Range checks for settings, with messages that name the setting and its allowed range. */
final class Check {
    private Check() {
    }

    static int range(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(setting + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    static long range(String setting, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(setting + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** {@code min <= value <= max}, and finite. */
    static double range(String setting, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(setting + " must be between " + number(min) + " and " + number(max)
                    + ", got " + number(value));
        }
        return value;
    }

    static <T> T required(String setting, T value) {
        if (value == null) {
            throw new IllegalArgumentException(setting + " is required");
        }
        return value;
    }

    /** A number as people write it: 0.01, 0.000001, 1000, 0.5 (very large or small ones as 1e-12). */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a == 0 || (a >= 1e-9 && a < 1e15)) {
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v).replace("E", "e");
    }
}
