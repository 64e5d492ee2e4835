package org.gatelab.render.equations;

import java.util.HashMap;
import java.util.Map;
import org.gatelab.render.Surface;

/**
 * Text widths for the equation layout, measured once per string and font on a {@link Surface} at a
 * reference size and scaled linearly (text width is proportional to font size), so fitting the font to
 * the view can try many sizes cheaply. A size under the surface's type floor is measured at the floor, as it
 * will be drawn. Changes the surface's font while measuring.
 */
final class TextMetrics {
    private static final double REFERENCE_SIZE = 100;

    private final Surface surface;
    private final Map<String, Double> cache = new HashMap<>();
    private final double floor;

    TextMetrics(Surface surface) {
        this.surface = surface;
        this.floor = surface.typeFloor();
    }

    /** The width of {@code text} at font {@code size}. */
    double width(String text, double size, boolean bold, boolean mono) {
        if (text.isEmpty()) {
            return 0;
        }
        String key = (bold ? 'b' : 'r') + (mono ? "m" : "s") + text;
        Double w = cache.get(key);
        if (w == null) {
            surface.setFont(REFERENCE_SIZE, bold, mono);
            w = surface.textWidth(text);
            cache.put(key, w);
        }
        return w * Math.max(floor, size) / REFERENCE_SIZE;
    }

    /** The width of LaTeX {@code latex} typeset beside text of {@code size} (a formula's width grows with its size). */
    double formulaWidth(String latex, double size) {
        if (latex.isEmpty()) {
            return 0;
        }
        String key = "$" + latex;
        Double w = cache.get(key);
        if (w == null) {
            w = surface.formulaBox(latex, REFERENCE_SIZE, false).width();
            cache.put(key, w);
        }
        return w * Math.max(floor, size) / REFERENCE_SIZE;
    }

    /** {@code text}, or its longest prefix that fits {@code maxWidth} with an ellipsis. */
    String fit(String text, double maxWidth, double size, boolean bold, boolean mono) {
        if (width(text, size, bold, mono) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        // binary search the longest prefix that fits with the ellipsis
        while (lo < hi) {
            int m = (lo + hi + 1) / 2;
            if (width(text.substring(0, m) + "…", size, bold, mono) <= maxWidth) {
                lo = m;
            } else {
                hi = m - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + "…";
    }
}
