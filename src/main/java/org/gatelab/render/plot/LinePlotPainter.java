package org.gatelab.render.plot;

import java.util.List;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * Paints a {@link LinePlot} into a rectangle of a {@link Surface}, laid out as in a textbook figure:
 *
 * <pre>
 *   y title                                     ── legend  - - legend
 *   10⁰ ┤┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┊┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈
 *       │                   ╱───────┊─ [t = 12 ]
 *  10⁻² ┤┈┈┈┈┈┈┈┈┈┈┈┈╱┈┈┈┈┈┈┈┈┈┈┈┈┈┈┊┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈
 *       └──┬──────┬──────┬──────┬───┊──┬──────┬────
 *          0     10     20     30       40     50
 *   note                                      x title
 * </pre>
 *
 * Every length is a multiple of the style's font size. Points the y axis cannot place leave gaps; on a
 * {@link LogAxis}, finite positive values below its bottom end are drawn on the bottom edge with a small
 * downward triangle, and a note says "below 10⁻¹²"; so are values of exactly 0 ("below 10⁻¹² or 0").
 * Reference lines are dotted, explained in the legend.
 */
public final class LinePlotPainter {

    /** Paints the plot into {@code x, y, w, h} and returns where its frame went. */
    public PlotLayout paint(Surface s, LinePlot plot, PlotStyle style, double x, double y, double w, double h) {
        Palette p = style.palette();
        double f = style.font();
        double tf = style.tickFont();
        double tickLength = 0.35 * f;

        // ---- header: y title on the left, legend on the right --------------------------------------
        s.setFont(0.92 * f, false, false);
        double yTitleWidth = plot.yTitle().isEmpty() ? 0 : s.textWidth(plot.yTitle()) + 1.5 * f;
        // one series needs no legend (the y title names it), unless reference lines need explaining
        List<PlotLegend.Entry> entries = plot.series().size() > 1 || !plot.references().isEmpty()
                ? PlotLegend.entriesOf(plot, style.palette()) : List.of();
        PlotLegend legend = PlotLegend.beside(s, entries, style, w - 1.2 * f, yTitleWidth);
        double header = legend.headerHeight() + 0.35 * f;

        // ---- bottom: tick labels, then the title row ---------------------------------------------------
        boolean titleRow = !plot.xTitle().isEmpty() || !plot.note().isEmpty();
        double bottom = tickLength + 1.35 * tf + (titleRow ? 1.45 * f : 0) + 0.2 * f;
        double frameTop = y + header;
        double frameHeight = Math.max(1, h - header - bottom);

        // ---- y ticks decide the left gutter ------------------------------------------------------------
        s.setFont(tf, false, false);
        List<Tick> yTicks = plot.yAxis().ticks(Math.max(2, (int) Math.floor(frameHeight / (2.1 * tf))));
        double labelWidth = 0;
        for (Tick t : yTicks) {
            labelWidth = Math.max(labelWidth, s.textWidth(t.label()));
        }
        double frameLeft = x + Math.max(labelWidth + tickLength + 0.45 * f, 1.2 * f);
        double frameRight = x + w - 0.9 * f;
        Box frame = new Box(frameLeft, frameTop, Math.max(1, frameRight - frameLeft), frameHeight);
        List<Tick> xTicks = xTicks(s, plot.xAxis(), frame.w(), f);
        PlotLayout layout = new PlotLayout(frame, plot.xAxis(), plot.yAxis(), 0);

        // ---- frame and grid ----------------------------------------------------------------------------
        s.setFill(p.panel());
        s.fillRect(frame.x(), frame.y(), frame.w(), frame.h());
        s.setLineWidth(style.hairline());
        // minor grid lines only while they stay apart; otherwise minor ticks are marks on the axis alone
        boolean minorGrid = frame.h() / (yTicks.size() + 1) > 0.45 * f;
        for (Tick t : yTicks) {
            if (!t.major() && !minorGrid) {
                continue;
            }
            double py = layout.py(t.value());
            s.setStroke(t.major() ? p.grid() : style.minorGrid());
            s.line(frame.x(), py, frame.right(), py);
        }
        s.setStroke(p.grid());
        for (Tick t : xTicks) {
            double px = layout.px(t.value());
            s.line(px, frame.y(), px, frame.bottom());
        }
        paintReferences(s, plot, style, layout);

        // ---- data --------------------------------------------------------------------------------------
        int clamped = 0;
        s.save();
        s.clip(frame.x(), frame.y(), frame.w(), frame.h());
        for (PlotSeries series : plot.series()) {
            clamped += paintSeries(s, series, style, layout);
        }
        s.restore();
        CurveLabels.paint(s, plot, style, layout);

        // ---- axes, ticks, labels -----------------------------------------------------------------------
        s.setStroke(p.mutedText());
        s.setLineWidth(style.hairline());
        s.line(frame.x(), frame.y(), frame.x(), frame.bottom());
        s.line(frame.x(), frame.bottom(), frame.right(), frame.bottom());
        s.setFont(tf, false, false);
        s.setFill(p.mutedText());
        for (Tick t : yTicks) {
            double py = layout.py(t.value());
            double len = t.major() ? tickLength : tickLength / 2;
            s.line(frame.x() - len, py, frame.x(), py);
            if (t.labelled()) {
                s.text(t.label(), frame.x() - tickLength - 0.25 * f, py, HAlign.RIGHT, VAlign.CENTER);
            }
        }
        for (Tick t : xTicks) {
            double px = layout.px(t.value());
            s.line(px, frame.bottom(), px, frame.bottom() + tickLength);
            if (t.labelled()) {
                s.text(t.label(), px, frame.bottom() + tickLength + 0.15 * f, HAlign.CENTER, VAlign.TOP);
            }
        }

        // ---- titles and legend -------------------------------------------------------------------------
        s.setFont(0.92 * f, false, false);
        s.setFill(p.mutedText());
        if (!plot.yTitle().isEmpty()) {
            s.text(plot.yTitle(), x, y + Math.min(header, legend.rowHeight()) / 2 + 0.1 * f, HAlign.LEFT,
                    VAlign.CENTER);
        }
        legend.paint(s, frame.right(), legend.top(y, header));
        if (titleRow) {
            double ty = h + y - 0.2 * f - 0.7 * f;
            s.setFont(0.92 * f, false, false);
            double titleWidth = s.textWidth(plot.xTitle());
            s.setFill(p.mutedText());
            s.text(plot.xTitle(), frame.right(), ty, HAlign.RIGHT, VAlign.CENTER);
            if (!plot.note().isEmpty() && s.textWidth(plot.note()) + titleWidth + 2 * f < frame.w()) {
                s.text(plot.note(), frame.x(), ty, HAlign.LEFT, VAlign.CENTER);
            }
        }
        if (clamped > 0) {
            paintFloorNote(s, style, layout, hasZero(plot));
        }
        paintMarker(s, plot, style, layout);
        return new PlotLayout(frame, plot.xAxis(), plot.yAxis(), clamped);
    }

    /** As many x ticks as fit with a label's width (plus a gap) between neighbours. */
    private static List<Tick> xTicks(Surface s, Axis axis, double width, double f) {
        double widest = 0;
        for (Tick t : axis.ticks(12)) {
            widest = Math.max(widest, s.textWidth(t.label()));
        }
        int fit = (int) Math.floor(width / (widest + 1.6 * f));
        return axis.ticks(Math.max(2, Math.min(12, fit)));
    }

    /** The reference lines, dotted, under the data; the legend says what they mean. */
    private static void paintReferences(Surface s, LinePlot plot, PlotStyle style, PlotLayout layout) {
        Box frame = layout.frame();
        for (LinePlot.Reference r : plot.references()) {
            double py = layout.py(r.y());
            if (Double.isNaN(py) || py < frame.y() || py > frame.bottom()) {
                continue;
            }
            s.setStroke(style.palette().mutedText());
            s.setLineWidth(style.hairline() * 1.4);
            s.setDashes(style.dots());
            s.line(frame.x(), py, frame.right(), py);
            s.setDashes();
        }
    }

    /**
     * Draws one series as polylines broken at unplaceable points; returns how many points were clamped to
     * a log axis's bottom edge.
     */
    private static int paintSeries(Surface s, PlotSeries series, PlotStyle style, PlotLayout layout) {
        Box frame = layout.frame();
        double f = style.font();
        int n = series.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        boolean[] clampedAt = new boolean[n];
        int clamped = 0;
        int run = 0;
        double lineWidth = style.lineWidth() * (series.emphasis() ? 1.5 : 1);
        s.setStroke(series.colour());
        s.setFill(series.colour());
        s.setLineWidth(lineWidth);
        s.setDashes(series.dashed() ? style.dashes() : new double[0]);
        for (int i = 0; i <= n; i++) {
            double px = Double.NaN;
            double py = Double.NaN;
            if (i < n) {
                double v = series.yAt(i);
                px = layout.px(series.xAt(i));
                // a measured 0 has no place on a log axis either: it sits on the bottom edge, not in a gap, so a
                // gradient that is exactly 0 reads as gone rather than as missing data
                if (layout.yAxis() instanceof LogAxis log && (log.below(v) || v == 0)) {
                    py = frame.bottom();
                    clampedAt[i] = true;
                    clamped++;
                } else {
                    // keep far-off points finite so the polyline stays drawable; the clip cuts them
                    py = clamp(layout.py(v), frame.y() - 4 * frame.h(), frame.bottom() + 4 * frame.h());
                }
            }
            if (Double.isNaN(px) || Double.isNaN(py)) {
                flush(s, xs, ys, run, lineWidth);
                run = 0;
                continue;
            }
            xs[run] = px;
            ys[run] = py;
            run++;
        }
        s.setDashes();
        boolean markers = series.markers() && n > 0 && frame.w() / Math.max(1, n - 1) > 0.75 * f;
        double r = 0.2 * f;
        double lastTriangle = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double px = layout.px(series.xAt(i));
            if (Double.isNaN(px)) {
                continue;
            }
            if (clampedAt[i]) {
                // a small downward triangle sitting on the bottom edge: "further down than shown"; thinned so a
                // long run below the floor reads as a row of spaced marks, always marking a run's first point
                boolean runStart = i == 0 || !clampedAt[i - 1];
                if (!runStart && px - lastTriangle < 1.6 * f) {
                    continue;
                }
                lastTriangle = px;
                double b = frame.bottom() - 0.5 * style.hairline();
                s.setFill(series.colour());
                s.fillPolygon(new double[] {px - r * 1.3, px + r * 1.3, px}, new double[] {b - 2.2 * r, b - 2.2 * r, b}, 3);
            } else if (markers) {
                double py = layout.py(series.yAt(i));
                if (!Double.isNaN(py)) {
                    s.setFill(style.palette().panel());
                    s.fillOval(px - r - lineWidth / 2, py - r - lineWidth / 2, 2 * r + lineWidth, 2 * r + lineWidth);
                    s.setFill(series.colour());
                    s.fillOval(px - r, py - r, 2 * r, 2 * r);
                }
            }
        }
        return clamped;
    }

    private static void flush(Surface s, double[] xs, double[] ys, int run, double lineWidth) {
        if (run >= 2) {
            s.polyline(xs, ys, run);
        } else if (run == 1) {
            // an isolated point between two gaps: a dot, or it would not show at all
            s.fillOval(xs[0] - lineWidth, ys[0] - lineWidth, 2 * lineWidth, 2 * lineWidth);
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? v : Math.max(lo, Math.min(hi, v));
    }

    /** "▼ below 10⁻¹²" (or "▼ below 10⁻¹² or 0") in the frame's bottom left corner. */
    private static boolean hasZero(LinePlot plot) {
        for (PlotSeries series : plot.series()) {
            for (int i = 0; i < series.size(); i++) {
                if (series.yAt(i) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void paintFloorNote(Surface s, PlotStyle style, PlotLayout layout, boolean zeros) {
        Box frame = layout.frame();
        double f = style.font();
        String text = "below " + TickFormat.powerOfTen((int) Math.round(Math.log10(layout.yAxis().min())))
                + (zeros ? " or 0" : "");
        s.setFont(0.8 * f, false, false);
        double w = s.textWidth(text) + 1.6 * f;
        double h = 1.3 * f;
        double bx = frame.x() + 0.4 * f;
        double by = frame.bottom() - h - 0.9 * f;
        s.setFill(style.palette().background().withAlpha(225));
        s.fillRoundRect(bx, by, w, h, 0.4 * f);
        double r = 0.2 * f;
        double cx = bx + 0.55 * f;
        double cy = by + h / 2;
        s.setFill(style.palette().mutedText());
        s.fillPolygon(new double[] {cx - 1.3 * r, cx + 1.3 * r, cx}, new double[] {cy - 1.1 * r, cy - 1.1 * r, cy + 1.1 * r}, 3);
        s.text(text, bx + 1.1 * f, cy, HAlign.LEFT, VAlign.CENTER);
    }

    /** The current step: a vertical accent line, a dot on each series, and a tag with the step and values. */
    private static void paintMarker(Surface s, LinePlot plot, PlotStyle style, PlotLayout layout) {
        Box frame = layout.frame();
        double mx = layout.px(plot.markerX());
        if (Double.isNaN(mx) || mx < frame.x() - 0.5 || mx > frame.right() + 0.5) {
            return;
        }
        Palette p = style.palette();
        double f = style.font();
        Rgb mark = markerColour(plot, p);
        s.setStroke(mark);
        s.setLineWidth(Math.max(1.2, 0.1 * f));
        s.line(mx, frame.y(), mx, frame.bottom());
        double r = 0.3 * f;
        String[] values = new String[plot.series().size()];
        for (int k = 0; k < plot.series().size(); k++) {
            PlotSeries series = plot.series().get(k);
            int i = series.indexNearest(plot.markerX());
            if (i < 0) {
                continue;
            }
            double v = series.yAt(i);
            values[k] = series.sealedAt(i) ? org.gatelab.render.Sealed.MARK + " " + org.gatelab.render.Sealed.HOVER
                    : TickFormat.readout(v);
            double py = layout.yAxis() instanceof LogAxis log && log.below(v) ? frame.bottom() : layout.py(v);
            if (Double.isNaN(py) || py < frame.y() || py > frame.bottom()) {
                continue;
            }
            s.setFill(p.panel());
            s.fillOval(mx - r - 0.12 * f, py - r - 0.12 * f, 2 * r + 0.24 * f, 2 * r + 0.24 * f);
            s.setFill(series.colour());
            s.fillOval(mx - r, py - r, 2 * r, 2 * r);
        }
        paintTag(s, plot, style, frame, mx, values, mark);
    }

    /**
     * The accent colour, unless a series is drawn in it (the palette's LSTM colour is its accent): then the
     * text colour, so the marker is never mistaken for a curve.
     */
    static Rgb markerColour(LinePlot plot, Palette p) {
        for (PlotSeries series : plot.series()) {
            if (series.colour().equals(p.accent())) {
                return p.text().withAlpha(200);
            }
        }
        return p.accent();
    }

    /** The tag at the top of the marker line: the step, and with a readout each series' value there. */
    private static void paintTag(Surface s, LinePlot plot, PlotStyle style, Box frame, double mx, String[] values,
                                Rgb mark) {
        Palette p = style.palette();
        double f = style.font();
        double tagFont = 0.84 * f;
        double line = 1.3 * tagFont;
        double swatch = 1.0 * f;
        boolean readout = plot.readout() && values.length > 0;
        s.setFont(tagFont, true, false);
        double width = s.textWidth(plot.markerLabel());
        s.setFont(tagFont, false, false);
        if (readout) {
            for (String v : values) {
                width = Math.max(width, swatch + 0.35 * f + (v == null ? 0 : s.textWidth(v)));
            }
        }
        if (plot.markerLabel().isEmpty() && !readout) {
            return;
        }
        double padX = 0.45 * f;
        double w = width + 2 * padX;
        double h = (1 + (readout ? values.length : 0)) * line + 0.45 * f;
        double tx = mx + 0.45 * f;
        if (tx + w > frame.right() - 0.2 * f) {
            tx = mx - 0.45 * f - w;
        }
        tx = Math.max(frame.x() + 0.1 * f, tx);
        double ty = frame.y() + 0.35 * f;
        Rgb fill = p.background().withAlpha(235);
        s.setFill(fill);
        s.fillRoundRect(tx, ty, w, h, 0.5 * f);
        s.setStroke(mark);
        s.setLineWidth(style.hairline());
        s.strokeRoundRect(tx, ty, w, h, 0.5 * f);
        double cy = ty + 0.225 * f + line / 2;
        s.setFont(tagFont, true, false);
        s.setFill(mark);
        s.text(plot.markerLabel(), tx + padX, cy, HAlign.LEFT, VAlign.CENTER);
        if (!readout) {
            return;
        }
        s.setFont(tagFont, false, false);
        for (int k = 0; k < values.length; k++) {
            cy += line;
            PlotSeries series = plot.series().get(k);
            s.setStroke(series.colour());
            s.setLineWidth(style.lineWidth());
            s.setDashes(series.dashed() ? new double[] {0.3 * f, 0.2 * f} : new double[0]);
            s.line(tx + padX, cy, tx + padX + swatch, cy);
            s.setDashes();
            s.setFill(p.text());
            s.text(values[k] == null ? "" : values[k], tx + padX + swatch + 0.35 * f, cy, HAlign.LEFT, VAlign.CENTER);
        }
    }
}
