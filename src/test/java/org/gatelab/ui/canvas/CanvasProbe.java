package org.gatelab.ui.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.math.FormulaBox;

/**
 * What a canvas view draws, for tests: paints the view once more, as its next pulse would (its size, drawing scale,
 * palette and type floor), onto a real {@link FxSurface} on a scratch canvas, and records every text and formula
 * with the size it is drawn at on screen, in pixels. Call on the FX thread.
 */
public final class CanvasProbe {
    /**
     * A text or a formula as drawn: its characters (a formula's LaTeX), its size on screen in pixels, and for a text
     * where it runs from and to across the canvas, which is {@code width} wide (in drawing units; NaN for a formula).
     */
    public record Drawn(String text, double pixels, boolean formula, double left, double right, double width) {
        /** True when the text runs past the canvas's left or right edge, where it is cut off. */
        public boolean runsOff() {
            return left < -0.5 || right > width + 0.5;
        }
    }

    private CanvasProbe() {
    }

    /** Everything {@code view} draws now, in order. */
    public static List<Drawn> texts(CanvasView view) {
        double scale = view.drawingScale();
        double w = Math.max(1, Math.floor(view.getWidth()));
        double h = Math.max(1, Math.floor(view.getHeight()));
        Canvas scratch = new Canvas(w, h);
        var g = scratch.getGraphicsContext2D();
        g.setTransform(scale, 0, 0, scale, 0, 0);
        FxSurface real = view.surfaceOn(g, w, h);
        Recorder r = new Recorder(real, scale);
        view.paint(r);
        return r.drawn;
    }

    /** The smallest size any text or formula of {@code view} is drawn at, in pixels (infinity when none). */
    public static double smallestPixels(CanvasView view) {
        return texts(view).stream().mapToDouble(Drawn::pixels).min().orElse(Double.POSITIVE_INFINITY);
    }

    /** Every canvas view under {@code root} that is laid out and visible (with all its parents). */
    public static List<CanvasView> shownViews(Node root) {
        List<CanvasView> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<CanvasView> out) {
        if (!n.isVisible() || n.getScene() == null) {
            return;
        }
        if (n instanceof CanvasView v && v.getWidth() > 1 && v.getHeight() > 1) {
            out.add(v);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** Delegates to the real surface and records texts and formulas with their on-screen size. */
    private static final class Recorder implements Surface {
        private final FxSurface s;
        private final double scale;
        private final List<Drawn> drawn = new ArrayList<>();
        private final Deque<double[]> saved = new ArrayDeque<>();
        private double font = 12;
        /** The horizontal translation of the drawing (figures translate to draw a part in place). */
        private double tx;

        Recorder(FxSurface s, double scale) {
            this.s = s;
            this.scale = scale;
        }

        private double floored(double size) {
            return Math.max(s.typeFloor(), size);
        }

        @Override
        public double width() {
            return s.width();
        }

        @Override
        public double height() {
            return s.height();
        }

        @Override
        public void setFill(Rgb colour) {
            s.setFill(colour);
        }

        @Override
        public void setStroke(Rgb colour) {
            s.setStroke(colour);
        }

        @Override
        public void setLineWidth(double width) {
            s.setLineWidth(width);
        }

        @Override
        public void setDashes(double... dashes) {
            s.setDashes(dashes);
        }

        @Override
        public void setFont(double size, boolean bold, boolean mono) {
            font = floored(size);
            s.setFont(size, bold, mono);
        }

        @Override
        public double typeFloor() {
            return s.typeFloor();
        }

        @Override
        public double typeGrowth() {
            return s.typeGrowth();
        }

        @Override
        public void fillRect(double x, double y, double w, double h) {
            s.fillRect(x, y, w, h);
        }

        @Override
        public void strokeRect(double x, double y, double w, double h) {
            s.strokeRect(x, y, w, h);
        }

        @Override
        public void fillRoundRect(double x, double y, double w, double h, double arc) {
            s.fillRoundRect(x, y, w, h, arc);
        }

        @Override
        public void strokeRoundRect(double x, double y, double w, double h, double arc) {
            s.strokeRoundRect(x, y, w, h, arc);
        }

        @Override
        public void fillOval(double x, double y, double w, double h) {
            s.fillOval(x, y, w, h);
        }

        @Override
        public void strokeOval(double x, double y, double w, double h) {
            s.strokeOval(x, y, w, h);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2) {
            s.line(x1, y1, x2, y2);
        }

        @Override
        public void polyline(double[] xs, double[] ys, int n) {
            s.polyline(xs, ys, n);
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, int n) {
            s.fillPolygon(xs, ys, n);
        }

        @Override
        public void text(String text, double x, double y, HAlign h, VAlign v) {
            if (!text.isBlank()) {
                double w = s.textWidth(text);
                double left = tx + switch (h) {
                    case LEFT -> x;
                    case CENTER -> x - w / 2;
                    case RIGHT -> x - w;
                };
                drawn.add(new Drawn(text, font * scale, false, left, left + w, s.width()));
            }
            s.text(text, x, y, h, v);
        }

        @Override
        public double textWidth(String text) {
            return s.textWidth(text);
        }

        @Override
        public void image(int[] argb, int cols, int rows, double x, double y, double w, double h) {
            s.image(argb, cols, rows, x, y, w, h);
        }

        @Override
        public void clip(double x, double y, double w, double h) {
            s.clip(x, y, w, h);
        }

        @Override
        public void save() {
            saved.push(new double[] {font, tx});
            s.save();
        }

        @Override
        public void restore() {
            if (!saved.isEmpty()) {
                double[] state = saved.pop();
                font = state[0];
                tx = state[1];
            }
            s.restore();
        }

        @Override
        public void translate(double dx, double dy) {
            tx += dx;
            s.translate(dx, dy);
        }

        @Override
        public FormulaBox formulaBox(String latex, double textSize, boolean display) {
            return s.formulaBox(latex, textSize, display);
        }

        @Override
        public void formula(String latex, double x, double y, double textSize, boolean display, HAlign h, VAlign v) {
            drawn.add(new Drawn(latex, floored(textSize) * scale, true, Double.NaN, Double.NaN, s.width()));
            s.formula(latex, x, y, textSize, display, h, v);
        }
    }
}
