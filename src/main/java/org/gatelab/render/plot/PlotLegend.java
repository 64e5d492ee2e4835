package org.gatelab.render.plot;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * A plot's legend as a few rows of entries (a short line in the series' style, then its label), laid out
 * right-aligned in a band above the plot, wrapping into more rows when the band is narrow.
 */
public final class PlotLegend {
    /** How a legend entry's line sample is drawn. */
    public enum Pattern { SOLID, DASHED, DOTTED }

    /** One legend entry: a line sample in {@code colour} and {@code pattern}, then the label. */
    public record Entry(String label, Rgb colour, Pattern pattern, boolean emphasis) {
    }

    private final List<Entry> entries;
    private final List<List<Entry>> rows = new ArrayList<>();
    private final List<Double> rowWidths = new ArrayList<>();
    private final PlotStyle style;
    /** Rows left above the legend for the y title (1 when the legend takes the whole width under it). */
    private int rowsAbove;

    private PlotLegend(List<Entry> entries, PlotStyle style) {
        this.entries = List.copyOf(entries);
        this.style = style;
    }

    /** The entries of a plot: its series in order, then its reference lines (dotted, muted). */
    public static List<Entry> entriesOf(LinePlot plot, Palette palette) {
        List<Entry> out = new ArrayList<>();
        for (PlotSeries p : plot.series()) {
            out.add(new Entry(p.label(), p.colour(), p.dashed() ? Pattern.DASHED : Pattern.SOLID, p.emphasis()));
        }
        for (LinePlot.Reference r : plot.references()) {
            out.add(new Entry(r.label(), palette.mutedText(), Pattern.DOTTED, false));
        }
        return out;
    }

    /** Lays the entries out in rows no wider than {@code maxWidth} (in the surface's legend font). */
    public static PlotLegend layout(Surface s, List<Entry> entries, PlotStyle style, double maxWidth) {
        PlotLegend legend = new PlotLegend(entries, style);
        s.setFont(legend.fontSize(), false, false);
        List<Entry> row = new ArrayList<>();
        double width = 0;
        for (Entry e : entries) {
            double ew = legend.entryWidth(s, e);
            double gap = row.isEmpty() ? 0 : legend.gap();
            if (!row.isEmpty() && width + gap + ew > maxWidth) {
                legend.rows.add(row);
                legend.rowWidths.add(width);
                row = new ArrayList<>();
                width = 0;
                gap = 0;
            }
            row.add(e);
            width += gap + ew;
        }
        if (!row.isEmpty()) {
            legend.rows.add(row);
            legend.rowWidths.add(width);
        }
        return legend;
    }

    /**
     * The entries beside a y title {@code titleWidth} wide, in rows no wider than {@code width} less the title; when
     * that takes more than two rows (a narrow plot, a large type) they take the whole width in a row below the
     * title instead, in fewer rows, so the plot keeps its height.
     */
    public static PlotLegend beside(Surface s, List<Entry> entries, PlotStyle style, double width, double titleWidth) {
        PlotLegend beside = layout(s, entries, style, Math.max(4 * style.font(), width - titleWidth));
        if (titleWidth <= 0 || beside.rowCount() <= 2) {
            return beside;
        }
        PlotLegend below = layout(s, entries, style, Math.max(4 * style.font(), width));
        below.rowsAbove = 1;
        return below.rowCount() + 1 < beside.rowCount() ? below : beside;
    }

    /** The plot's header's height: the title's row above the legend, if any, and the legend's rows (one at least). */
    public double headerHeight() {
        return (rowsAbove + Math.max(1, rows.size())) * rowHeight();
    }

    /** Where to paint the rows in a header from {@code y}, {@code header} high: under the title's row, if any. */
    public double top(double y, double header) {
        double above = rowsAbove * rowHeight();
        return y + above + (header - above) / 2 - height() / 2;
    }

    public List<Entry> entries() {
        return entries;
    }

    public int rowCount() {
        return rows.size();
    }

    /** Height of one row. */
    public double rowHeight() {
        return 1.45 * style.font();
    }

    /** Height of all rows. */
    public double height() {
        return rows.size() * rowHeight();
    }

    private double fontSize() {
        return 0.92 * style.font();
    }

    private double sampleLength() {
        return 1.9 * style.font();
    }

    private double gap() {
        return 1.2 * style.font();
    }

    private double entryWidth(Surface s, Entry e) {
        return sampleLength() + 0.45 * style.font() + ScriptText.width(s, e.label(), fontSize(), false, false);
    }

    /** Draws the rows right-aligned to {@code right}, the first row's centre line at {@code top + rowHeight/2}. */
    public void paint(Surface s, double right, double top) {
        s.setFont(fontSize(), false, false);
        for (int r = 0; r < rows.size(); r++) {
            double cy = top + (r + 0.5) * rowHeight();
            double x = right - rowWidths.get(r);
            for (Entry e : rows.get(r)) {
                double w = style.lineWidth() * (e.emphasis() ? 1.5 : 1);
                s.setStroke(e.colour());
                s.setLineWidth(w);
                s.setDashes(switch (e.pattern()) {
                    case SOLID -> new double[0];
                    case DASHED -> style.dashes();
                    case DOTTED -> style.dots();
                });
                if (e.pattern() == Pattern.DOTTED) {
                    s.setLineWidth(style.hairline() * 1.4);
                }
                s.line(x, cy, x + sampleLength(), cy);
                s.setDashes();
                s.setFill(style.palette().text());
                double tx = x + sampleLength() + 0.45 * style.font();
                ScriptText.draw(s, e.label(), tx, cy, HAlign.LEFT, VAlign.CENTER, fontSize(), false, false);
                x = tx + ScriptText.width(s, e.label(), fontSize(), false, false) + gap();
            }
        }
    }
}
