package org.gatelab.render.equations;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;

/**
 * A {@link Surface} that draws nothing and records what it was asked to draw, for painter tests. Text widths
 * are a fixed fraction of the font size per character (0.6 for mono, 0.55 for sans, 5% more when bold).
 */
final class RecordingSurface implements Surface {
    record TextCall(String text, double x, double y, Rgb fill, double size, boolean bold, boolean mono,
                    double width) {
    }

    record RectCall(double x, double y, double w, double h, Rgb fill) {
    }

    final List<TextCall> texts = new ArrayList<>();
    final List<RectCall> filledRoundRects = new ArrayList<>();
    final List<double[]> lines = new ArrayList<>();
    private final double width;
    private final double height;
    private Rgb fill = Rgb.of(0, 0, 0);
    private double fontSize = 12;
    private boolean bold;
    private boolean mono;
    private int depth;

    RecordingSurface(double width, double height) {
        this.width = width;
        this.height = height;
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
        fill = colour;
    }

    @Override
    public void setStroke(Rgb colour) {
    }

    @Override
    public void setLineWidth(double w) {
    }

    @Override
    public void setDashes(double... dashes) {
    }

    @Override
    public void setFont(double size, boolean b, boolean m) {
        fontSize = size;
        bold = b;
        mono = m;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        filledRoundRects.add(new RectCall(x, y, w, h, fill));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        lines.add(new double[] {x1, y1, x2, y2});
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        texts.add(new TextCall(text, x, y, fill, fontSize, bold, mono, textWidth(text)));
    }

    @Override
    public double textWidth(String text) {
        return text.length() * fontSize * (mono ? 0.6 : 0.55) * (bold ? 1.05 : 1);
    }

    @Override
    public void image(int[] argb, int cols, int rows, double x, double y, double w, double h) {
    }

    @Override
    public void clip(double x, double y, double w, double h) {
    }

    @Override
    public void save() {
        depth++;
    }

    @Override
    public void restore() {
        depth--;
    }

    @Override
    public void translate(double dx, double dy) {
    }

    /** Saves minus restores: 0 when the painter left the surface as it found it. */
    int depth() {
        return depth;
    }
}
