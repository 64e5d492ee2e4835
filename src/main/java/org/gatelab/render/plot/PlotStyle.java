package org.gatelab.render.plot;

import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;

/**
 * The looks a plot painter needs: the theme's colours and the body font size in pixels, from which every
 * other length (tick labels, line widths, paddings) is derived, so a plot scales with its view.
 *
 * @param font body font size in pixels (titles, legend); tick labels are a little smaller
 */
public record PlotStyle(Palette palette, double font) {
    public PlotStyle {
        if (!(font > 0)) {
            throw new IllegalArgumentException("font size must be positive");
        }
    }

    /** Font size of tick labels. */
    public double tickFont() {
        return 0.84 * font;
    }

    /** Width of a data line. */
    public double lineWidth() {
        return Math.max(1.4, 0.13 * font);
    }

    /** Width of grid and axis lines. */
    public double hairline() {
        return Math.max(0.8, 0.06 * font);
    }

    /** A dash pattern for dashed series, in pixels. */
    public double[] dashes() {
        return new double[] {0.55 * font, 0.35 * font};
    }

    /** A dotted pattern for reference lines. */
    public double[] dots() {
        return new double[] {0.15 * font, 0.3 * font};
    }

    /** The faint colour of minor grid lines. */
    public Rgb minorGrid() {
        return palette.grid().mix(palette.panel(), 0.55);
    }
}
