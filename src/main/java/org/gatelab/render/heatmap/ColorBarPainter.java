package org.gatelab.render.heatmap;

import org.gatelab.render.ColorMap;
import org.gatelab.render.Palette;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * A vertical colour bar: a heatmap's colour scale drawn as one image from its top (max) to its bottom (min),
 * with the range's numbers beside it, 0 (or the middle) when there is room, and for a logarithmic scale
 * a tick per decade.
 */
public final class ColorBarPainter {
    /** Most image rows a bar uses: more would not be visible. */
    private static final int MAX_STEPS = 256;

    /** Room the labels need to the right of the bar, gap included. */
    public double labelWidth(Surface s, double min, double max, double font) {
        labelFont(s, font);
        double w = 0;
        for (String label : new String[] {ValueFormat.label(min), ValueFormat.label(max), ValueFormat.label((min + max) / 2)}) {
            w = Math.max(w, s.textWidth(label));
        }
        return w + 0.55 * font;
    }

    /** Sets the labels' font: monospace, a little smaller than the body text. */
    public void labelFont(Surface s, double font) {
        s.setFont(0.85 * font, false, true);
    }

    /** Paints a linear bar from {@code min} to {@code max} of {@code map} in ({@code x, y, w, h}). */
    public void paint(Surface s, Palette p, ColorMap map, double min, double max, double x, double y, double w,
                      double h, double font) {
        paint(s, p, new HeatmapData("bar", "", 0, 0, new double[0], min, max, map, ""), x, y, w, h, font);
    }

    /**
     * Paints the colour scale of {@code data} (linear or logarithmic) in ({@code x, y, w, h}) and its labels
     * to the right of it.
     *
     * @param font body font size in pixels; labels are drawn at 0.85 of it
     */
    public void paint(Surface s, Palette p, HeatmapData data, double x, double y, double w, double h, double font) {
        if (h <= 0 || w <= 0) {
            return;
        }
        int n = (int) Math.max(2, Math.min(MAX_STEPS, Math.round(h)));
        int[] argb = new int[n];
        for (int r = 0; r < n; r++) {
            // row r (0 at the top) shows the scale position at its centre: u = 1 - (r + 1/2) / n
            argb[r] = data.colorMap().at(1 - (r + 0.5) / n).argb();
        }
        s.image(argb, 1, n, x, y, w, h);
        s.setStroke(p.grid());
        s.setLineWidth(1);
        s.setDashes();
        s.strokeRect(x, y, w, h);

        labelFont(s, font);
        s.setFill(p.mutedText());
        s.setStroke(p.mutedText());
        double tick = 0.25 * font;
        double tx = x + w + tick + 0.2 * font;
        double min = data.min();
        double max = data.max();
        tick(s, x + w, y, tick);
        tick(s, x + w, y + h, tick);
        s.text(ValueFormat.label(max), tx, y, HAlign.LEFT, VAlign.TOP);
        s.text(ValueFormat.label(min), tx, y + h, HAlign.LEFT, VAlign.BOTTOM);
        if (data.logarithmic()) {
            // one short tick per decade: |v| = max 10^-k sits at u = 1/2 + 1/2 (d - k) / d
            for (int k = 1; k < data.logDecades(); k++) {
                double off = 0.5 * (data.logDecades() - k) / data.logDecades() * h;
                tick(s, x + w, y + h / 2 - off, tick * 0.6);
                tick(s, x + w, y + h / 2 + off, tick * 0.6);
            }
        }
        // a middle label only when three labels fit one above the other
        if (h >= 3.2 * font) {
            double mid = (min < 0 && max > 0) ? 0 : (min + max) / 2;
            // y of the middle value: y + (1 - u(mid)) h
            double ym = y + (1 - data.position(mid)) * h;
            tick(s, x + w, ym, tick);
            s.text(ValueFormat.label(mid), tx, ym, HAlign.LEFT, VAlign.CENTER);
        }
    }

    private static void tick(Surface s, double x, double y, double len) {
        s.line(x, y, x + len, y);
    }
}
