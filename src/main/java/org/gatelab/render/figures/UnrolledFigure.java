package org.gatelab.render.figures;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Palette;
import org.gatelab.render.Sealed;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.render.unrolled.UnrolledLayout;
import org.gatelab.render.unrolled.UnrolledPainter;
import org.gatelab.render.unrolled.UnrolledValues;

/**
 * The network unrolled in time, the picture every lecture on backpropagation through time draws: the selected
 * layer's cell copied once per timestep over a window that ends at the selected step, h and c flowing right,
 * the shared weights marked as one, and the backward pass sweeping right to left. The view (which animates
 * {@code progress}) and the exports (at 1: the whole sweep) both draw through it.
 */
public final class UnrolledFigure {
    private final UnrolledPainter painter = new UnrolledPainter();

    /** The bold heading, e.g. {@code "LSTM unrolled through time · unit 3 · t = 8 … 12"}. */
    public static String heading(Trace trace, UnrolledValues v) {
        String window = v.count() == 1 ? "t = " + v.first()
                : "t = " + v.first() + " … " + (v.first() + v.count() - 1) + " of 0 … " + (v.length() - 1);
        return v.cell() + " unrolled through time" + FigureText.layerWords(trace, v.layer()) + " · unit " + v.unit()
                + " · " + window;
    }

    /**
     * How to read the figure. The arrows carry one path's factor each; the totals at the nodes also hold what the
     * other paths, the loss and the layer above add, and the caption says so.
     */
    public static String caption(Trace trace, UnrolledValues v) {
        boolean lstm = v.cell() == CellKind.LSTM;
        String forward = "One cell copied once per timestep, every copy with the same weights; "
                + (lstm ? "h and c flow right." : "h flows right.");
        if (!v.hasGradients()) {
            return forward + " This run has no target, so there is no loss and no backward pass to show.";
        }
        String paths = lstm
                ? " On each arrow, that path's factor: through h at most ‖∂hₜ/∂hₜ₋₁‖_{F}, along the cell state exactly "
                        + "fₜ. Where paths meet, their gradients add"
                : " On each arrow, the most one step can stretch it: ‖∂hₜ/∂hₜ₋₁‖_{F}";
        String added = v.hasOutputs() ? "; where the loss reads ŷₜ (▼) it adds its own."
                : "; the layer above adds its own at every step.";
        return forward + " The gradient of " + FigureText.lossWords(trace) + " flows left." + paths + added;
    }

    /**
     * The values for the selection: a window of as many copies as fit the figure's width, ending at the selected
     * step.
     */
    public static UnrolledValues values(Trace trace, FigureSelection sel, double w, double h) {
        return values(trace, sel, w, h, Sealed.NONE);
    }

    /** The values for the selection, with what a lesson has sealed left out ("?" in the figure). */
    public static UnrolledValues values(Trace trace, FigureSelection sel, double w, double h, Sealed sealed) {
        return valuesAt(trace, sel, w, FigureText.fontSize(w, h), sealed);
    }

    /** The values for a figure {@code w} wide drawn with body font {@code f}. */
    private static UnrolledValues valuesAt(Trace trace, FigureSelection sel, double w, double f, Sealed sealed) {
        int layer = sel.clampedLayer(trace);
        int length = trace.layer(layer).length();
        int count = UnrolledLayout.copiesThatFit(w - 2 * pad(f), f);
        int step = sel.stepIn(trace.layer(layer));
        return UnrolledValues.of(trace, layer, sel.unit(), UnrolledValues.firstStepEndingAt(step, count, length),
                count, sealed);
    }

    private static double pad(double f) {
        return 0.8 * f;
    }

    /**
     * Paints the figure over the whole surface.
     *
     * @param progress how far the backward sweep has travelled, 0 to 1
     * @return where the parts went, or null when there was no trace
     */
    public UnrolledLayout paint(Surface s, Palette p, Trace trace, FigureSelection sel, double progress) {
        return paint(s, p, trace, sel, progress, Sealed.NONE);
    }

    /**
     * Paints the figure with what a lesson has sealed shown as "?" (a view inside a lesson passes the workspace's
     * {@code sealed}; exports pass nothing).
     */
    public UnrolledLayout paint(Surface s, Palette p, Trace trace, FigureSelection sel, double progress,
                                Sealed sealed) {
        double w = s.width();
        double h = s.height();
        double f = FigureText.fontSize(s, w, h);
        double pad = pad(f);
        if (trace == null) {
            s.setFont(f, false, false);
            s.setFill(p.mutedText());
            s.text("computing…", w / 2, h / 2, HAlign.CENTER, VAlign.CENTER);
            return null;
        }
        UnrolledValues v = valuesAt(trace, sel, w, f, sealed);
        // the copies are drawn in the forward direction's order: a bidirectional model's reverse one is not unrolled
        String heading = heading(trace, v) + (!trace.bidirectional() ? ""
                : sel.directionIn(trace) == Direction.REVERSE ? " · forward direction (the reverse one is not drawn here)"
                : " · forward direction");
        double top = pad * 0.6 + FigureTitle.paint(s, new PlotStyle(p, f), heading, caption(trace, v), pad,
                pad * 0.6, w - 2 * pad, FigureTitle.captionLines(h, f));
        UnrolledLayout l = UnrolledLayout.of(v.cell(), v.hasOutputs(), v.hasGradients(), v.count(), pad, top + 0.3 * f,
                w - 2 * pad, h - top - 0.3 * f - pad, f);
        painter.paint(s, p, v, l, sel.stepIn(trace.layer(v.layer())), progress);
        return l;
    }
}
