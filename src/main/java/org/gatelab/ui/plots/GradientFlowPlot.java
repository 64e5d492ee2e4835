package org.gatelab.ui.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gatelab.engine.trace.CellKind;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Palette;
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
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.Session;

/**
 * The canvas of {@link GradientFlowView}: ||dL/dh_t|| against t on a log axis, with the step Jacobian's norm
 * dashed, or (in overlay mode) ||dL/dh_t|| of the RNN, the LSTM and the GRU on the same input. The plot is
 * built from the trace when the trace, the layer, the mode or the palette changes, and painted with the
 * current step's marker.
 */
final class GradientFlowPlot extends CanvasView {
    /** Steps up to which every point gets a marker. */
    static final int MARKER_STEPS = 40;
    /** A value the log axis must reach, so the reference line at 1 is never its top edge. */
    private static final double REFERENCE_HEADROOM = 2;

    private final Session session;
    private final LinePlotPainter painter = new LinePlotPainter();
    private boolean overlay;
    private LinePlot built;
    private String heading = "";
    private String caption = "";
    private String message = "";
    private PlotLayout layout;

    GradientFlowPlot(Session session) {
        this.session = session;
        getStyleClass().add("gradient-flow-plot");
    }

    void initListeners() {
        session.workspace().resultProperty().addListener((obs, o, n) -> invalidate());
        session.selection().layerProperty().addListener((obs, o, n) -> invalidate());
        session.timeline().stepProperty().addListener((obs, o, n) -> requestRedraw());
        paletteProperty().addListener((obs, o, n) -> invalidate());
    }

    boolean overlay() {
        return overlay;
    }

    void setOverlay(boolean on) {
        if (on != overlay) {
            overlay = on;
            invalidate();
        }
    }

    private void invalidate() {
        built = null;
        requestRedraw();
    }

    /** The plot for the current trace, layer, mode and palette (without the marker). */
    LinePlot plot() {
        if (built == null) {
            build();
        }
        return built;
    }

    String heading() {
        plot();
        return heading;
    }

    String caption() {
        plot();
        return caption;
    }

    /** Shown instead of the plot when there is nothing to draw (no trace, no gradients); else empty. */
    String message() {
        plot();
        return message;
    }

    /** Where the frame went in the last paint (null before the first). */
    PlotLayout plotLayout() {
        return layout;
    }

    private void build() {
        Trace trace = session.workspace().trace();
        List<PlotSeries> series = new ArrayList<>();
        message = "";
        heading = "";
        caption = "";
        int length = trace == null ? 1 : trace.length();
        if (trace == null) {
            message = "computing…";
        } else if (!trace.hasGradients()) {
            message = "This run has no target, so there is no loss and no gradient to follow.";
        } else if (overlay) {
            buildOverlay(trace, series);
        } else {
            buildSingle(trace, series);
        }
        // the axis covers every curve; the single-cell plot also leaves room above its reference line at 1
        boolean withReference = !overlay && !series.isEmpty();
        double[][] ys = new double[series.size() + (withReference ? 1 : 0)][];
        for (int k = 0; k < series.size(); k++) {
            ys[k] = series.get(k).y();
        }
        if (withReference) {
            ys[series.size()] = new double[] {REFERENCE_HEADROOM};
        }
        LinePlot plot = LinePlot.of(LinearAxis.of(0, Math.max(1, length - 1)).integerTicks(), LogAxis.covering(ys),
                "timestep t", "norm, log scale", series);
        if (trace != null) {
            plot = plot.withNote("← the gradient flows back from t = " + (length - 1) + " to t = 0");
        }
        if (withReference) {
            plot = plot.withReferences(List.of(new LinePlot.Reference(1, referenceLabel(trace.cell()))));
        }
        built = plot;
    }

    /**
     * What the line at 1 means. The Frobenius norm bounds the spectral norm, so below 1 the Jacobian shrinks
     * every vector: the recurrent path shrinks the gradient at that step. The LSTM's Jacobian holds c_{t-1}
     * fixed, so there it speaks for the path through h only.
     */
    static String referenceLabel(CellKind cell) {
        return cell == CellKind.LSTM ? "1: below it, the path through h shrinks the gradient"
                : "1: below it, each step shrinks the gradient";
    }

    private LayerTrace selectedLayer(Trace trace) {
        return trace.layer(Math.max(0, Math.min(trace.layerCount() - 1, session.selection().layer())));
    }

    private void buildSingle(Trace trace, List<PlotSeries> series) {
        LayerTrace layer = selectedLayer(trace);
        int n = layer.length();
        double[] grad = new double[n];
        double[] jac = new double[n];
        for (int t = 0; t < n; t++) {
            grad[t] = layer.gradHiddenNorm(t);
            jac[t] = layer.stepJacobianNorm(t, 0);
        }
        double[] x = PlotText.steps(n);
        Palette p = palette();
        boolean markers = n <= MARKER_STEPS;
        series.add(new PlotSeries(GradientFlowView.GRADIENT, "‖dL/dh_t‖ gradient reaching h_t", x, grad,
                p.series(layer.cell().ordinal()), false, markers, false));
        series.add(new PlotSeries(GradientFlowView.JACOBIAN, "‖∂h_t/∂h_t-1‖_F one step's factor", x, jac,
                p.mutedText(), true, false, false));
        heading = "Gradient flow · " + layer.cell() + PlotText.layerWords(trace, layer.index());
        caption = "How much " + PlotText.lossWords(trace) + " still depends on h_t. Read it right to left, back "
                + "in time: a falling curve is a vanishing gradient, a rising one an exploding gradient.";
    }

    private void buildOverlay(Trace trace, List<PlotSeries> series) {
        Map<CellKind, Trace> comparison = session.workspace().comparison();
        if (comparison.isEmpty()) {
            message = "computing the RNN, the LSTM and the GRU on this input…";
            return;
        }
        Palette p = palette();
        for (CellKind cell : CellKind.values()) {
            Trace other = comparison.get(cell);
            if (other == null || !other.hasGradients()) {
                continue;
            }
            double[] curve = other.gradHiddenNormCurve();
            boolean selected = cell == trace.cell();
            series.add(new PlotSeries(cell.name(), cell.name() + (selected ? " (selected)" : ""),
                    PlotText.steps(curve.length), curve, p.series(cell.ordinal()), false,
                    curve.length <= MARKER_STEPS, selected));
        }
        heading = "Gradient flow · RNN vs LSTM vs GRU" + (trace.layerCount() > 1 ? ", top layer" : "");
        caption = "‖dL/dh_t‖ of each cell on the same input, with the same hidden size (" + trace.hiddenSize()
                + "): how much " + PlotText.lossWords(trace) + " still depends on h_t. The curve that drops "
                + "fastest to the left forgets fastest.";
    }

    /** The step the marker stands on: the timeline's step, or NaN when there is no plot. */
    double markerStep() {
        LinePlot p = plot();
        if (p.series().isEmpty()) {
            return Double.NaN;
        }
        return session.timeline().step();
    }

    @Override
    protected void paint(Surface s) {
        LinePlot plot = plot();
        double w = s.width();
        double h = s.height();
        double f = PlotText.fontSize(w, h);
        PlotStyle style = new PlotStyle(palette(), f);
        double pad = 0.8 * f;
        double top = pad * 0.6 + FigureTitle.paint(s, style, heading, caption, pad, pad * 0.6, w - 2 * pad,
                h > 24 * f ? 2 : 1);
        if (!message.isEmpty()) {
            s.setFont(f, false, false);
            s.setFill(palette().mutedText());
            s.text(FigureTitle.fit(s, message, w - 2 * pad), w / 2, (top + h) / 2, HAlign.CENTER, VAlign.CENTER);
            layout = null;
            return;
        }
        double step = markerStep();
        LinePlot marked = plot.withMarker(step, "t = " + (int) step, true);
        layout = painter.paint(s, marked, style, pad, top, w - 2 * pad, h - top - 0.5 * pad);
    }
}
