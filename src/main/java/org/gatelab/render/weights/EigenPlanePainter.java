package org.gatelab.render.weights;

import java.util.List;
import org.gatelab.engine.trace.MatrixSpectrum;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.heatmap.ValueFormat;
import org.gatelab.render.plot.LinearAxis;
import org.gatelab.render.plot.Tick;

/**
 * Paints a matrix's eigenvalues in the complex plane, as in a linear-algebra textbook: equal scales on both
 * axes, the real and imaginary axes, the unit circle |λ| = 1, the spectral radius ρ as a dashed circle in the
 * accent colour with its value written beside it, and one dot per eigenvalue (ringed in the accent colour when
 * it lies outside the unit circle). The plane always shows the whole unit circle.
 */
public final class EigenPlanePainter {
    /** Below this side, in fonts, the plane is not drawn (its ticks and labels would not fit). */
    static final double MIN_SIDE_FONTS = 4;
    /** The axis labels under the plane, in tick fonts (0.84 of the font). */
    private static final double BOTTOM_FONTS = 2.7;

    /** The least height {@link #paint} needs to draw the plane at all, for {@code font}. */
    static double minimumHeight(double font) {
        return MIN_SIDE_FONTS * font + BOTTOM_FONTS * 0.84 * font + 0.6 * font;
    }

    /** The plane reaches at least this far from 0 on every side, so the unit circle is always whole. */
    static final double MIN_REACH = 1.25;

    /**
     * Where the plane went: its centre (λ = 0) and pixels per unit, for hit tests and tests.
     *
     * @param reach the largest |Re λ| and |Im λ| shown
     */
    public record Layout(double centerX, double centerY, double pixelsPerUnit, double reach) {
        public double px(double re) {
            return centerX + re * pixelsPerUnit;
        }

        public double py(double im) {
            return centerY - im * pixelsPerUnit;
        }
    }

    /** The half-width of the plane for a spectrum: a little beyond ρ, at least {@link #MIN_REACH}. */
    public static double reach(MatrixSpectrum spectrum) {
        double r = spectrum.spectralRadius();
        return Double.isFinite(r) ? Math.max(MIN_REACH, 1.12 * r) : MIN_REACH;
    }

    /**
     * Paints the plane into the box ({@code x, y, w, h}); the plane is the largest square that fits beside its
     * tick labels.
     *
     * @param dots the eigenvalues' colour (the cell's series colour)
     */
    public Layout paint(Surface s, Palette p, MatrixSpectrum spectrum, Rgb dots, double x, double y, double w,
                        double h, double font) {
        double tf = 0.84 * font;
        double reach = reach(spectrum);
        LinearAxis axis = LinearAxis.of(-reach, reach);
        s.setFont(tf, false, true);
        double labelW = Math.max(s.textWidth("-" + tickText(axis)), s.textWidth("Im λ")) + 0.5 * font;
        double bottom = BOTTOM_FONTS * tf;
        double side = Math.max(0, Math.min(w - labelW - 0.4 * font, h - bottom - 0.6 * font));
        double left = x + labelW + Math.max(0, (w - labelW - side) / 2 - 0.2 * font);
        double top = y + 0.6 * font + Math.max(0, (h - bottom - 0.6 * font - side) / 2);
        double ppu = side / (2 * reach);
        Layout l = new Layout(left + side / 2, top + side / 2, ppu, reach);
        if (side < MIN_SIDE_FONTS * font) {
            return l;
        }
        s.setFill(p.panel());
        s.fillRect(left, top, side, side);
        List<Tick> ticks = axis.ticks(Math.max(3, (int) (side / (3.2 * tf))));
        grid(s, p, l, ticks, left, top, side, tf, font);

        // the unit circle, solid; ρ dashed in the accent colour
        double hair = Math.max(1, 0.07 * font);
        s.setStroke(p.text());
        s.setLineWidth(1.4 * hair);
        s.setDashes();
        circle(s, l, 1);
        s.setFont(tf, false, false);
        s.setFill(p.text());
        double d = Math.sqrt(0.5);
        s.text("|λ| = 1", l.px(-d) - 0.2 * font, l.py(-d) + 0.2 * font, HAlign.RIGHT, VAlign.TOP);
        double rho = spectrum.spectralRadius();
        if (Double.isFinite(rho)) {
            s.setStroke(p.accent());
            s.setLineWidth(2 * hair);
            s.setDashes(0.5 * font, 0.3 * font);
            if (rho > 0) {
                circle(s, l, rho);
            }
            s.setDashes();
            eigenvalues(s, p, spectrum, dots, l, font);
            s.setFont(font, true, false);
            s.setFill(p.accent());
            String label = "ρ = " + ValueFormat.readout(rho);
            double lx = l.px(rho * d) + 0.25 * font;
            double ly = l.py(rho * d) - 0.2 * font;
            // keep the label inside the plane
            lx = Math.min(lx, left + side - s.textWidth(label) - 0.3 * font);
            ly = Math.max(ly, top + 1.2 * font);
            s.text(label, lx, ly, HAlign.LEFT, VAlign.BOTTOM);
        } else {
            s.setFont(font, false, false);
            s.setFill(p.mutedText());
            s.text("W has entries that are not finite numbers", l.centerX(), top + 1.2 * font, HAlign.CENTER,
                    VAlign.CENTER);
        }
        s.setStroke(p.grid());
        s.setLineWidth(1);
        s.strokeRect(left, top, side, side);
        return l;
    }

    private static String tickText(LinearAxis axis) {
        String widest = "";
        for (Tick t : axis.ticks(7)) {
            if (t.label().length() > widest.length()) {
                widest = t.label();
            }
        }
        return widest;
    }

    /** Grid lines at the ticks, the two axes heavier, tick labels below and left, the axis names. */
    private static void grid(Surface s, Palette p, Layout l, List<Tick> ticks, double left, double top, double side,
                             double tf, double font) {
        s.setDashes();
        s.setLineWidth(1);
        s.setStroke(p.grid().mix(p.panel(), 0.45));
        for (Tick t : ticks) {
            s.line(l.px(t.value()), top, l.px(t.value()), top + side);
            s.line(left, l.py(t.value()), left + side, l.py(t.value()));
        }
        s.setStroke(p.grid());
        s.setLineWidth(Math.max(1, 0.09 * font));
        s.line(left, l.centerY(), left + side, l.centerY());
        s.line(l.centerX(), top, l.centerX(), top + side);
        s.setFont(tf, false, true);
        s.setFill(p.mutedText());
        for (Tick t : ticks) {
            if (!t.labelled()) {
                continue;
            }
            s.text(t.label(), l.px(t.value()), top + side + 0.25 * tf, HAlign.CENTER, VAlign.TOP);
            s.text(t.label(), left - 0.3 * tf, l.py(t.value()), HAlign.RIGHT, VAlign.CENTER);
        }
        s.setFont(tf, false, false);
        s.text("Re λ", left + side, top + side + 1.45 * tf, HAlign.RIGHT, VAlign.TOP);
        s.text("Im λ", left - 0.3 * tf, top - 0.25 * tf, HAlign.RIGHT, VAlign.BOTTOM);
    }

    /** One dot per eigenvalue; a ring in the accent colour around those outside the unit circle. */
    private static void eigenvalues(Surface s, Palette p, MatrixSpectrum spectrum, Rgb dots, Layout l, double font) {
        double r = Math.max(2.5, 0.3 * font);
        for (int k = 0; k < spectrum.count(); k++) {
            double cx = l.px(spectrum.real(k));
            double cy = l.py(spectrum.imaginary(k));
            if (spectrum.modulus(k) > 1) {
                s.setStroke(p.accent());
                s.setLineWidth(Math.max(1.5, 0.12 * font));
                s.strokeOval(cx - 1.7 * r, cy - 1.7 * r, 3.4 * r, 3.4 * r);
            }
            s.setFill(dots);
            s.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            s.setStroke(p.panel());
            s.setLineWidth(Math.max(1, 0.08 * font));
            s.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
    }

    /** A circle of radius {@code radius} around λ = 0. */
    private static void circle(Surface s, Layout l, double radius) {
        double pr = radius * l.pixelsPerUnit();
        s.strokeOval(l.centerX() - pr, l.centerY() - pr, 2 * pr, 2 * pr);
    }
}
