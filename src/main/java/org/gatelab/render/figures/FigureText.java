package org.gatelab.render.figures;

import java.util.Locale;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Surface;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.LossKind;

/** Sizes and words the plot figures share. */
public final class FigureText {
    private FigureText() {
    }

    /** Body font size in pixels for a figure of {@code w x h}: 3.4 % of the height (2.4 % of the width), 10 to 20. */
    public static double fontSize(double w, double h) {
        return Math.max(10, Math.min(20, Math.min(0.034 * h, 0.024 * w)));
    }

    /**
     * Body font size for a figure of {@code w x h} drawn on {@code s}: {@link #fontSize(double, double)} with the width
     * taken {@link Surface#typeGrowth()} times wider. In presenter mode a view keeps the height in drawing units its
     * type needs (it asks for room and the work area scrolls down), but its width is the screen's, which + shrinks in
     * drawing units; sized by that width, a wide figure's type would stop growing. (On a monitor and in the exports,
     * the same as {@code fontSize(w, h)}.)
     */
    public static double fontSize(Surface s, double w, double h) {
        return fontSize(s.typeGrowth() * w, h);
    }

    /** "the loss at t = 29" for a last-step loss, "the loss" otherwise. */
    public static String lossWords(Trace trace) {
        LossKind kind = trace.lossKind();
        if (kind != null && kind.isLastStepOnly()) {
            return "the loss at t = " + (trace.length() - 1);
        }
        return "the loss";
    }

    /** ", layer 2 of 3" for stacked models; empty for one layer. */
    public static String layerWords(Trace trace, int layer) {
        return trace.layerCount() > 1 ? String.format(Locale.ROOT, ", layer %d of %d", layer + 1, trace.layerCount()) : "";
    }

    /**
     * {@code " reverse (reads t = T-1 … 0: step t takes xₜ and hₜ₊₁)"} for a reverse direction, which reads the
     * sequence right to left; empty for a forward one.
     */
    public static String directionWords(LayerTrace layer) {
        return layer.direction() == Direction.REVERSE ? String.format(Locale.ROOT,
                " reverse (reads t = %d \u2026 0: step t takes x\u209C and h\u209C\u208A\u2081)", layer.length() - 1) : "";
    }

    /**
     * ", layer 2 of 3" for stacked models, with the direction's words ({@link #directionWords}) for a reverse one;
     * empty for one forward layer.
     */
    public static String layerWords(Trace trace, LayerTrace layer) {
        String words = layerWords(trace, layer.index());
        return layer.direction() == Direction.REVERSE ? (words.isEmpty() ? "," : words) + directionWords(layer) : words;
    }

    /** 0, 1, ..., n-1 as doubles: the timestep axis. */
    public static double[] steps(int n) {
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = t;
        }
        return x;
    }
}
