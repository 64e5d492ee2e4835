package org.gatelab.render;

/**
 * A small drawing interface that the painters in this package draw on, so the same drawing reaches the
 * screen (a JavaFX Canvas) and the exports (a Graphics2D for SVG, PDF and PNG). Coordinates are in pixels
 * of the target, y down. State (colours, stroke, font) persists until changed, as in Graphics2D.
 */
public interface Surface {
    /** Horizontal text anchoring for {@link #text}. */
    enum HAlign { LEFT, CENTER, RIGHT }

    /** Vertical text anchoring for {@link #text}. */
    enum VAlign { TOP, CENTER, BASELINE, BOTTOM }

    double width();

    double height();

    void setFill(Rgb colour);

    void setStroke(Rgb colour);

    /** Line width in pixels. */
    void setLineWidth(double width);

    /** Dash pattern in pixels (on, off, ...); none for a solid line. */
    void setDashes(double... dashes);

    /** Font size in pixels; {@code bold} for headings; {@code mono} for numbers and code. */
    void setFont(double size, boolean bold, boolean mono);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void line(double x1, double y1, double x2, double y2);

    /** An open polyline through the points. */
    void polyline(double[] xs, double[] ys, int n);

    /** A filled polygon. */
    void fillPolygon(double[] xs, double[] ys, int n);

    void text(String text, double x, double y, HAlign h, VAlign v);

    /** Width of {@code text} in the current font, for layout. */
    double textWidth(String text);

    /**
     * Draws a grid of colours as one image, scaled to the rectangle without smoothing
     * ({@code argb[row * cols + col]}): heatmaps.
     */
    void image(int[] argb, int cols, int rows, double x, double y, double w, double h);

    /** Restricts drawing to the rectangle until {@link #restore()}. */
    void clip(double x, double y, double w, double h);

    /** Saves state (colours, stroke, font, clip, transform). */
    void save();

    /** Restores the last saved state. */
    void restore();

    /** Moves the origin (after {@link #save()}). */
    void translate(double dx, double dy);
}
