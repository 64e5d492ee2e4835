package org.gatelab.ui.plots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatelab.engine.trace.CellKind;
import org.gatelab.engine.trace.Gate;
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
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.Session;

/**
 * Two figures about what the network uses. Top: connectivity, ||dL/dx_t|| of the network's input at every
 * step on a log axis, "how much the prediction depends on each input" (Madsen, "Visualizing memorization in
 * RNNs", Distill 2019). Bottom: gate saturation of the selected layer, the fraction of all steps and units
 * at which each sigmoid gate is nearly closed (&lt; 0.1) or nearly open (&gt; 0.9), as a bar stacked from both
 * ends (Karpathy, Johnson and Fei-Fei 2015). The vanilla RNN has no gates: it says so in words.
 *
 * <p>Query API for tests: {@link #shownCurve}, {@link #seriesNames()}, {@link #markerStep()},
 * {@link #shownSaturation}, {@link #saturationNote()}.
 */
public final class ConnectivityView extends CanvasView {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "connectivity-view";
    /** Series name of ||dL/dx_t||. */
    public static final String INPUT_GRADIENT = "||dL/dx_t||";
    /** Below this a gate counts as nearly closed. */
    public static final double LOW = 0.1;
    /** Above this a gate counts as nearly open. */
    public static final double HIGH = 0.9;
    /** What the saturation figure says for the vanilla RNN. */
    public static final String NO_GATES = "The vanilla RNN has no sigmoid gates, so nothing here can be nearly "
            + "closed or nearly open. Its tanh saturates instead, at -1 and +1: see the activation heatmap.";

    private final Session session;
    private final LinePlotPainter linePainter = new LinePlotPainter();
    private final BarPainter barPainter = new BarPainter();
    private LinePlot built;
    private Map<Gate, double[]> saturation = Map.of();
    private String lineCaption = "";
    private String barHeading = "";
    private String barNote = "";
    private String message = "";
    private PlotLayout layout;

    public ConnectivityView(Session session) {
        this.session = session;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setMinSize(0, 0);
    }

    private void initListeners() {
        session.workspace().resultProperty().addListener((obs, o, n) -> invalidate());
        session.selection().layerProperty().addListener((obs, o, n) -> invalidate());
        session.timeline().stepProperty().addListener((obs, o, n) -> requestRedraw());
        paletteProperty().addListener((obs, o, n) -> invalidate());
    }

    private void invalidate() {
        built = null;
        requestRedraw();
    }

    private void ensureBuilt() {
        if (built == null) {
            build();
        }
    }

    private void build() {
        Trace trace = session.workspace().trace();
        List<PlotSeries> series = new ArrayList<>();
        Map<Gate, double[]> sat = new LinkedHashMap<>();
        message = "";
        barNote = "";
        barHeading = "";
        lineCaption = "";
        int length = trace == null ? 1 : trace.length();
        if (trace == null) {
            message = "computing…";
        } else if (!trace.hasGradients()) {
            message = "This run has no target, so there is no prediction error to trace back to the inputs.";
        } else {
            LayerTrace first = trace.layer(0);
            int n = first.length();
            double[] y = new double[n];
            for (int t = 0; t < n; t++) {
                y[t] = first.gradInputNorm(t);
            }
            series.add(new PlotSeries(INPUT_GRADIENT, "‖dL/dx_t‖", PlotText.steps(n), y,
                    palette().series(trace.cell().ordinal()), false, n <= GradientFlowPlot.MARKER_STEPS, false));
            lineCaption = "How much the prediction depends on each input: the gradient of " + PlotText.lossWords(trace)
                    + " with respect to x_t. Inputs far below the rest are effectively forgotten.";
            LayerTrace layer = trace.layer(Math.max(0, Math.min(trace.layerCount() - 1, session.selection().layer())));
            barHeading = "Gate saturation · " + layer.cell() + PlotText.layerWords(trace, layer.index());
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
        saturation = sat;
        built = LinePlot.of(LinearAxis.of(0, Math.max(1, length - 1)).integerTicks(),
                LogAxis.covering(series.isEmpty() ? new double[0] : series.get(0).y()), "timestep t",
                "‖dL/dx_t‖, log scale", series);
    }

    @Override
    protected void paint(Surface s) {
        ensureBuilt();
        double w = s.width();
        double h = s.height();
        // two figures share the height: a slightly smaller type than a view with one figure
        double f = PlotText.fontSize(w, 0.85 * h);
        PlotStyle style = new PlotStyle(palette(), f);
        double pad = 0.8 * f;
        double width = w - 2 * pad;
        Trace trace = session.workspace().trace();
        String heading = trace == null ? "Connectivity" : "Connectivity · " + trace.cell();
        int lines = h > 34 * f ? 2 : 1;
        double top = pad * 0.6 + FigureTitle.paint(s, style, heading, lineCaption, pad, pad * 0.6, width, lines);
        if (!message.isEmpty()) {
            s.setFont(f, false, false);
            s.setFill(palette().mutedText());
            s.text(FigureTitle.fit(s, message, width), w / 2, (top + h) / 2, HAlign.CENTER, VAlign.CENTER);
            layout = null;
            return;
        }
        // the saturation figure gets the height it reads well in, the line plot the rest (at least 45 %)
        BarChart bars = saturation.isEmpty() ? null : barChart(palette());
        int noteLines = bars == null ? 3 : lines;
        double gap = 0.9 * f;
        double barsNeeded = FigureTitle.height(s, style, barHeading, barNote, width, noteLines)
                + (bars == null ? 0 : BarPainter.preferredHeight(bars, style));
        double rest = h - top - 0.5 * pad;
        double lineHeight = Math.max(0.45 * rest, rest - barsNeeded - gap);
        double step = markerStep();
        layout = linePainter.paint(s, built.withMarker(step, "t = " + (int) step, true), style, pad, top,
                width, lineHeight);
        double barTop = top + lineHeight + gap;
        s.setStroke(palette().grid());
        s.setLineWidth(style.hairline());
        s.line(pad, barTop - 0.5 * gap, w - pad, barTop - 0.5 * gap);
        double used = FigureTitle.paint(s, style, barHeading, barNote, pad, barTop, width, noteLines);
        if (bars != null) {
            barPainter.paint(s, bars, style, pad, barTop + used, width, h - barTop - used - 0.5 * pad);
        }
    }

    private BarChart barChart(Palette p) {
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

    // ---- query API (read-only, for tests) ----------------------------------------------------------

    /**
     * The y values the connectivity plot draws ({@link #INPUT_GRADIENT}), copied from the trace.
     *
     * @throws IllegalArgumentException if there is no series of that name
     */
    public double[] shownCurve(String seriesName) {
        ensureBuilt();
        for (PlotSeries s : built.series()) {
            if (s.name().equals(seriesName)) {
                return s.y();
            }
        }
        throw new IllegalArgumentException("no series \"" + seriesName + "\" (have " + seriesNames() + ")");
    }

    /** The names of the series shown. */
    public List<String> seriesNames() {
        ensureBuilt();
        List<String> names = new ArrayList<>();
        for (PlotSeries s : built.series()) {
            names.add(s.name());
        }
        return names;
    }

    /** The timestep the marker stands on, or NaN when nothing is plotted. */
    public double markerStep() {
        ensureBuilt();
        return built.series().isEmpty() ? Double.NaN : session.timeline().step();
    }

    /** The gates whose saturation is shown, top to bottom (empty for the RNN). */
    public List<Gate> shownGates() {
        ensureBuilt();
        return List.copyOf(saturation.keySet());
    }

    /**
     * {left, right}: the fractions the bar of {@code g} shows as nearly closed and nearly open.
     *
     * @throws IllegalArgumentException if no bar is shown for the gate (e.g. the RNN, or a tanh block)
     */
    public double[] shownSaturation(Gate g) {
        ensureBuilt();
        double[] v = saturation.get(g);
        if (v == null) {
            throw new IllegalArgumentException("no saturation bar for " + g + " (have " + saturation.keySet() + ")");
        }
        return v.clone();
    }

    /** The sentence under the saturation heading (for the RNN: why there are no bars). */
    public String saturationNote() {
        ensureBuilt();
        return barNote;
    }

    /** Where the connectivity plot's frame went in the last paint (null before it or without a plot). */
    public PlotLayout plotLayout() {
        return layout;
    }
}
