package org.gatelab.render.heatmap;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.gatelab.render.Palette;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * Paints one heatmap: hidden units as rows (0 at the top), timesteps as columns (t = 0 at the left), the
 * data as a single image (one pixel per cell, scaled without smoothing), unit numbers on the left, a time
 * axis below, a title above, a colour bar with its range on the right, and the markers of
 * {@link HeatmapMarks}: the current step's column and the selected unit's row in the accent colour.
 *
 * <p>All sizes derive from the font size the caller passes, so the map scales with its view.
 */
public final class HeatmapPainter {
    /** Maps whose pixels are kept: enough for a view's whole stack. */
    private static final int CACHED_MAPS = 12;

    private final ColorBarPainter colorBar = new ColorBarPainter();
    /**
     * Pixels of recently painted maps, by identity: a view repaints the same data on every step change
     * (only the markers move), so colouring up to 256 x 1000 cells per map happens once per trace.
     */
    private final Map<HeatmapData, int[]> pixels = new IdentityHashMap<>();
    private final ArrayDeque<HeatmapData> recent = new ArrayDeque<>();

    /** Height of the title row above the plot. */
    public static double titleHeight(double font) {
        return 1.6 * font;
    }

    /** Height below the plot: the time axis with its numbers, or just room for the step marker's overhang. */
    public static double axisHeight(double font, boolean timeLabels) {
        return timeLabels ? 1.75 * font : 0.6 * font;
    }

    /** The plot's height in a box of height {@code boxH} (before snapping rows to whole pixels). */
    public static double plotHeight(double boxH, double font, boolean timeLabels) {
        return boxH - titleHeight(font) - axisHeight(font, timeLabels);
    }

    /**
     * The room a map needs left of its plot (unit numbers and the row marker) and right of it (gap, colour
     * bar and its numbers). Maps stacked in one column should share the largest, so their time axes line up.
     */
    public record Gutters(double left, double right) {
        /** The larger of two gutters on each side. */
        public Gutters max(Gutters other) {
            return new Gutters(Math.max(left, other.left), Math.max(right, other.right));
        }
    }

    /** The gutters {@code data} needs at body font size {@code font}. */
    public Gutters gutters(Surface s, HeatmapData data, double font) {
        s.setFont(0.85 * font, false, true);
        double unitLabelW = Math.max(s.textWidth(String.valueOf(Math.max(0, data.rows() - 1))), s.textWidth("t"));
        double left = unitLabelW + 0.25 * font + markerWidth(font);
        double right = barGap(font) + barWidth(font) + colorBar.labelWidth(s, data.min(), data.max(), font);
        return new Gutters(left, right);
    }

    private static double markerWidth(double font) {
        return 0.6 * font;
    }

    private static double barGap(double font) {
        return 0.6 * font;
    }

    private static double barWidth(double font) {
        return 0.7 * font;
    }

    /**
     * Paints {@code data} into the box ({@code x, y, w, h}) and returns where its cells ended up.
     *
     * @param font body font size in pixels (titles; labels are 0.85 of it)
     */
    public HeatmapLayout paint(Surface s, Palette p, HeatmapData data, HeatmapMarks marks, double x, double y,
                               double w, double h, double font) {
        return paint(s, p, data, marks, x, y, w, h, font, gutters(s, data, font));
    }

    /**
     * Paints {@code data} into the box with at least the given gutters (pass the largest of a column of maps
     * so their plots line up).
     */
    public HeatmapLayout paint(Surface s, Palette p, HeatmapData data, HeatmapMarks marks, double x, double y,
                               double w, double h, double font, Gutters atLeast) {
        int rows = data.rows();
        int cols = data.cols();
        // ---- horizontal budget: [unit labels | marker | plot | gap | bar | bar labels] ----------------
        Gutters g = gutters(s, data, font).max(atLeast);
        double markerW = markerWidth(font);
        double leftW = g.left();
        double rightW = g.right();
        double barGap = barGap(font);
        double barW = barWidth(font);

        double availW = w - leftW - rightW;
        double availH = plotHeight(h, font, marks.timeLabels());
        double plotX = x + leftW;
        double plotY = y + titleHeight(font);
        // cell size: cw = availW / cols, ch = availH / rows, snapped to whole pixels when large
        double cellW = cols == 0 ? 0 : snap(availW / cols);
        double cellH = rows == 0 ? 0 : snap(availH / rows);
        double plotW = Math.max(0, cellW * cols);
        double plotH = Math.max(0, cellH * rows);
        HeatmapLayout layout = new HeatmapLayout(x, y, w, h, plotX, plotY, plotW, plotH, rows, cols);

        paintTitle(s, p, data, marks, plotX, y, plotX + plotW + rightW, font);
        if (plotW < 1 || plotH < 1) {
            return layout;
        }

        s.image(pixelsOf(data), cols, rows, plotX, plotY, plotW, plotH);
        paintSeparators(s, p, layout);
        s.setStroke(p.grid());
        s.setLineWidth(1);
        s.setDashes();
        s.strokeRect(plotX - 0.5, plotY - 0.5, plotW + 1, plotH + 1);

        paintHover(s, p, layout, marks);
        paintUnitAxis(s, p, layout, marks, font, markerW);
        paintStepMarker(s, p, layout, marks, font);
        paintTimeAxis(s, p, layout, marks, font);
        colorBar.paint(s, p, data, plotX + plotW + barGap, plotY, barW, plotH, font);
        return layout;
    }

    private int[] pixelsOf(HeatmapData data) {
        int[] argb = pixels.get(data);
        if (argb == null) {
            argb = data.pixels();
            pixels.put(data, argb);
            recent.addLast(data);
            if (recent.size() > CACHED_MAPS) {
                pixels.remove(recent.removeFirst());
            }
        }
        return argb;
    }

    /** Whole-pixel cells once they are large enough that uneven ones would show (losing at most 1/12). */
    private static double snap(double size) {
        return size >= 12 ? Math.floor(size) : size;
    }

    private void paintTitle(Surface s, Palette p, HeatmapData data, HeatmapMarks marks, double left, double top,
                            double right, double font) {
        double baseline = top + 1.1 * font;
        s.setFont(font, true, false);
        s.setFill(marks.highlighted() ? p.accent() : p.text());
        String title = TextFit.text(s, data.title(), right - left);
        s.text(title, left, baseline, HAlign.LEFT, VAlign.BASELINE);
        double titleRight = left + s.textWidth(title);
        if (marks.highlighted()) {
            s.setStroke(p.accent());
            s.setLineWidth(Math.max(1.5, 0.12 * font));
            s.line(left, baseline + 0.25 * font, titleRight, baseline + 0.25 * font);
        }
        s.setFont(0.8 * font, false, false);
        double legendW = s.textWidth(data.legendLabel());
        if (right - legendW > titleRight + font) {
            s.setFill(p.mutedText());
            s.text(data.legendLabel(), right, baseline, HAlign.RIGHT, VAlign.BASELINE);
        }
    }

    /** Thin lines in the background colour between cells that are large enough to be told apart. */
    private static void paintSeparators(Surface s, Palette p, HeatmapLayout l) {
        boolean rowLines = l.cellHeight() >= 8;
        boolean colLines = l.cellWidth() >= 12;
        if (!rowLines && !colLines) {
            return;
        }
        s.setStroke(p.background().withAlpha(110));
        s.setLineWidth(1);
        if (rowLines) {
            for (int r = 1; r < l.rows(); r++) {
                double yy = Math.round(l.rowY(r)) + 0.5 - 1;
                s.line(l.plotX(), yy, l.plotX() + l.plotW(), yy);
            }
        }
        if (colLines) {
            for (int c = 1; c < l.cols(); c++) {
                double xx = Math.round(l.colX(c)) + 0.5 - 1;
                s.line(xx, l.plotY(), xx, l.plotY() + l.plotH());
            }
        }
    }

    private static void paintHover(Surface s, Palette p, HeatmapLayout l, HeatmapMarks m) {
        if (m.hoverRow() < 0 || m.hoverCol() < 0 || m.hoverRow() >= l.rows() || m.hoverCol() >= l.cols()) {
            return;
        }
        // at least 4 px so the outline is visible on tiny cells
        double cw = Math.max(4, l.cellWidth());
        double ch = Math.max(4, l.cellHeight());
        double cx = l.centerX(m.hoverCol()) - cw / 2;
        double cy = l.centerY(m.hoverRow()) - ch / 2;
        s.setLineWidth(1.5);
        s.setStroke(p.text());
        s.strokeRect(cx - 0.75, cy - 0.75, cw + 1.5, ch + 1.5);
    }

    /** Unit numbers on the left, thinned so they don't overlap, and the selected unit's marker. */
    private static void paintUnitAxis(Surface s, Palette p, HeatmapLayout l, HeatmapMarks m, double font,
                                      double markerW) {
        double labelFont = 0.85 * font;
        double right = l.plotX() - markerW - 0.1 * font;
        double extent = 1.15 * labelFont;
        int step = AxisTicks.step(l.cellHeight(), extent);
        int sel = m.unit() >= 0 && m.unit() < l.rows() ? m.unit() : -1;
        double selY = sel >= 0 ? l.centerY(sel) : Double.NaN;

        s.setFont(labelFont, false, true);
        s.setFill(p.mutedText());
        double lastY = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < l.rows(); r++) {
            boolean last = r == l.rows() - 1;
            if (r % step != 0 && !last) {
                continue;
            }
            double cy = l.centerY(r);
            if (cy - lastY < extent || (sel >= 0 && r != sel && Math.abs(cy - selY) < extent)) {
                continue;
            }
            if (r != sel) {
                s.text(String.valueOf(r), right, cy, HAlign.RIGHT, VAlign.CENTER);
            }
            lastY = cy;
        }
        if (sel < 0) {
            return;
        }
        s.setFont(labelFont, true, true);
        s.setFill(p.accent());
        s.text(String.valueOf(sel), right, selY, HAlign.RIGHT, VAlign.CENTER);
        // a triangle pointing at the row: tip just left of the plot
        double tip = l.plotX() - 0.12 * font;
        double half = Math.min(0.38 * font, Math.max(0.25 * font, l.cellHeight() / 2));
        double base = tip - markerW * 0.75;
        s.fillPolygon(new double[] {base, tip, base}, new double[] {selY - half, selY, selY + half}, 3);
        if (l.cellHeight() >= 3) {
            double lw = Math.max(1, 0.1 * font);
            s.setStroke(p.accent());
            s.setLineWidth(lw);
            // outline just outside the row: the data in the row stays visible
            s.strokeRect(l.plotX() - lw / 2, l.rowY(sel) - lw / 2, l.plotW() + lw, l.cellHeight() + lw);
        }
    }

    /** The current step's column: an accent outline that overhangs the plot a little. */
    private static void paintStepMarker(Surface s, Palette p, HeatmapLayout l, HeatmapMarks m, double font) {
        if (m.step() < 0 || m.step() >= l.cols()) {
            return;
        }
        double lw = Math.max(1.5, 0.16 * font);
        double over = 0.3 * font;
        s.setStroke(p.accent());
        s.setLineWidth(lw);
        s.strokeRect(l.colX(m.step()) - lw / 2, l.plotY() - over, l.cellWidth() + lw, l.plotH() + 2 * over);
    }

    /** Time numbers under the plot (thinned to fit), the current step's number in the accent colour. */
    private static void paintTimeAxis(Surface s, Palette p, HeatmapLayout l, HeatmapMarks m, double font) {
        if (!m.timeLabels()) {
            return;
        }
        double labelFont = 0.85 * font;
        s.setFont(labelFont, false, true);
        double extent = s.textWidth(String.valueOf(Math.max(0, l.cols() - 1))) + 0.9 * font;
        int step = AxisTicks.step(l.cellWidth(), extent);
        double tickTop = l.plotY() + l.plotH() + 0.3 * font + 1;
        double textTop = tickTop + 0.3 * font;
        int cur = m.step() >= 0 && m.step() < l.cols() ? m.step() : -1;
        double curX = cur >= 0 ? l.centerX(cur) : Double.NaN;

        s.setFill(p.mutedText());
        s.setStroke(p.grid());
        s.setLineWidth(1);
        s.text("t", l.plotX() - 0.6 * font - 0.1 * font, textTop, HAlign.RIGHT, VAlign.TOP);
        double lastX = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < l.cols(); c++) {
            boolean last = c == l.cols() - 1;
            if (c % step != 0 && !last) {
                continue;
            }
            double cx = l.centerX(c);
            if (cx - lastX < extent || (cur >= 0 && c != cur && Math.abs(cx - curX) < extent)) {
                continue;
            }
            s.line(cx, l.plotY() + l.plotH() + 1, cx, tickTop);
            if (c != cur) {
                s.text(String.valueOf(c), cx, textTop, HAlign.CENTER, VAlign.TOP);
            }
            lastX = cx;
        }
        if (cur >= 0) {
            s.setFont(labelFont, true, true);
            s.setFill(p.accent());
            s.text(String.valueOf(cur), curX, textTop, HAlign.CENTER, VAlign.TOP);
        }
    }
}
