package org.gatelab.ui.training;

import java.util.Locale;
import org.gatelab.render.Surface;
import org.gatelab.render.plot.TickFormat;

/** Sizes and number words the training lab's views share. */
final class LabText {
    private LabText() {
    }

    /**
     * Body font of a plot of {@code w x h} drawing units on {@code s}: 4.6 % of its height (3 % of its width, taken
     * {@link Surface#typeGrowth()} times wider, as {@code FigureText.fontSize} does), 10 to 19.
     */
    static double plotFont(Surface s, double w, double h) {
        return Math.max(10, Math.min(19, Math.min(0.046 * h, 0.03 * s.typeGrowth() * w)));
    }

    /** A loss or norm as the plots print it: three significant digits, 3.2×10⁻⁵ for tiny ones. */
    static String number(double v) {
        return TickFormat.readout(v);
    }

    /** A setting's value as people type it: 0.2, 100, 0.000001 (no trailing zeros, no exponent). */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return TickFormat.readout(v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A share as a percentage: "97.5%". */
    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        return String.format(Locale.ROOT, fraction >= 0.995 || fraction == 0 ? "%.0f%%" : "%.1f%%", 100 * fraction);
    }

    /** "1 epoch", "20 epochs". */
    static String epochs(int n) {
        return n + (n == 1 ? " epoch" : " epochs");
    }
}
