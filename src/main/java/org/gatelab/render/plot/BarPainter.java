package org.gatelab.render.plot;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * Paints a {@link BarChart}: a legend row, then one labelled track per row with its segments and their
 * percentages, then a 0..100 % axis. Percentages sit inside a segment when they fit (dark or light text by
 * the segment's luminance), otherwise on the track beside it; a zero segment still prints "0%" so an empty
 * bar reads as a measured zero, not as missing data.
 */
public final class BarPainter {

    /** Where each row's track went, top to bottom. */
    public record BarLayout(List<Box> tracks) {
        public BarLayout {
            tracks = List.copyOf(tracks);
        }
    }

    /** The height the chart reads well in: its legend, a comfortable row per bar, the axis. */
    public static double preferredHeight(BarChart chart, PlotStyle style) {
        double f = style.font();
        return (chart.legend().isEmpty() ? 0 : 1.6 * f) + 0.3 * f + chart.rows().size() * 2.1 * f
                + 0.35 * f + 1.4 * style.tickFont() + (chart.xTitle().isEmpty() ? 0 : 1.4 * f) + 0.3 * f;
    }

    /** Paints the chart into {@code x, y, w, h}. */
    public BarLayout paint(Surface s, BarChart chart, PlotStyle style, double x, double y, double w, double h) {
        Palette p = style.palette();
        double f = style.font();
        double tf = style.tickFont();

        // ---- legend row: swatch + label, left to right --------------------------------------------------
        double legendHeight = chart.legend().isEmpty() ? 0 : 1.6 * f;
        s.setFont(0.88 * f, false, false);
        double lx = x;
        double ly = y + legendHeight / 2;
        for (BarChart.LegendEntry e : chart.legend()) {
            double sw = 0.9 * f;
            if (lx + sw + 0.4 * f + s.textWidth(e.label()) > x + w) {
                break;
            }
            s.setFill(e.colour());
            s.fillRoundRect(lx, ly - sw / 2, sw, sw, 0.2 * f);
            s.setStroke(p.mutedText().withAlpha(110));
            s.setLineWidth(style.hairline());
            s.strokeRoundRect(lx, ly - sw / 2, sw, sw, 0.2 * f);
            s.setFill(p.text());
            s.text(e.label(), lx + sw + 0.4 * f, ly, HAlign.LEFT, VAlign.CENTER);
            lx += sw + 0.4 * f + s.textWidth(e.label()) + 1.3 * f;
        }

        // ---- label column ---------------------------------------------------------------------------
        double labelWidth = 0;
        for (BarChart.Row row : chart.rows()) {
            labelWidth = Math.max(labelWidth, rowLabelWidth(s, row, f));
        }
        labelWidth = Math.min(labelWidth, 0.4 * w);
        double trackLeft = x + labelWidth + 0.8 * f;
        s.setFont(tf, false, false);
        // room for half of the "100%" label centred on the track's right end
        double trackRight = x + w - Math.max(0.9 * f, s.textWidth("100%") / 2 + 0.2 * f);
        double trackWidth = Math.max(1, trackRight - trackLeft);

        // ---- rows: height shared, capped so a few bars stay bars -------------------------------------
        double axisHeight = 0.35 * f + 1.4 * tf + (chart.xTitle().isEmpty() ? 0 : 1.4 * f);
        double top = y + legendHeight + 0.3 * f;
        double available = Math.max(1, y + h - axisHeight - top);
        int n = Math.max(1, chart.rows().size());
        double rowHeight = Math.min(available / n, 2.6 * f);
        double barHeight = Math.max(4, 0.62 * rowHeight);
        List<Box> tracks = new ArrayList<>();
        for (int r = 0; r < chart.rows().size(); r++) {
            BarChart.Row row = chart.rows().get(r);
            double cy = top + (r + 0.5) * rowHeight;
            Box track = new Box(trackLeft, cy - barHeight / 2, trackWidth, barHeight);
            tracks.add(track);
            paintRowLabel(s, row, style, x, cy, labelWidth);
            paintBar(s, row, style, track);
        }

        // ---- axis: 0 % .. 100 % ----------------------------------------------------------------------
        double axisY = top + chart.rows().size() * rowHeight + 0.15 * f;
        LinearAxis axis = LinearAxis.of(0, 1);
        s.setFont(tf, false, false);
        int fit = (int) Math.floor(trackWidth / (s.textWidth("100%") + 1.5 * f));
        double step = axis.step(Math.max(2, Math.min(5, fit)));
        s.setStroke(p.mutedText());
        s.setLineWidth(style.hairline());
        s.line(trackLeft, axisY, trackRight, axisY);
        s.setFill(p.mutedText());
        for (Tick t : axis.ticks(Math.max(2, Math.min(5, fit)))) {
            double px = trackLeft + t.value() * trackWidth;
            s.line(px, axisY, px, axisY + 0.3 * f);
            s.text(TickFormat.percent(t.value(), step), px, axisY + 0.4 * f, HAlign.CENTER, VAlign.TOP);
        }
        if (!chart.xTitle().isEmpty()) {
            s.setFont(0.88 * f, false, false);
            s.text(chart.xTitle(), trackRight, axisY + 0.45 * f + 1.35 * tf + 0.7 * f, HAlign.RIGHT, VAlign.CENTER);
        }
        return new BarLayout(tracks);
    }

    /** {@code 34%}, {@code 3.4%}, {@code 0%}, and {@code <0.1%} for a small share that is not zero. */
    static String percent(double v) {
        if (v > 0 && v < 0.0005) {
            return "<0.1%";
        }
        return TickFormat.percent(v, v >= 0.1 || v == 0 ? 0.01 : 0.001);
    }

    private static double rowLabelWidth(Surface s, BarChart.Row row, double f) {
        s.setFont(f, true, true);
        double w = s.textWidth(row.label());
        if (!row.detail().isEmpty()) {
            s.setFont(0.88 * f, false, false);
            w += 0.5 * f + s.textWidth(row.detail());
        }
        return w;
    }

    private static void paintRowLabel(Surface s, BarChart.Row row, PlotStyle style, double x, double cy, double maxW) {
        double f = style.font();
        s.setFont(f, true, true);
        s.setFill(style.palette().text());
        s.text(row.label(), x, cy, HAlign.LEFT, VAlign.CENTER);
        double lw = s.textWidth(row.label());
        if (!row.detail().isEmpty()) {
            s.setFont(0.88 * f, false, false);
            s.setFill(style.palette().mutedText());
            String detail = fit(s, row.detail(), maxW - lw - 0.5 * f);
            s.text(detail, x + lw + 0.5 * f, cy, HAlign.LEFT, VAlign.CENTER);
        }
    }

    private static String fit(Surface s, String text, double maxWidth) {
        if (s.textWidth(text) <= maxWidth) {
            return text;
        }
        for (int k = text.length() - 1; k > 0; k--) {
            String t = text.substring(0, k).stripTrailing() + "…";
            if (s.textWidth(t) <= maxWidth) {
                return t;
            }
        }
        return "";
    }

    private static void paintBar(Surface s, BarChart.Row row, PlotStyle style, Box track) {
        Palette p = style.palette();
        double f = style.font();
        s.setFill(p.panel());
        s.fillRect(track.x(), track.y(), track.w(), track.h());
        s.setStroke(p.grid());
        s.setLineWidth(style.hairline());
        s.strokeRect(track.x(), track.y(), track.w(), track.h());
        double fromLeft = track.x();
        double fromRight = track.right();
        s.setFont(0.82 * f, false, false);
        for (BarChart.Segment seg : row.segments()) {
            double v = Double.isFinite(seg.value()) ? Math.max(0, Math.min(1, seg.value())) : 0;
            double len = v * track.w();
            double sx = seg.fromEnd() ? fromRight - len : fromLeft;
            s.setFill(seg.colour());
            s.fillRect(sx, track.y(), len, track.h());
            String text = percent(v);
            double tw = s.textWidth(text);
            boolean inside = len >= tw + 0.6 * f;
            Rgb ink = inside ? (seg.colour().luminance() > 0.35 ? Rgb.of(20, 20, 20) : Rgb.of(250, 250, 250))
                    : (v == 0 ? p.mutedText() : p.text());
            s.setFill(ink);
            double cy = track.centerY();
            if (seg.fromEnd()) {
                s.text(text, inside ? sx + len - 0.3 * f : sx - 0.3 * f, cy, HAlign.RIGHT, VAlign.CENTER);
                fromRight -= len;
            } else {
                s.text(text, inside ? sx + 0.3 * f : sx + len + 0.3 * f, cy, HAlign.LEFT, VAlign.CENTER);
                fromLeft += len;
            }
        }
    }
}
