package org.gatelab.render.heatmap;

import org.gatelab.render.Surface;

/**
 * Shortens a line of text so it fits a width in the surface's current font: by whole parts where the text is a list
 * of them ({@link #wholeParts}), else with an ellipsis.
 */
public final class TextFit {
    private TextFit() {
    }

    /**
     * {@code text}, or as many of its parts (separated by {@code " · "}) from the start as fit {@code maxWidth}:
     * a caption listing facts gives up its last facts whole rather than one cut mid-word. When even the first part
     * does not fit, that part with an ellipsis ({@link #text}).
     */
    public static String wholeParts(Surface s, String text, double maxWidth) {
        String fits = text;
        while (s.textWidth(fits) > maxWidth) {
            int cut = fits.lastIndexOf(" · ");
            if (cut < 0) {
                return text(s, fits, maxWidth);
            }
            fits = fits.substring(0, cut);
        }
        return fits;
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
