package org.gatelab.render.figures;

import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.math.FormulaBox;

/**
 * A rectangle of another surface seen as a surface of its own: its origin is the rectangle's corner, its
 * width and height the rectangle's, and drawing is clipped to it. Lets a figure that fills "its" surface be
 * placed in one panel of a larger page. {@link #close()} restores the parent.
 */
public final class InsetSurface implements Surface, AutoCloseable {
    private final Surface parent;
    private final double width;
    private final double height;
    private boolean closed;

    /** Saves the parent's state, moves its origin to ({@code x, y}) and clips it to {@code w x h}. */
    public InsetSurface(Surface parent, double x, double y, double w, double h) {
        this.parent = parent;
        this.width = w;
        this.height = h;
        parent.save();
        parent.translate(x, y);
        parent.clip(0, 0, w, h);
    }

    /** Restores the parent's state (once). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            parent.restore();
        }
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void setFill(Rgb colour) {
        parent.setFill(colour);
    }

    @Override
    public void setStroke(Rgb colour) {
        parent.setStroke(colour);
    }

    @Override
    public void setLineWidth(double w) {
        parent.setLineWidth(w);
    }

    @Override
    public void setDashes(double... dashes) {
        parent.setDashes(dashes);
    }

    @Override
    public void setFont(double size, boolean bold, boolean mono) {
        parent.setFont(size, bold, mono);
    }

    @Override
    public double typeFloor() {
        return parent.typeFloor();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        parent.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        parent.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        parent.fillRoundRect(x, y, w, h, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        parent.strokeRoundRect(x, y, w, h, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        parent.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        parent.strokeOval(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        parent.line(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        parent.polyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        parent.fillPolygon(xs, ys, n);
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        parent.text(text, x, y, h, v);
    }

    @Override
    public double textWidth(String text) {
        return parent.textWidth(text);
    }

    @Override
    public void image(int[] argb, int cols, int rows, double x, double y, double w, double h) {
        parent.image(argb, cols, rows, x, y, w, h);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        parent.clip(x, y, w, h);
    }

    @Override
    public void save() {
        parent.save();
    }

    @Override
    public void restore() {
        parent.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        parent.translate(dx, dy);
    }

    @Override
    public FormulaBox formulaBox(String latex, double textSize, boolean display) {
        return parent.formulaBox(latex, textSize, display);
    }

    @Override
    public void formula(String latex, double x, double y, double textSize, boolean display, HAlign h, VAlign v) {
        parent.formula(latex, x, y, textSize, display, h, v);
    }
}
