package org.gatelab.render.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.plot.BarChart;
import org.gatelab.render.plot.BarPainter;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LinePlotPainter;
import org.gatelab.render.plot.LinearAxis;
import org.gatelab.render.plot.LogAxis;
import org.gatelab.render.plot.PlotLayout;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;

/**
 * Two figures about what the network uses. Top: connectivity, ||dL/dx_t|| of the network's input at every
 * step on a log axis (Madsen, "Visualizing memorization in RNNs", Distill 2019). Bottom: gate saturation of
 * a layer, the fraction of all steps and units at which each sigmoid gate is nearly closed (&lt; {@link #LOW})
 * or nearly open (&gt; {@link #HIGH}), as a bar stacked from both ends (Karpathy, Johnson and Fei-Fei 2015).
 * The view and the exports both draw through it.
 */
public final class ConnectivityFigure {
    /** Series name of ||dL/dx_t||. */
    public static final String INPUT_GRADIENT = "||dL/dx_t||";
    /** Below this a gate counts as nearly closed. */
    public static final double LOW = 0.1;
    /** Above this a gate counts as nearly open. */
    public static final double HIGH = 0.9;
    /** What the saturation figure says for the vanilla RNN. */
    public static final String NO_GATES = "The vanilla RNN has no sigmoid gates, so nothing here can be nearly "
            + "closed or nearly open. Its tanh saturates instead, at -1 and +1: see the activation heatmap.";

    private final LinePlotPainter linePainter = new LinePlotPainter();
    private final BarPainter barPainter = new BarPainter();

    /**
     * The figure built from a trace.
     *
     * @param plot        the connectivity plot (without the marker)
     * @param saturation  {nearly closed, nearly open} fractions per sigmoid gate, top to bottom (empty for the RNN)
     * @param heading     the figure's heading
     * @param lineCaption the sentence under the heading
     * @param barHeading  the saturation figure's heading
     * @param barNote     the sentence under it (for the RNN: why there are no bars)
     * @param message     shown instead of both figures when there is nothing to draw; else empty
     */
    public record Built(LinePlot plot, Map<Gate, double[]> saturation, String heading, String lineCaption,
                        String barHeading, String barNote, String message) {
        public Built {
            saturation = Collections.unmodifiableMap(new LinkedHashMap<>(saturation));
        }

        /** The step the marker stands on: {@code step}, or NaN when nothing is plotted. */
        public double markerStep(int step) {
            return plot.series().isEmpty() ? Double.NaN : step;
        }
    }

    /** Builds the figures for {@code trace} (null while computing) and the selected layer (clamped). */
    public static Built build(Trace trace, int layerIndex, Palette p) {
        return build(trace, layerIndex, Direction.FORWARD, p);
    }

    /**
     * As {@link #build(Trace, int, Palette)}, the gate saturation of one direction of the layer ({@code direction}
     * counts only in a bidirectional trace); ‖dL/dx_t‖ sums both directions' parts.
     */
    public static Built build(Trace trace, int layerIndex, Direction direction, Palette p) {
        List<PlotSeries> series = new ArrayList<>();
        Map<Gate, double[]> sat = new LinkedHashMap<>();
        String message = "";
        String barNote = "";
        String barHeading = "";
        String lineCaption = "";
        int length = trace == null ? 1 : trace.length();
        if (trace == null) {
            message = "computing…";
        } else if (!trace.hasGradients()) {
            message = "This run has no target, so there is no prediction error to trace back to the inputs.";
        } else {
            int n = trace.length();
            double[] y = new double[n];
            for (int t = 0; t < n; t++) {
                y[t] = trace.gradInputNorm(t);
            }
            series.add(new PlotSeries(INPUT_GRADIENT, "‖dL/dxₜ‖", FigureText.steps(n), y,
                    p.series(trace.cell().ordinal()), false, n <= GradientFlowFigure.MARKER_STEPS, false));
            lineCaption = "How much the prediction depends on each input: the gradient of "
                    + FigureText.lossWords(trace)
                    + " with respect to xₜ. Inputs far below the rest are effectively forgotten.";
            LayerTrace layer = trace.layer(Math.max(0, Math.min(trace.layerCount() - 1, layerIndex)),
                    trace.bidirectional() ? direction : Direction.FORWARD);
            barHeading = "Gate saturation · " + layer.cell() + FigureText.layerWords(trace, layer);
            if (layer.cell() == CellKind.RNN) {
                barNote = NO_GATES;
            } else {
                for (Gate g : layer.cell().gates()) {
                    if (g.isSigmoid()) {
                        sat.put(g, layer.saturation(g, LOW, HIGH));
                    }
                }
                barNote = "The share of all steps and units at which each gate is nearly closed (< " + LOW
                        + ") or nearly open (> " + HIGH + "), as in Karpathy et al. 2015.";
            }
        }
        LinePlot plot = LinePlot.of(LinearAxis.of(0, Math.max(1, length - 1)).integerTicks(),
                LogAxis.covering(series.isEmpty() ? new double[0] : series.get(0).y()), "timestep t",
                "‖dL/dxₜ‖, log scale", series);
        String heading = trace == null ? "Connectivity" : "Connectivity · " + trace.cell();
        return new Built(plot, sat, heading, lineCaption, barHeading, barNote, message);
    }

    /**
     * Paints both figures on the whole surface with the marker at {@code markerStep}.
     *
     * @return where the connectivity plot's frame went, or null when the message was shown instead
     */
    public PlotLayout paint(Surface s, Palette p, Built b, double markerStep) {
        double w = s.width();
        double h = s.height();
        // two figures share the height: a slightly smaller type than a view with one figure
        double f = FigureText.fontSize(s, w, 0.85 * h);
        PlotStyle style = new PlotStyle(p, f);
        double pad = 0.8 * f;
        double width = w - 2 * pad;
        int lines = h > 34 * f ? 2 : 1;
        double top = pad * 0.6 + FigureTitle.paint(s, style, b.heading(), b.lineCaption(), pad, pad * 0.6, width, lines);
        if (!b.message().isEmpty()) {
            s.setFont(f, false, false);
            s.setFill(p.mutedText());
            s.text(FigureTitle.fit(s, b.message(), width), w / 2, (top + h) / 2, HAlign.CENTER, VAlign.CENTER);
            return null;
        }
        // the saturation figure gets the height it reads well in, the line plot the rest (at least 45 %)
        BarChart bars = b.saturation().isEmpty() ? null : barChart(b.saturation(), p);
        int noteLines = bars == null ? 3 : lines;
        double gap = 0.9 * f;
        double barsNeeded = FigureTitle.height(s, style, b.barHeading(), b.barNote(), width, noteLines)
                + (bars == null ? 0 : BarPainter.preferredHeight(bars, style));
        double rest = h - top - 0.5 * pad;
        double lineHeight = Math.max(0.45 * rest, rest - barsNeeded - gap);
        PlotLayout layout = linePainter.paint(s, b.plot().withMarker(markerStep, "t = " + (int) markerStep, true),
                style, pad, top, width, lineHeight);
        double barTop = top + lineHeight + gap;
        s.setStroke(p.grid());
        s.setLineWidth(style.hairline());
        s.line(pad, barTop - 0.5 * gap, w - pad, barTop - 0.5 * gap);
        double used = FigureTitle.paint(s, style, b.barHeading(), b.barNote(), pad, barTop, width, noteLines);
        if (bars != null) {
            barPainter.paint(s, bars, style, pad, barTop + used, width, h - barTop - used - 0.5 * pad);
        }
        return layout;
    }

    private static BarChart barChart(Map<Gate, double[]> saturation, Palette p) {
        // gate colours as everywhere else: a closed gate is viridis(0), an open one near viridis(1)
        Rgb closed = ColorMap.sequential().at(0.0);
        Rgb open = ColorMap.sequential().at(0.9);
        List<BarChart.Row> rows = new ArrayList<>();
        for (Map.Entry<Gate, double[]> e : saturation.entrySet()) {
            double[] lr = e.getValue();
            rows.add(new BarChart.Row(e.getKey().symbol(), e.getKey().title(), List.of(
                    new BarChart.Segment(lr[0], closed, false), new BarChart.Segment(lr[1], open, true))));
        }
        return new BarChart(rows, List.of(new BarChart.LegendEntry("nearly closed (< " + LOW + ")", closed),
                new BarChart.LegendEntry("in between", p.panel()),
                new BarChart.LegendEntry("nearly open (> " + HIGH + ")", open)), "");
    }
}
