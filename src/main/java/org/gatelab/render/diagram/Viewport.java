package org.gatelab.render.diagram;

/**
 * Maps layout units to pixels: a uniform scale and an offset, {@code px = ox + scale * x},
 * {@code py = oy + scale * y}.
 *
 * @param scale pixels per layout unit
 */
public record Viewport(double scale, double ox, double oy) {

    /**
     * The largest uniform scale at which a {@code layoutW x layoutH} layout fits the rectangle
     * ({@code x, y, w, h}) in pixels, centred in it.
     */
    public static Viewport fit(double layoutW, double layoutH, double x, double y, double w, double h) {
        // scale = min(w / W, h / H); the slack is split evenly on both sides
        double s = Math.max(1e-9, Math.min(w / layoutW, h / layoutH));
        return new Viewport(s, x + (w - s * layoutW) / 2, y + (h - s * layoutH) / 2);
    }

    /** {@link #fit(double, double, double, double, double, double)} for a diagram layout. */
    public static Viewport fit(DiagramLayout layout, double x, double y, double w, double h) {
        return fit(layout.width(), layout.height(), x, y, w, h);
    }

    /** Pixel x of layout x. */
    public double px(double x) {
        return ox + scale * x;
    }

    /** Pixel y of layout y. */
    public double py(double y) {
        return oy + scale * y;
    }

    /** Pixels of a length in layout units. */
    public double len(double units) {
        return scale * units;
    }

    /** Layout x of pixel x. */
    public double layoutX(double px) {
        return (px - ox) / scale;
    }

    /** Layout y of pixel y. */
    public double layoutY(double py) {
        return (py - oy) / scale;
    }
}
