package org.gatelab.render.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;

/**
 * A {@link Surface} for painter tests: it draws nothing and records every call, with the colours, line width,
 * dashes and font in effect, so tests can check what was drawn, where and how. Coordinates are recorded as
 * passed ({@link #translate} is only counted), and {@link #save}/{@link #restore} only track {@link #depth()}:
 * they do not bring back colours or fonts. Text widths follow a fixed rule per character ({@link TextWidth}),
 * so layouts do not depend on installed fonts. Defaults: black fill and stroke, line width 1, solid, 12 px.
 */
public final class RecordingSurface implements Surface {
    /** How {@link #textWidth} estimates a width from the length of the text and the current font. */
    public enum TextWidth {
        /** 0.6 em per character, whatever the font. */
        WIDE,
        /** 0.55 em per character, whatever the font. */
        NARROW,
        /** 0.6 em per character in mono, 0.55 em in sans; 5% more when bold. */
        BY_FONT;

        double of(String text, double size, boolean bold, boolean mono) {
            return switch (this) {
                case WIDE -> 0.6 * size * text.length();
                case NARROW -> 0.55 * size * text.length();
                case BY_FONT -> text.length() * size * (mono ? 0.6 : 0.55) * (bold ? 1.05 : 1);
            };
        }
    }

    /** A text, its anchor and alignment, its fill and font, and its width by the surface's rule. */
    public record Text(String text, double x, double y, HAlign h, VAlign v, Rgb fill, double size, boolean bold,
                       boolean mono, double width) {
        /** Left edge, from the anchor and alignment. */
        public double left() {
            return switch (h) {
                case LEFT -> x;
                case CENTER -> x - width / 2;
                case RIGHT -> x - width;
            };
        }

        /** Right edge, from the anchor and alignment. */
        public double right() {
            return switch (h) {
                case LEFT -> x + width;
                case CENTER -> x + width / 2;
                case RIGHT -> x;
            };
        }
    }

    /** A rectangle, filled or stroked, square or round ({@code arc} 0 when square). */
    public record Rect(double x, double y, double w, double h, boolean filled, boolean round, double arc, Rgb fill,
                       Rgb stroke, double lineWidth) {
    }

    /** A straight line. */
    public record Line(double x1, double y1, double x2, double y2, Rgb stroke, double lineWidth, boolean dashed) {
    }

    /** An open polyline; its points are copies. */
    public record Polyline(double[] xs, double[] ys, Rgb stroke, double lineWidth, boolean dashed) {
        public Polyline {
            xs = xs.clone();
            ys = ys.clone();
        }

        @Override
        public double[] xs() {
            return xs.clone();
        }

        @Override
        public double[] ys() {
            return ys.clone();
        }
    }

    /** A filled polygon; its points are copies. */
    public record Polygon(double[] xs, double[] ys, Rgb fill) {
        public Polygon {
            xs = xs.clone();
            ys = ys.clone();
        }

        @Override
        public double[] xs() {
            return xs.clone();
        }

        @Override
        public double[] ys() {
            return ys.clone();
        }

        /** Number of corners. */
        public int size() {
            return xs.length;
        }
    }

    /** An ellipse in its bounding box, filled or stroked. */
    public record Oval(double x, double y, double w, double h, boolean filled, Rgb fill, Rgb stroke, boolean dashed) {
        public double centerX() {
            return x + w / 2;
        }

        public double centerY() {
            return y + h / 2;
        }
    }

    /** An image: a grid of colours, {@code argb[row * cols + col]}, scaled to a rectangle. */
    public record Image(int[] argb, int cols, int rows, double x, double y, double w, double h) {
        public Image {
            argb = argb.clone();
        }

        @Override
        public int[] argb() {
            return argb.clone();
        }
    }

    private final double width;
    private final double height;
    private final TextWidth textWidth;
    private final List<String> calls = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();
    private final List<Rect> rects = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Polyline> polylines = new ArrayList<>();
    private final List<Polygon> polygons = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<Oval> ovals = new ArrayList<>();
    private Rgb fill = Rgb.of(0, 0, 0);
    private Rgb stroke = Rgb.of(0, 0, 0);
    private double lineWidth = 1;
    private boolean dashed;
    private double fontSize = 12;
    private boolean bold;
    private boolean mono;
    private int depth;

    /** A surface whose texts are {@link TextWidth#WIDE}: 0.6 em per character. */
    public RecordingSurface(double width, double height) {
        this(width, height, TextWidth.WIDE);
    }

    public RecordingSurface(double width, double height, TextWidth textWidth) {
        this.width = width;
        this.height = height;
        this.textWidth = textWidth;
    }

    private double typeFloor;

    /** Gives the surface a type floor (as a projector's canvas has); 0: none. */
    public RecordingSurface withTypeFloor(double floor) {
        typeFloor = floor;
        return this;
    }

    @Override
    public double typeFloor() {
        return typeFloor;
    }

    /** Every text drawn, in order. */
    public List<Text> texts() {
        return List.copyOf(texts);
    }

    /** The strings of every text drawn, in order. */
    public List<String> textStrings() {
        return texts.stream().map(Text::text).toList();
    }

    /** Every rectangle drawn (filled or stroked, square or round), in order. */
    public List<Rect> rects() {
        return List.copyOf(rects);
    }

    /** The rectangles drawn by {@link #fillRect}. */
    public List<Rect> filledRects() {
        return rects.stream().filter(r -> r.filled() && !r.round()).toList();
    }

    /** The rectangles drawn by {@link #strokeRect}. */
    public List<Rect> strokedRects() {
        return rects.stream().filter(r -> !r.filled() && !r.round()).toList();
    }

    /** The rectangles drawn by {@link #fillRoundRect}. */
    public List<Rect> filledRoundRects() {
        return rects.stream().filter(r -> r.filled() && r.round()).toList();
    }

    /** The rectangles drawn by {@link #strokeRoundRect}. */
    public List<Rect> strokedRoundRects() {
        return rects.stream().filter(r -> !r.filled() && r.round()).toList();
    }

    /** Every line drawn, in order. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Every polyline drawn, in order. */
    public List<Polyline> polylines() {
        return List.copyOf(polylines);
    }

    /** Every filled polygon, in order. */
    public List<Polygon> polygons() {
        return List.copyOf(polygons);
    }

    /** The filled polygons with three corners. */
    public List<Polygon> triangles() {
        return polygons.stream().filter(p -> p.size() == 3).toList();
    }

    /** Every ellipse drawn (filled or stroked), in order. */
    public List<Oval> ovals() {
        return List.copyOf(ovals);
    }

    /** Every image drawn, in order. */
    public List<Image> images() {
        return List.copyOf(images);
    }

    /** How often the {@link Surface} method of that name was called (drawing, state, clip, save...). */
    public long count(String method) {
        return calls.stream().filter(method::equals).count();
    }

    /** Saves minus restores: 0 when the painter left the surface as it found it. */
    public int depth() {
        return depth;
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
        calls.add("setFill");
        fill = colour;
    }

    @Override
    public void setStroke(Rgb colour) {
        calls.add("setStroke");
        stroke = colour;
    }

    @Override
    public void setLineWidth(double w) {
        calls.add("setLineWidth");
        lineWidth = w;
    }

    @Override
    public void setDashes(double... dashes) {
        calls.add("setDashes");
        dashed = dashes != null && dashes.length > 0;
    }

    @Override
    public void setFont(double size, boolean bold, boolean mono) {
        calls.add("setFont");
        this.fontSize = size;
        this.bold = bold;
        this.mono = mono;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        calls.add("fillRect");
        rects.add(new Rect(x, y, w, h, true, false, 0, fill, stroke, lineWidth));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        calls.add("strokeRect");
        rects.add(new Rect(x, y, w, h, false, false, 0, fill, stroke, lineWidth));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        calls.add("fillRoundRect");
        rects.add(new Rect(x, y, w, h, true, true, arc, fill, stroke, lineWidth));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        calls.add("strokeRoundRect");
        rects.add(new Rect(x, y, w, h, false, true, arc, fill, stroke, lineWidth));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        calls.add("fillOval");
        ovals.add(new Oval(x, y, w, h, true, fill, stroke, dashed));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        calls.add("strokeOval");
        ovals.add(new Oval(x, y, w, h, false, fill, stroke, dashed));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        calls.add("line");
        lines.add(new Line(x1, y1, x2, y2, stroke, lineWidth, dashed));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        calls.add("polyline");
        polylines.add(new Polyline(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), stroke, lineWidth, dashed));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        calls.add("fillPolygon");
        polygons.add(new Polygon(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), fill));
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        calls.add("text");
        texts.add(new Text(text, x, y, h, v, fill, fontSize, bold, mono, textWidth(text)));
    }

    @Override
    public double textWidth(String text) {
        return textWidth.of(text, fontSize, bold, mono);
    }

    @Override
    public void image(int[] argb, int cols, int rows, double x, double y, double w, double h) {
        calls.add("image");
        images.add(new Image(argb, cols, rows, x, y, w, h));
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        calls.add("clip");
    }

    @Override
    public void save() {
        calls.add("save");
        depth++;
    }

    @Override
    public void restore() {
        calls.add("restore");
        depth--;
    }

    @Override
    public void translate(double dx, double dy) {
        calls.add("translate");
    }
}
