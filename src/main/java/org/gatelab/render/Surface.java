package org.gatelab.render;

import org.gatelab.render.math.FormulaBox;
import org.gatelab.render.math.MathType;
import org.gatelab.render.math.PlainMath;

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

    /**
     * Font size in pixels; {@code bold} for headings; {@code mono} for numbers and code. A size under the
     * {@link #typeFloor()} is raised to it.
     */
    void setFont(double size, boolean bold, boolean mono);

    /**
     * The smallest font size this surface draws (a projector's legible minimum on screen; 0, none, for the
     * exports). Painters that fit text into a box may read it to leave out what cannot be legible there.
     */
    default double typeFloor() {
        return 0;
    }

    /**
     * How many times presenter mode's + has grown the type beyond its default size (1 on a monitor and in the
     * exports). A painter that sizes its type from the figure's width in drawing units ({@code FigureText.fontSize})
     * takes the width this many times wider: a view as wide as the screen shrinks in drawing units as the scale grows,
     * so without it a wide figure would draw the same pixels at every scale and only its floor would grow.
     */
    default double typeGrowth() {
        return 1;
    }

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

    /**
     * The box LaTeX maths takes when {@link #formula set} beside text of {@code textSize} pixels: {@code latex}
     * is what stands between {@code $...$} ({@code display} for {@code $$...$$}: larger operators, limits above
     * and below). This default measures the plain-text reading ({@link PlainMath}) in the regular font; surfaces
     * that typeset (the exports) measure the typeset formula. The font is left as it was.
     */
    default FormulaBox formulaBox(String latex, double textSize, boolean display) {
        save();
        try {
            setFont(textSize, false, false);
            return new FormulaBox(textWidth(PlainMath.of(latex)), 0.8 * textSize, 0.25 * textSize);
        } finally {
            restore();
        }
    }

    /**
     * Sets LaTeX maths in the current fill colour, its box anchored at ({@code x, y}) like {@link #text}
     * ({@link VAlign#BASELINE}: the formula's baseline), sized to sit beside text of {@code textSize} pixels
     * ({@link MathType}). This default draws the plain-text reading ({@link PlainMath}); surfaces that typeset
     * draw the formula. The font is left as it was.
     */
    default void formula(String latex, double x, double y, double textSize, boolean display, HAlign h, VAlign v) {
        FormulaBox box = formulaBox(latex, textSize, display);
        save();
        try {
            setFont(textSize, false, false);
            text(PlainMath.of(latex), left(box, x, h), baseline(box, y, v), HAlign.LEFT, VAlign.BASELINE);
        } finally {
            restore();
        }
    }

    /** The left edge of {@code box} anchored at {@code x} with alignment {@code h}. */
    static double left(FormulaBox box, double x, HAlign h) {
        return switch (h) {
            case LEFT -> x;
            case CENTER -> x - box.width() / 2;
            case RIGHT -> x - box.width();
        };
    }

    /** The baseline of {@code box} anchored at {@code y} with alignment {@code v}. */
    static double baseline(FormulaBox box, double y, VAlign v) {
        return switch (v) {
            case TOP -> y + box.ascent();
            case CENTER -> y + (box.ascent() - box.descent()) / 2;
            case BASELINE -> y;
            case BOTTOM -> y - box.descent();
        };
    }
}
