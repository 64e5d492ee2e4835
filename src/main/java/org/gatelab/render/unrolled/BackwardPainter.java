package org.gatelab.render.unrolled;

import org.gatelab.render.ColorMap;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Sealed;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.heatmap.ValueFormat;
import org.gatelab.render.plot.FigureTitle;

/**
 * Paints the backward pass under the copies, sweeping right to left as {@code progress} goes from 0 to 1: one row
 * for ‖∂L/∂h_t‖ (the gradient reaching h_t, every unit of sequence 0) with, on each arrow back from t to t-1,
 * the bound {@code ≤ ×‖∂h_t/∂h_{t-1}‖_F} on how much that step can stretch it; for the LSTM a second row for the
 * unit's ∂L/∂c_t with the exact factor of the cell-state path, {@code × f_t}. Arrows are as thick as their
 * gradient on a logarithmic scale over the window; a triangle marks the steps whose ŷ_t the loss reads, where
 * gradient enters. Only the look animates: every number shown is the trace's.
 */
final class BackwardPainter {
    /** The band's title. */
    static final String TITLE = "Backward pass: the gradient of the loss flows right to left, back in time";
    /** The title more briefly, for a narrow figure (presenter mode's large type), rather than running off it. */
    private static final String[] SHORTER = {TITLE, "Backward pass: the gradient flows right to left",
            "Backward pass ←"};
    /** Decades of the arrows' logarithmic width scale. */
    private static final double DECADES = 6;

    /** The gradient's colour: the warm end of the diverging map, lighter on a dark background. */
    static Rgb colour(Palette p) {
        Rgb red = ColorMap.diverging().at(0.97);
        return p.background().luminance() < 0.2 ? red.mix(Rgb.of(255, 255, 255), 0.3) : red;
    }

    /** The h row's label. */
    static String hLabel() {
        return "‖∂L/∂hₜ‖";
    }

    /** The c row's label, for the unit. */
    static String cLabel(int unit) {
        return "∂L/∂cₜ[" + unit + "]";
    }

    /** How much of copy {@code k}'s part has been swept, 0..1: the sweep starts at the last copy. */
    static double swept(int k, int count, double progress) {
        double s = Math.max(0, Math.min(1, progress)) * count;
        return Math.max(0, Math.min(1, s - (count - 1 - k)));
    }

    void paint(Surface s, Palette p, UnrolledValues v, UnrolledLayout l, double progress) {
        double f = l.font();
        double labelX = l.copyX(0) - 0.35 * UnrolledLayout.LEFT_MARGIN * f;
        s.setFont(0.95 * f, true, false);
        s.setFill(colour(p));
        double titleX = l.copyX(0) - 0.95 * UnrolledLayout.LEFT_MARGIN * f;
        s.text(FigureTitle.firstThatFits(s, s.width() - titleX - 0.3 * f, SHORTER), titleX, l.backY() + 0.6 * f,
                HAlign.LEFT, VAlign.CENTER);
        row(s, p, v, l, 0, progress, labelX);
        if (v.cell().hasCellState()) {
            row(s, p, v, l, 1, progress, labelX);
        }
    }

    private static void row(Surface s, Palette p, UnrolledValues v, UnrolledLayout l, int r, double progress,
                            double labelX) {
        double f = l.font();
        double y = l.backRowY(r);
        boolean h = r == 0;
        s.setFont(0.9 * f, true, false);
        s.setFill(p.text());
        String label = h ? hLabel() : cLabel(v.unit());
        // right-aligned before the arrows, but never past the figure's left edge (a narrow margin at a large type)
        s.text(label, Math.max(labelX - 0.4 * f, s.textWidth(label) + 0.2 * f), y, HAlign.RIGHT, VAlign.CENTER);
        double max = 0;
        for (int k = 0; k < v.count(); k++) {
            double g = Math.abs(h ? v.gradHiddenNorm(k) : v.gradCell(k));
            // a sealed gradient is NaN: it neither sets the scale nor gives itself away through it
            max = Double.isNaN(g) ? max : Math.max(max, g);
        }
        Rgb red = colour(p);
        if (v.continuesAfter() && progress > 0) {
            double x1 = l.right() + 0.8 * UnrolledLayout.RIGHT_MARGIN * f;
            arrow(s, red, x1, l.centerX(v.count() - 1) + 2.6 * f, y, 0.12 * f, f);
            s.setFont(0.85 * f, false, false);
            s.setFill(p.mutedText());
            s.text("from t > " + v.step(v.count() - 1), x1, y + 0.5 * f, HAlign.RIGHT, VAlign.TOP);
        }
        for (int k = v.count() - 1; k >= 0; k--) {
            double done = swept(k, v.count(), progress);
            if (done <= 0) {
                continue;
            }
            double g = h ? v.gradHiddenNorm(k) : v.gradCell(k);
            double x0 = l.centerX(k);
            double x1 = k == 0 ? labelX + 0.2 * f : l.centerX(k - 1);
            // the arrow back to the previous step grows as the sweep passes
            double tip = x0 + (x1 - x0) * done;
            arrow(s, red, x0, tip, y, width(g, max, f), f);
            if (done >= 1) {
                String factor = h ? "≤ ×" + UnrolledPainter.shown(v.jacobianNorm(k), v.jacobianSealed(k))
                        : "× f " + UnrolledPainter.shown(v.forget(k), v.forgetSealed(k));
                s.setFont(0.82 * f, false, true);
                s.setFill(p.text());
                double mid = (x0 + x1) / 2;
                s.text(factor, mid, y - 0.8 * f, HAlign.CENTER, VAlign.BOTTOM);
            }
            boolean sealed = h ? v.gradHiddenSealed(k) : v.gradCellSealed(k);
            node(s, p, red, sealed ? Sealed.MARK : ValueFormat.readout(g), x0, y, f);
            if (h && v.lossReads(k)) {
                double ty = y - 1.35 * f;
                s.setFill(red);
                s.fillPolygon(new double[] {x0 - 0.4 * f, x0 + 0.4 * f, x0}, new double[] {ty - 0.5 * f, ty - 0.5 * f,
                    ty + 0.1 * f}, 3);
            }
        }
    }

    /** The arrow's width: thin for a gradient {@link #DECADES} decades below the window's largest, thick at it. */
    static double width(double g, double max, double f) {
        double a = Math.abs(g);
        if (!(a > 0) || !(max > 0)) {
            return 0.06 * f;
        }
        double u = Math.max(0, Math.min(1, 1 + Math.log10(a / max) / DECADES));
        return 0.08 * f + u * 0.3 * f;
    }

    /** A horizontal arrow from {@code x0} to {@code x1} (pointing at {@code x1}). */
    private static void arrow(Surface s, Rgb colour, double x0, double x1, double y, double width, double f) {
        if (Math.abs(x1 - x0) < 1) {
            return;
        }
        double dir = Math.signum(x1 - x0);
        double head = Math.max(0.5 * f, 2.2 * width);
        s.setStroke(colour);
        s.setFill(colour);
        s.setLineWidth(width);
        s.setDashes();
        double end = Math.abs(x1 - x0) > head ? x1 - dir * head : x0;
        s.line(x0, y, end, y);
        s.fillPolygon(new double[] {end, x1, end}, new double[] {y - 0.45 * head, y, y + 0.45 * head}, 3);
    }

    /** A value on the row: a pill in the background colour outlined in the gradient's colour. */
    private static void node(Surface s, Palette p, Rgb red, String text, double cx, double y, double f) {
        s.setFont(0.85 * f, true, true);
        double w = s.textWidth(text) + 0.8 * f;
        double h = 1.45 * f;
        s.setFill(p.background());
        s.fillRoundRect(cx - w / 2, y - h / 2, w, h, h);
        s.setStroke(red);
        s.setLineWidth(Math.max(1, 0.1 * f));
        s.strokeRoundRect(cx - w / 2, y - h / 2, w, h, h);
        s.setFill(p.text());
        s.text(text, cx, y, HAlign.CENTER, VAlign.CENTER);
    }
}
