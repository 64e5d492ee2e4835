package org.gatelab.render.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LinePlotPainter;
import org.gatelab.render.plot.LinearAxis;
import org.gatelab.render.plot.LogAxis;
import org.gatelab.render.plot.PlotLayout;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.render.plot.PlotStyle;

/**
 * "What does this unit remember?": on the left the units ranked by how well their state encodes the quantity
 * (best first, the chosen unit marked); on the right the chosen unit over one sequence: its state with the line
 * it would follow if it held the quantity exactly, its gates, and the gradient of the loss reaching it, on one
 * time axis with the sequence's events (the adding problem's markers) as dashed vertical lines.
 */
public final class MemoryFigure {
    /**
     * What the figure shows; every number comes from the view model. Arrays are per timestep unless named
     * otherwise, and are not copied (the caller hands over fresh ones).
     *
     * @param units        unit indices, best first
     * @param scores       their scores (0..1), in the same order
     * @param selected     the unit shown on the right
     * @param scoreName    e.g. "|r|" or "η"
     * @param state        the selected unit's c_t or h_t
     * @param stateName    e.g. "c_t of unit 18"
     * @param expected     the state it would have if it held the quantity exactly (NaN where not held)
     * @param expectedName e.g. "0.45 × running sum + 0.04"
     * @param gateNames    e.g. ["f", "i"], or none
     * @param gates        one series per gate name
     * @param gradient     |∂L/∂c_t| (or h) of the unit; empty when there is no loss
     * @param gradientName e.g. "|∂L/∂c_t| of unit 18"
     * @param events       steps to mark
     * @param eventNames   their labels
     */
    public record Data(String heading, String caption, int[] units, double[] scores, int selected, String scoreName,
                       double[] state, String stateName, double[] expected, String expectedName, List<String> gateNames,
                       List<double[]> gates, double[] gradient, String gradientName, int[] events,
                       List<String> eventNames) {
    }

    private final LinePlotPainter painter = new LinePlotPainter();

    /** The plot of the state and the line it would follow. */
    public static LinePlot statePlot(Data d, Palette p) {
        double[] x = FigureText.steps(d.state().length);
        List<PlotSeries> series = new ArrayList<>();
        series.add(new PlotSeries("state", d.stateName(), x, d.state(), p.series(1), false, false, true));
        series.add(new PlotSeries("expected", d.expectedName(), x, d.expected(), p.mutedText(), true, false, false));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] a : new double[][] {d.state(), d.expected()}) {
            for (double v : a) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return LinePlot.of(timeAxis(d), LinearAxis.around(lo, hi, 5), "", d.stateName(), series);
    }

    /** The plot of the gates (0 to 1). */
    public static LinePlot gatePlot(Data d, Palette p) {
        double[] x = FigureText.steps(d.state().length);
        List<PlotSeries> series = new ArrayList<>();
        for (int g = 0; g < d.gateNames().size(); g++) {
            series.add(new PlotSeries("gate " + d.gateNames().get(g), d.gateNames().get(g), x, d.gates().get(g),
                    p.series(2 + g), g > 0, false, false));
        }
        return LinePlot.of(timeAxis(d), LinearAxis.of(0, 1), "", "gates", series);
    }

    /** The plot of the gradient reaching the unit, on a log axis. */
    public static LinePlot gradientPlot(Data d, Palette p) {
        double[] x = FigureText.steps(d.gradient().length);
        List<PlotSeries> series = List.of(PlotSeries.line("gradient", d.gradientName(), x, d.gradient(),
                p.series(0)));
        return LinePlot.of(timeAxis(d), LogAxis.covering(d.gradient()), "timestep t", d.gradientName(), series)
                .withNote("← the gradient flows back from the last step");
    }

    private static LinearAxis timeAxis(Data d) {
        return LinearAxis.of(0, Math.max(1, d.state().length - 1)).integerTicks();
    }

    /** Paints the whole figure on the surface. */
    public void paint(Surface s, Palette p, Data d) {
        double w = s.width();
        double h = s.height();
        double f = FigureText.fontSize(s, w, h);
        PlotStyle style = new PlotStyle(p, f);
        double pad = 0.8 * f;
        double top = pad * 0.6 + FigureTitle.paint(s, style, d.heading(), d.caption(), pad, pad * 0.6, w - 2 * pad,
                h > 24 * f ? 2 : 1);
        double listWidth = Math.max(9 * f, 0.22 * w);
        paintRanking(s, style, d, pad, top, listWidth, h - top - pad);
        double x = pad + listWidth + pad;
        double width = w - x - pad;
        double height = h - top - 0.5 * pad;
        boolean gates = !d.gateNames().isEmpty();
        boolean gradient = d.gradient().length > 0;
        double stateShare = gates && gradient ? 0.42 : gates || gradient ? 0.6 : 1;
        double gateShare = gates ? (gradient ? 0.25 : 1 - stateShare) : 0;
        List<PlotLayout> layouts = new ArrayList<>();
        double y = top;
        layouts.add(painter.paint(s, statePlot(d, p), style, x, y, width, stateShare * height));
        y += stateShare * height;
        if (gates) {
            layouts.add(painter.paint(s, gatePlot(d, p), style, x, y, width, gateShare * height));
            y += gateShare * height;
        }
        if (gradient) {
            layouts.add(painter.paint(s, gradientPlot(d, p), style, x, y, width, top + height - y));
        }
        paintEvents(s, style, d, layouts);
    }

    private static void paintEvents(Surface s, PlotStyle style, Data d, List<PlotLayout> layouts) {
        Palette p = style.palette();
        double f = style.font();
        s.setStroke(p.accent());
        s.setLineWidth(style.hairline() * 1.5);
        s.setDashes(style.dashes());
        for (PlotLayout l : layouts) {
            for (int e : d.events()) {
                double px = l.px(e);
                s.line(px, l.frame().y(), px, l.frame().bottom());
            }
        }
        s.setDashes();
        s.setFont(0.82 * f, false, false);
        s.setFill(p.accent());
        PlotLayout first = layouts.get(0);
        for (int i = 0; i < d.events().length; i++) {
            double px = first.px(d.events()[i]);
            String label = d.eventNames().get(i);
            boolean right = px + s.textWidth(label) + 0.3 * f < first.frame().right();
            s.text(label, right ? px + 0.25 * f : px - 0.25 * f, first.frame().y() + 0.7 * f,
                    right ? HAlign.LEFT : HAlign.RIGHT, VAlign.CENTER);
        }
    }

    private static void paintRanking(Surface s, PlotStyle style, Data d, double x, double y, double w, double h) {
        Palette p = style.palette();
        double f = style.font();
        s.setFont(0.92 * f, true, false);
        s.setFill(p.text());
        // said more briefly where the column is narrow (a large type) rather than running into the plots
        s.text(FigureTitle.firstThatFits(s, w, "Units, best first (" + d.scoreName() + ")",
                "Units (" + d.scoreName() + ")", "Units"), x, y + 0.7 * f, HAlign.LEFT, VAlign.CENTER);
        double row = 1.35 * f;
        int rows = (int) Math.max(1, Math.min(d.units().length, Math.floor((h - 1.6 * f) / row)));
        s.setFont(0.85 * f, false, false);
        // the names and scores keep the width they need; the bars take the rest
        int widest = 0;
        for (int u : d.units()) {
            widest = Math.max(widest, u);
        }
        double labelWidth = Math.max(3.2 * f, s.textWidth("unit " + widest) + 0.4 * f);
        double valueWidth = Math.max(3 * f, s.textWidth("0.000") + 0.4 * f);
        double barX = x + labelWidth;
        double barW = Math.max(f, w - labelWidth - valueWidth);
        for (int k = 0; k < rows; k++) {
            double ry = y + 1.6 * f + k * row;
            boolean chosen = d.units()[k] == d.selected();
            if (chosen) {
                s.setFill(p.panel());
                s.fillRect(x - 0.2 * f, ry, w + 0.2 * f, row);
            }
            s.setFill(chosen ? p.accent() : p.text());
            s.text("unit " + d.units()[k], x, ry + row / 2, HAlign.LEFT, VAlign.CENTER);
            Rgb bar = chosen ? p.accent() : p.series(1);
            s.setFill(p.grid());
            s.fillRect(barX, ry + 0.25 * row, barW, 0.5 * row);
            s.setFill(bar);
            s.fillRect(barX, ry + 0.25 * row, barW * Math.max(0, Math.min(1, d.scores()[k])), 0.5 * row);
            s.setFill(p.text());
            s.text(String.format(Locale.ROOT, "%.3f", d.scores()[k]), x + w, ry + row / 2, HAlign.RIGHT,
                    VAlign.CENTER);
        }
        if (rows < d.units().length) {
            s.setFill(p.mutedText());
            s.text("… " + (d.units().length - rows) + " more", x, y + 1.6 * f + rows * row + row / 2, HAlign.LEFT,
                    VAlign.CENTER);
        }
    }
}
