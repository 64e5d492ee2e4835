package org.gatelab.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import org.gatelab.render.Dashes;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.math.FormulaBox;
import org.gatelab.render.math.MathType;

/**
 * {@link Surface} on a {@link Graphics2D}: a {@link BufferedImage}'s for PNG, JFreeSVG's for SVG, PDFBox's
 * bridge for PDF. Antialiased; text is drawn as text (so SVG and PDF keep it editable and searchable) in
 * DejaVu Sans and DejaVu Sans Mono ({@link ExportFonts}). Coordinates are the figure's logical pixels: a PNG at scale 2
 * hands in a Graphics2D already scaled by 2, and everything is drawn at that resolution, not upscaled.
 *
 * <p>Heatmaps ({@link #image}) are drawn as an image without smoothing, or, with {@code vectorImages} (SVG and
 * PDF) and up to {@link #MAX_VECTOR_CELLS} cells, as one rectangle per cell, so they stay sharp at any zoom
 * and every cell can be recoloured in a vector editor.
 */
public final class Graphics2DSurface implements Surface {
    /** Grids with more cells than this are embedded as an image even in vector formats. */
    public static final int MAX_VECTOR_CELLS = 40_000;
    /** How far a vector cell overlaps its right and lower neighbours, in logical pixels: hides seams. */
    private static final double SEAM = 0.35;

    private final double width;
    private final double height;
    private final boolean vectorImages;
    private final boolean wholePixelFonts;
    private final Deque<State> saved = new ArrayDeque<>();
    private Graphics2D g;
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float lineWidth = 1;
    private float[] dashes;
    private double fontSize = 12;
    private boolean bold;
    private boolean mono;

    private record State(Graphics2D g, Color fill, Color stroke, float lineWidth, float[] dashes, double fontSize,
                         boolean bold, boolean mono) {
    }

    /**
     * @param g            where to draw; its transform maps logical pixels to the target (e.g. scaled for PNG)
     * @param width        the figure's logical width
     * @param height       the figure's logical height
     * @param vectorImages draw heatmaps as rectangles (SVG, PDF) rather than as an image
     */
    public Graphics2DSurface(Graphics2D g, double width, double height, boolean vectorImages) {
        this(g, width, height, vectorImages, false);
    }

    /**
     * @param wholePixelFonts round font sizes to whole pixels, for targets that can only write those (JFreeSVG
     *                        writes {@code font-size} as an integer): text is then measured as it will be drawn
     */
    public Graphics2DSurface(Graphics2D g, double width, double height, boolean vectorImages,
                             boolean wholePixelFonts) {
        this.wholePixelFonts = wholePixelFonts;
        this.g = g;
        this.width = width;
        this.height = height;
        this.vectorImages = vectorImages;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        applyStroke();
        applyFont();
    }

    static Color awt(Rgb c) {
        return new Color(c.r(), c.g(), c.b(), c.a());
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
        fill = awt(colour);
    }

    @Override
    public void setStroke(Rgb colour) {
        stroke = awt(colour);
    }

    @Override
    public void setLineWidth(double w) {
        lineWidth = (float) w;
        applyStroke();
    }

    @Override
    public void setDashes(double... d) {
        double[] pattern = Dashes.pattern(d, 1);
        if (pattern == null) {
            dashes = null;
        } else {
            dashes = new float[pattern.length];
            for (int i = 0; i < pattern.length; i++) {
                dashes[i] = (float) pattern[i];
            }
        }
        applyStroke();
    }

    private void applyStroke() {
        // JavaFX's defaults: square caps, mitre joins, mitre limit 10
        g.setStroke(dashes == null
                ? new BasicStroke(lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10f)
                : new BasicStroke(lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10f, dashes, 0f));
    }

    @Override
    public void setFont(double size, boolean bold, boolean mono) {
        this.fontSize = size;
        this.bold = bold;
        this.mono = mono;
        applyFont();
    }

    private void applyFont() {
        double size = wholePixelFonts ? Math.max(1, Math.round(fontSize)) : fontSize;
        g.setFont(ExportFonts.font(size, bold, mono));
    }

    private void fill(Shape s) {
        g.setColor(fill);
        g.fill(s);
    }

    private void draw(Shape s) {
        g.setColor(stroke);
        g.draw(s);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        fill(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        draw(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return;
        }
        draw(path(xs, ys, n, false));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 3) {
            return;
        }
        fill(path(xs, ys, n, true));
    }

    private static Path2D path(double[] xs, double[] ys, int n, boolean closed) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    @Override
    public void text(String text, double x, double y, HAlign h, VAlign v) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Font font = fontFor(text);
        FontMetrics fm = g.getFontMetrics(font);
        double w = textWidth(text);
        double dx = switch (h) {
            case LEFT -> 0;
            case CENTER -> -w / 2;
            case RIGHT -> -w;
        };
        double ascent = fm.getAscent();
        double descent = fm.getDescent();
        double dy = switch (v) {
            case TOP -> ascent;
            case CENTER -> (ascent - descent) / 2;
            case BASELINE -> 0;
            case BOTTOM -> -descent;
        };
        // leading and trailing spaces are dropped and stood for by an offset: SVG viewers collapse them
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (start == end) {
            return;
        }
        double lead = start == 0 ? 0 : textWidth(text.substring(0, start));
        Font current = g.getFont();
        g.setFont(font);
        g.setColor(fill);
        g.drawString(text.substring(start, end), (float) (x + dx + lead), (float) (y + dy));
        g.setFont(current);
    }

    /** The current font, or the JDK's logical one if the export's face lacks a character of {@code text}. */
    private Font fontFor(String text) {
        Font f = g.getFont();
        return f.canDisplayUpTo(text) < 0 ? f : ExportFonts.logical(f.getSize2D(), bold, mono);
    }

    @Override
    public double textWidth(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return g.getFontMetrics(fontFor(text)).getStringBounds(text, g).getWidth();
    }

    @Override
    public void image(int[] argb, int cols, int rows, double x, double y, double w, double h) {
        if (cols <= 0 || rows <= 0 || w <= 0 || h <= 0) {
            return;
        }
        if (vectorImages && (long) cols * rows <= MAX_VECTOR_CELLS) {
            vectorImage(argb, cols, rows, x, y, w, h);
            return;
        }
        BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, cols, rows, argb, 0, cols);
        Object hint = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        AffineTransform at = new AffineTransform(w / cols, 0, 0, h / rows, x, y);
        g.drawImage(img, at, null);
        if (hint != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, hint);
        }
    }

    /** One rectangle per run of equal colours in a row, each overlapping its neighbours a little. */
    private void vectorImage(int[] argb, int cols, int rows, double x, double y, double w, double h) {
        double cw = w / cols;
        double ch = h / rows;
        for (int r = 0; r < rows; r++) {
            int c = 0;
            while (c < cols) {
                int colour = argb[r * cols + c];
                int end = c + 1;
                while (end < cols && argb[r * cols + end] == colour) {
                    end++;
                }
                if ((colour >>> 24) != 0) {
                    double x0 = x + c * cw;
                    double y0 = y + r * ch;
                    double rw = (end - c) * cw + (end < cols ? SEAM : 0);
                    double rh = ch + (r < rows - 1 ? SEAM : 0);
                    g.setColor(new Color(colour, true));
                    g.fill(new Rectangle2D.Double(x0, y0, rw, rh));
                }
                c = end;
            }
        }
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void save() {
        saved.push(new State(g, fill, stroke, lineWidth, dashes, fontSize, bold, mono));
        g = (Graphics2D) g.create();
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        State s = saved.pop();
        g.dispose();
        g = s.g();
        fill = s.fill();
        stroke = s.stroke();
        lineWidth = s.lineWidth();
        dashes = s.dashes();
        fontSize = s.fontSize();
        bold = s.bold();
        mono = s.mono();
        applyStroke();
        applyFont();
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public FormulaBox formulaBox(String latex, double textSize, boolean display) {
        try {
            return TeXGraphics.measure(latex, MathType.size(textSize), display);
        } catch (IllegalArgumentException unreadable) {
            return Surface.super.formulaBox(latex, textSize, display);
        }
    }

    /** Typeset by {@link TeXGraphics}; LaTeX it cannot read is drawn as its plain-text reading instead. */
    @Override
    public void formula(String latex, double x, double y, double textSize, boolean display, HAlign h, VAlign v) {
        try {
            FormulaBox box = TeXGraphics.measure(latex, MathType.size(textSize), display);
            TeXGraphics.paint(g, latex, Surface.left(box, x, h), Surface.baseline(box, y, v),
                    MathType.size(textSize), display, fill);
        } catch (IllegalArgumentException unreadable) {
            Surface.super.formula(latex, x, y, textSize, display, h, v);
        }
    }

    /** Closes any states still saved (a painter that forgot a restore), so the target's graphics are complete. */
    public void finish() {
        while (!saved.isEmpty()) {
            restore();
        }
    }
}
