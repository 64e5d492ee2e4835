package org.gatelab.render.heatmap;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;

/** A {@link Surface} that draws nothing and records what it was asked to draw, for painter tests. */
final class RecordingSurface implements Surface {
    record ImageCall(int[] argb, int cols, int rows, double x, double y, double w, double h) {
    }

    record TextCall(String text, double x, double y, HAlign h, VAlign v, Rgb fill, double size, boolean bold,
                    double width) {
    }

    record RectCall(double x, double y, double w, double h, Rgb stroke, double lineWidth) {
    }

    final List<ImageCall> images = new ArrayList<>();
    final List<TextCall> texts = new ArrayList<>();
    final List<RectCall> strokeRects = new ArrayList<>();
    final List<double[]> polygons = new ArrayList<>();
    final List<Rgb> polygonFills = new ArrayList<>();
    private final double width;
    private final double height;
    private Rgb fill = Rgb.of(0, 0, 0);
    private Rgb stroke = Rgb.of(0, 0, 0);
    private double lineWidth = 1;
    private double fontSize = 12;
    private boolean bold;

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
        stroke = colour;
    }

    @Override
    public void setLineWidth(double w) {
        lineWidth = w;
    }

    @Override
    public void setDashes(double... dashes) {
    }

    @Override
    public void setFont(double size, boolean bold, boolean mono) {
        this.fontSize = size;
        this.bold = bold;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        strokeRects.add(new RectCall(x, y, w, h, stroke, lineWidth));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
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
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        double[] pts = new double[2 * n];
        for (int i = 0; i < n; i++) {
            pts[2 * i] = xs[i];
            pts[2 * i + 1] = ys[i];
        }
        polygons.add(pts);
        polygonFills.add(fill);
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        texts.add(new TextCall(text, x, y, h, v, fill, fontSize, bold, textWidth(text)));
    }

    /** A monospace-like estimate: 0.6 em per character. */
    @Override
    public double textWidth(String text) {
        return 0.6 * fontSize * text.length();
    }

    @Override
    public void image(int[] argb, int cols, int rows, double x, double y, double w, double h) {
        images.add(new ImageCall(argb.clone(), cols, rows, x, y, w, h));
    }

    @Override
    public void clip(double x, double y, double w, double h) {
    }

    @Override
    public void save() {
    }

    @Override
    public void restore() {
    }

    @Override
    public void translate(double dx, double dy) {
    }

    /** Left and right edge of a recorded text, from its anchor. */
    static double[] span(TextCall t) {
        return switch (t.h()) {
            case LEFT -> new double[] {t.x(), t.x() + t.width()};
            case CENTER -> new double[] {t.x() - t.width() / 2, t.x() + t.width() / 2};
            case RIGHT -> new double[] {t.x() - t.width(), t.x()};
        };
    }
}
