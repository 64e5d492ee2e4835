package org.gatelab.render.plot;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;

/** A {@link Surface} that draws nothing and records texts, polylines, polygons and filled rectangles. */
final class PlotRecorder implements Surface {
    record TextCall(String text, double x, double y, HAlign h, VAlign v, Rgb fill, double size) {
    }

    record PolylineCall(double[] xs, double[] ys, Rgb stroke, boolean dashed) {
    }

    record RectCall(double x, double y, double w, double h, Rgb fill) {
    }

    final List<TextCall> texts = new ArrayList<>();
    final List<PolylineCall> polylines = new ArrayList<>();
    final List<double[]> triangles = new ArrayList<>();
    final List<RectCall> fillRects = new ArrayList<>();
    private final double width;
    private final double height;
    private Rgb fill = Rgb.of(0, 0, 0);
    private Rgb stroke = Rgb.of(0, 0, 0);
    private boolean dashed;
    private double fontSize = 12;

    PlotRecorder(double width, double height) {
        this.width = width;
        this.height = height;
    }

    List<String> textStrings() {
        return texts.stream().map(TextCall::text).toList();
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
    }

    @Override
    public void setDashes(double... dashes) {
        dashed = dashes != null && dashes.length > 0;
    }

    @Override
    public void setFont(double size, boolean bold, boolean mono) {
        fontSize = size;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fillRects.add(new RectCall(x, y, w, h, fill));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
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
        polylines.add(new PolylineCall(java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n), stroke, dashed));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n == 3) {
            triangles.add(new double[] {xs[0], ys[0], xs[1], ys[1], xs[2], ys[2]});
        }
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        texts.add(new TextCall(text, x, y, h, v, fill, fontSize));
    }

    /** 0.6 em per character. */
    @Override
    public double textWidth(String text) {
        return 0.6 * fontSize * text.length();
    }

    @Override
    public void image(int[] argb, int cols, int rows, double x, double y, double w, double h) {
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
}
