package org.gatelab.render.heatmap;

import org.gatelab.render.Surface;

/** Shortens a line of text with an ellipsis so it fits a width in the surface's current font. */
public final class TextFit {
    private TextFit() {
    }

    /** {@code text}, or its longest prefix that fits {@code maxWidth} with an ellipsis (possibly empty). */
    public static String text(Surface s, String text, double maxWidth) {
        if (s.textWidth(text) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        // binary search the longest prefix that fits with the ellipsis
        while (lo < hi) {
            int m = (lo + hi + 1) / 2;
            if (s.textWidth(text.substring(0, m) + "…") <= maxWidth) {
                lo = m;
            } else {
                hi = m - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + "…";
    }
}
