package org.gatelab.ui.compare;

import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.RunStatus;

/** How the comparison lab writes its numbers: formatting only, every value comes from the view model. */
final class CompareText {
    private CompareText() {
    }

    /** A loss with three significant digits: 0.153, 0.000604, 1.23e-05; an em dash for NaN. */
    static String loss(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e4) {
            // %.3g keeps three significant digits and prints plainly in this range
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return String.format(Locale.ROOT, "%.2e", v).replace("e-0", "e-").replace("e+0", "e");
    }

    /** A whole count with thousands separators: 4,641. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Seconds with two decimals below 10 s, one above. */
    static String seconds(double s) {
        if (Double.isNaN(s)) {
            return "—";
        }
        return String.format(Locale.ROOT, s < 10 ? "%.2f" : "%.1f", s);
    }

    /** A share as a percentage: 97.5 %, 0.4 %, 103 %; an em dash for NaN. */
    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "—";
        }
        double p = 100 * share;
        return String.format(Locale.ROOT, p < 10 ? "%.1f %%" : "%.0f %%", p);
    }

    /** "completed, 4 epochs", "cancelled after 3 epochs", "diverged after 5 epochs". */
    static String status(RunStatus status, int epochs) {
        return switch (status) {
            case COMPLETED -> "completed, " + epochs + " epoch" + (epochs == 1 ? "" : "s");
            case CANCELLED -> "cancelled after " + epochs + " epoch" + (epochs == 1 ? "" : "s");
            case DIVERGED -> "diverged after " + epochs + " epoch" + (epochs == 1 ? "" : "s");
            default -> status.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The initialization as the form names it. */
    static String initName(InitScheme scheme) {
        return scheme == InitScheme.CHRONO ? "chrono (Tallec & Ollivier)" : "PyTorch default";
    }

    /** A converter that shows each choice by {@code name} (choices are picked, never typed). */
    static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
