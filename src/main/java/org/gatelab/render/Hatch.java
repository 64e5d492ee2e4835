package org.gatelab.render;

/**
 * How a sealed number's place is drawn: a neutral fill crossed by thin diagonal lines, so it reads as "hidden on
 * purpose", not as a value's colour. The same in every figure.
 */
public final class Hatch {
    private Hatch() {
    }

    /**
     * Fills {@code x, y, w, h} with the hatch: the palette's background, then diagonal lines {@code spacing} apart
     * in the muted text colour, clipped to the rectangle.
     */
    public static void fill(Surface s, Palette p, double x, double y, double w, double h, double spacing) {
        if (!(w > 0) || !(h > 0)) {
            return;
        }
        s.setFill(p.background());
        s.fillRect(x, y, w, h);
        lines(s, p, x, y, w, h, spacing);
    }

    /** A rounded box with the hatch inside it (the hatch keeps clear of the rounded corners). */
    public static void fillRound(Surface s, Palette p, double x, double y, double w, double h, double arc,
                                 double spacing) {
        if (!(w > 0) || !(h > 0)) {
            return;
        }
        s.setFill(p.background());
        s.fillRoundRect(x, y, w, h, arc);
        double in = Math.min(0.3 * arc, 0.25 * Math.min(w, h));
        lines(s, p, x + in, y + in, w - 2 * in, h - 2 * in, spacing);
    }

    private static void lines(Surface s, Palette p, double x, double y, double w, double h, double spacing) {
        double d = Math.max(2, spacing);
        s.save();
        s.clip(x, y, w, h);
        s.setStroke(p.mutedText().withAlpha(110));
        s.setLineWidth(Math.max(1, 0.12 * d));
        s.setDashes();
        // lines x - y = c, from the bottom-left corner's c to the top-right corner's
        for (double c = -h; c < w; c += d) {
            s.line(x + c, y + h, x + c + h, y);
        }
        s.restore();
    }
}
