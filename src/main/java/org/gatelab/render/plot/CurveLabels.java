package org.gatelab.render.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * Names each curve where it ends when two curves share a stroke (solid or dashed), so that which curve is which
 * never rests on colour alone (the legend above matches by colour): a short sample of the curve's stroke, then its label in the
 * text colour on a background patch, right-aligned at the curve's last drawable point, the labels pushed apart
 * vertically so none covers another.
 */
final class CurveLabels {
    private CurveLabels() {
    }

    /** One label: the series and where its curve ends. */
    private record End(PlotSeries series, double x, double y) {
    }

    /** True when two of the curves share a stroke (both solid or both dashed): only colour tells them apart. */
    static boolean colourAlone(List<PlotSeries> series) {
        long dashed = series.stream().filter(PlotSeries::dashed).count();
        return dashed >= 2 || series.size() - dashed >= 2;
    }

    static void paint(Surface s, LinePlot plot, PlotStyle style, PlotLayout layout) {
        if (!colourAlone(plot.series())) {
            return;
        }
        Box frame = layout.frame();
        double f = 0.85 * style.font();
        List<End> ends = new ArrayList<>();
        for (PlotSeries series : plot.series()) {
            for (int i = series.size() - 1; i >= 0; i--) {
                double px = layout.px(series.xAt(i));
                double py = layout.py(series.yAt(i));
                if (Double.isFinite(px) && Double.isFinite(py) && py >= frame.y() && py <= frame.bottom()) {
                    ends.add(new End(series, Math.min(px, frame.right()), py));
                    break;
                }
            }
        }
        ends.sort(Comparator.comparingDouble(End::y));
        double rowHeight = 1.35 * f;
        if (ends.size() * rowHeight > frame.h()) {
            // too short a frame for a row per label (a large type): they would pile up over the legend and each
            // other; the legend above still tells the curves apart by stroke and colour
            return;
        }
        double[] centre = new double[ends.size()];
        double below = frame.y() + rowHeight / 2;
        for (int k = 0; k < ends.size(); k++) {
            centre[k] = Math.max(ends.get(k).y() - 0.9 * f, below);
            below = centre[k] + rowHeight;
        }
        // labels pushed past the bottom move back up, each keeping its row
        double above = frame.bottom() - rowHeight / 2;
        for (int k = ends.size() - 1; k >= 0; k--) {
            centre[k] = Math.min(centre[k], above);
            above = centre[k] - rowHeight;
        }
        s.setFont(f, false, false);
        for (int k = 0; k < ends.size(); k++) {
            End e = ends.get(k);
            String text = e.series().label();
            double sample = 1.4 * f;
            double w = s.textWidth(text) + sample + 0.9 * f;
            double right = e.x() - 0.5 * f;
            double left = Math.max(frame.x() + 0.2 * f, right - w);
            s.setFill(style.palette().background().withAlpha(215));
            s.fillRoundRect(left, centre[k] - rowHeight / 2, w, rowHeight, 0.3 * f);
            s.setStroke(e.series().colour());
            s.setLineWidth(style.lineWidth());
            s.setDashes(e.series().dashed() ? style.dashes() : new double[0]);
            s.line(left + 0.3 * f, centre[k], left + 0.3 * f + sample, centre[k]);
            s.setDashes();
            s.setFill(style.palette().text());
            s.text(text, left + 0.6 * f + sample, centre[k], HAlign.LEFT, VAlign.CENTER);
        }
    }
}
