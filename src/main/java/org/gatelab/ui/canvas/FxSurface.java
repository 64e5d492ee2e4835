package org.gatelab.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.gatelab.render.Dashes;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;

/**
 * {@link Surface} on a JavaFX Canvas's GraphicsContext. Coordinates are the GraphicsContext's current ones (a
 * {@link CanvasView} drawing at a larger type scale has already scaled it); every stroke width and dash is
 * multiplied by the line weight (heavier lines for a projector, {@link org.gatelab.render.Palette#lineWeight()}).
 */
public final class FxSurface implements Surface {
    private static final String SANS = "System";
    private static final String MONO = "Monospaced";

    private final GraphicsContext g;
    private final double width;
    private final double height;
    private final double lineWeight;
    private final Text measure = new Text();
    private Font font = Font.font(SANS, 12);

    public FxSurface(GraphicsContext g, double width, double height) {
        this(g, width, height, 1);
    }

    /** @param lineWeight how much heavier than asked every stroke is drawn (1: as asked) */
    public FxSurface(GraphicsContext g, double width, double height, double lineWeight) {
        this.g = g;
        this.width = width;
        this.height = height;
        this.lineWeight = Double.isFinite(lineWeight) && lineWeight > 0 ? lineWeight : 1;
        g.setFont(font);
        g.setLineWidth(this.lineWeight);
    }

    /** How much heavier than asked every stroke is drawn. */
    public double lineWeight() {
        return lineWeight;
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
        font = Font.font(mono ? MONO : SANS, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
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
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
        font = g.getFont();
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }
}
