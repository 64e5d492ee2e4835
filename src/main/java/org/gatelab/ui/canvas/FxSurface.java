package org.gatelab.ui.canvas;

import javafx.geometry.VPos;
import java.awt.geom.AffineTransform;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.gatelab.export.TeXGraphics;
import org.gatelab.render.Dashes;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.math.FormulaBox;
import org.gatelab.render.math.MathType;
import org.jfree.fx.FXGraphics2D;

/**
 * {@link Surface} on a JavaFX Canvas's GraphicsContext. Coordinates are the GraphicsContext's current ones (a
 * {@link CanvasView} drawing at a larger type scale has already scaled it); every stroke width and dash is
 * multiplied by the line weight (heavier lines for a projector, {@link org.gatelab.render.Palette#lineWeight()});
 * no font is smaller than the type floor ({@link CanvasLook}). LaTeX maths is typeset by JLaTeXMath through
 * FXGraphics2D, as the exports typeset it on their Graphics2D, so the screen shows the same formulas.
 */
public final class FxSurface implements Surface {
    private static final String SANS = "System";
    private static final String MONO = "Monospaced";

    private final GraphicsContext g;
    private final double width;
    private final double height;
    private final double lineWeight;
    private final double typeFloor;
    private final double typeGrowth;
    private final Text measure = new Text();
    private Font font = Font.font(SANS, 12);
    private Rgb fill = Rgb.hex("#000000");
    private FXGraphics2D maths;

    public FxSurface(GraphicsContext g, double width, double height) {
        this(g, width, height, 1, 0);
    }

    /**
     * @param lineWeight how much heavier than asked every stroke is drawn (1: as asked)
     * @param typeFloor  the smallest font size drawn (a smaller one asked for is raised to it); 0 for none
     */
    public FxSurface(GraphicsContext g, double width, double height, double lineWeight, double typeFloor) {
        this(g, width, height, lineWeight, typeFloor, 1);
    }

    /**
     * @param typeGrowth how many times presenter mode's + has grown the type ({@link Surface#typeGrowth()}); 1 for
     *                   none
     */
    public FxSurface(GraphicsContext g, double width, double height, double lineWeight, double typeFloor,
                     double typeGrowth) {
        this.g = g;
        this.typeGrowth = Double.isFinite(typeGrowth) && typeGrowth > 0 ? typeGrowth : 1;
        this.width = width;
        this.height = height;
        this.lineWeight = Double.isFinite(lineWeight) && lineWeight > 0 ? lineWeight : 1;
        this.typeFloor = Double.isFinite(typeFloor) && typeFloor > 0 ? typeFloor : 0;
        g.setFont(font);
        g.setLineWidth(this.lineWeight);
    }

    /** How much heavier than asked every stroke is drawn. */
    public double lineWeight() {
        return lineWeight;
    }

    @Override
    public double typeGrowth() {
        return typeGrowth;
    }

    public static Color fx(Rgb c) {
        return Color.rgb(c.r(), c.g(), c.b(), c.opacity());
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
        g.setFill(fx(colour));
    }

    @Override
    public void setStroke(Rgb colour) {
        g.setStroke(fx(colour));
    }

    @Override
    public void setLineWidth(double w) {
        g.setLineWidth(w * lineWeight);
    }

    @Override
    public void setDashes(double... dashes) {
        g.setLineDashes(Dashes.pattern(dashes, lineWeight));
    }

    @Override
    public void setFont(double size, boolean bold, boolean mono) {
        font = Font.font(mono ? MONO : SANS, bold ? FontWeight.BOLD : FontWeight.NORMAL, Math.max(typeFloor, size));
        g.setFont(font);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        g.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        g.setTextAlign(switch (h) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.setTextBaseline(switch (v) {
            case TOP -> VPos.TOP;
            case CENTER -> VPos.CENTER;
            case BASELINE -> VPos.BASELINE;
            case BOTTOM -> VPos.BOTTOM;
        });
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void image(int[] argb, int cols, int rows, double x, double y, double w, double h) {
        if (cols <= 0 || rows <= 0) {
            return;
        }
        WritableImage img = new WritableImage(cols, rows);
        img.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), argb, 0, cols);
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(img, x, y, w, h);
        g.setImageSmoothing(smooth);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }

    @Override
    public double typeFloor() {
        return typeFloor;
    }

    /** Measured by JLaTeXMath at the floored size; LaTeX it cannot read measures as its plain reading. */
    @Override
    public FormulaBox formulaBox(String latex, double textSize, boolean display) {
        try {
            return TeXGraphics.measure(latex, MathType.size(Math.max(typeFloor, textSize)), display);
        } catch (IllegalArgumentException unreadable) {
            return Surface.super.formulaBox(latex, textSize, display);
        }
    }

    /**
     * Typeset by JLaTeXMath on the canvas through FXGraphics2D, in the current fill colour; LaTeX it cannot read is
     * drawn as its plain reading. FXGraphics2D starts from the canvas's current transform (a presenter scale, a
     * translation), and the canvas's own state is put back afterwards.
     */
    @Override
    public void formula(String latex, double x, double y, double textSize, boolean display, HAlign h, VAlign v) {
        double size = Math.max(typeFloor, textSize);
        FormulaBox box;
        try {
            box = TeXGraphics.measure(latex, MathType.size(size), display);
        } catch (IllegalArgumentException unreadable) {
            Surface.super.formula(latex, x, y, size, display, h, v);
            return;
        }
        FxMathFonts.register();
        if (maths == null) {
            maths = new FXGraphics2D(g);
        }
        Affine t = g.getTransform();
        g.save();
        try {
            // FXGraphics2D draws each glyph with the canvas's text settings: on its baseline, from its left end
            g.setTextBaseline(VPos.BASELINE);
            g.setTextAlign(TextAlignment.LEFT);
            maths.setTransform(new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(),
                    t.getTy()));
            TeXGraphics.paint(maths, latex, Surface.left(box, x, h), Surface.baseline(box, y, v),
                    MathType.size(size), display, new java.awt.Color(fill.r(), fill.g(), fill.b(), fill.a()));
        } finally {
            g.restore();
            g.setTransform(t);
            g.setFont(font);
        }
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
        font = g.getFont();
        fill = g.getFill() instanceof Color c ? rgb(c) : fill;
    }

    private static Rgb rgb(Color c) {
        return new Rgb((int) Math.round(255 * c.getRed()), (int) Math.round(255 * c.getGreen()),
                (int) Math.round(255 * c.getBlue()), (int) Math.round(255 * c.getOpacity()));
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }
}
