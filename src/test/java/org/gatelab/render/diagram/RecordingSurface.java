package org.gatelab.render.diagram;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;

/** A {@link Surface} that records what is drawn: texts with their positions and fonts, and shape counts. */
final class RecordingSurface implements Surface {
    /** One text drawn: where, at what size, in which fill. */
    record DrawnText(String text, double x, double y, double size, boolean mono, Rgb fill) {
    }

    private final double width;
    private final double height;
    final List<DrawnText> texts = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private double fontSize = 12;
    private boolean mono;
    private Rgb fill = Rgb.of(0, 0, 0);

    RecordingSurface(double width, double height) {
        this.width = width;
        this.height = height;
    }

    List<String> textStrings() {
        return texts.stream().map(DrawnText::text).toList();
    }

    long count(String call) {
        return calls.stream().filter(call::equals).count();
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
        this.fontSize = size;
        this.mono = mono;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        calls.add("fillRect");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        calls.add("strokeRect");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        calls.add("fillRoundRect");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        calls.add("strokeRoundRect");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        calls.add("fillOval");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        calls.add("strokeOval");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        calls.add("line");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        calls.add("polyline");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        calls.add("fillPolygon");
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        texts.add(new DrawnText(text, x, y, fontSize, mono, fill));
    }

    /** About 0.6 em per character, as a monospaced font. */
    @Override
    public double textWidth(String text) {
        return 0.6 * fontSize * text.length();
    }

    @Override
    public void image(int[] argb, int cols, int rows, double x, double y, double w, double h) {
        calls.add("image");
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
