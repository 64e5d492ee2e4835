package org.gatelab.ui.training;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;

/** A {@link Surface} that draws nothing and records the texts and filled rectangles (with their colours). */
final class TextRecorder implements Surface {
    record Text(String text, double x, double y, Rgb fill) {
    }

    record Rect(double x, double y, double w, double h, Rgb fill) {
    }

    final List<Text> texts = new ArrayList<>();
    final List<Rect> rects = new ArrayList<>();
    private final double width;
    private final double height;
    private Rgb fill = Rgb.of(0, 0, 0);
    private double font = 12;

    TextRecorder(double width, double height) {
        this.width = width;
        this.height = height;
    }

    List<String> strings() {
        return texts.stream().map(Text::text).toList();
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
    public void setFont(double size, boolean bold, boolean mono) {
        font = size;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rects.add(new Rect(x, y, w, h, fill));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        rects.add(new Rect(x, y, w, h, fill));
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
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        texts.add(new Text(text, x, y, fill));
    }

    @Override
    public double textWidth(String text) {
        return 0.55 * font * text.length();
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
