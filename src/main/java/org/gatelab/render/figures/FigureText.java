package org.gatelab.render.figures;

import java.util.Locale;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.LossKind;

/** Sizes and words the plot figures share. */
public final class FigureText {
    private FigureText() {
    }

    /**
     * Body font size for a figure of {@code w x h}, 10 to 20: 20 at 3.4 % of the height (2.4 % of the width) of
     * 20 and above, below that less than in proportion ({@code 20 (r / 20)^0.7}), so a figure drawn larger
     * (presenter mode's +: the same pixels hold fewer drawing units) gets larger type, not the same type on fewer
     * units.
     */
    public static double fontSize(double w, double h) {
        double proportional = Math.max(0, Math.min(0.034 * h, 0.024 * w));
        return Math.max(10, Math.min(20, 20 * Math.pow(proportional / 20, 0.7)));
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

    /** 0, 1, ..., n-1 as doubles: the timestep axis. */
    public static double[] steps(int n) {
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = t;
        }
        return x;
    }
}
