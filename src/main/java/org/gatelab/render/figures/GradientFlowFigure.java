package org.gatelab.render.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Palette;
import org.gatelab.render.Sealed;
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
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;

/**
 * The vanishing-gradient figure: ||dL/dh_t|| of a layer against t on a log axis, with the step Jacobian's
 * norm dashed beside it, or (overlay) ||dL/dh_t|| of the RNN, the LSTM and the GRU on the same input; a
 * heading, a caption, and the current step's marker. The view and the exports both draw through it.
 */
public final class GradientFlowFigure {
    /** Series name of ||dL/dh_t||. */
    public static final String GRADIENT = "||dL/dh_t||";
    /** Series name of the step Jacobian's Frobenius norm ||∂h_t/∂h_{t-1}||_F. */
    public static final String JACOBIAN = "||∂h_t/∂h_t-1||";
    /** Steps up to which every point gets a marker. */
    public static final int MARKER_STEPS = 40;
    /** A value the log axis must reach, so the reference line at 1 is never its top edge. */
    private static final double REFERENCE_HEADROOM = 2;

    private final LinePlotPainter painter = new LinePlotPainter();

    /**
     * The figure built from a trace: the plot (without the marker), its heading and caption, and a message
     * shown instead of the plot when there is nothing to draw (else empty).
     */
    public record Built(LinePlot plot, String heading, String caption, String message) {
        /** The step the marker stands on: {@code step}, or NaN when nothing is plotted. */
        public double markerStep(int step) {
            return plot.series().isEmpty() ? Double.NaN : step;
        }
    }

    /**
     * Builds the figure.
     *
     * @param trace      the selected cell's run, or null while computing
     * @param comparison the RNN, LSTM and GRU runs for the overlay (may be empty)
     * @param layer      the selected layer (clamped)
     * @param overlay    the three cells on one plot instead of the selected layer's two curves
     */
    public static Built build(Trace trace, Map<CellKind, Trace> comparison, int layer, boolean overlay, Palette p) {
        return build(trace, comparison, layer, overlay, null, p, Sealed.NONE);
    }

    /** The figure with what {@code sealed} hides left out (see the full overload). */
    public static Built build(Trace trace, Map<CellKind, Trace> comparison, int layer, boolean overlay, Palette p,
                              Sealed sealed) {
        return build(trace, comparison, layer, overlay, null, p, sealed);
    }

    /**
     * Builds the figure with the points {@code sealed} hides left out of the curves (a gap, "?" in the marker's
     * readout, and a word in the caption): ‖dL/dh_t‖ and the Jacobian's norm of the selected layer, and in the
     * overlay the selected cell's curve (its top layer). For a trace of a given model (a trained one) the overlay
     * says which curve is that model and that the other two cells have their initial weights.
     *
     * @param inspected what the selected cell's model is, in words ({@code "trained LSTM · Adding problem · epoch 7
     *                  of 20"}), or null for the seed's initial weights
     */
    public static Built build(Trace trace, Map<CellKind, Trace> comparison, int layer, boolean overlay,
                              String inspected, Palette p, Sealed sealed) {
        return build(trace, comparison, layer, Direction.FORWARD, overlay, inspected, p, sealed);
    }

    /**
     * As {@link #build(Trace, Map, int, boolean, String, Palette, Sealed)} for one direction of the layer
     * ({@code direction} counts only in a bidirectional trace, and not in the overlay, which compares the cells'
     * top forward layers). The reverse direction reads the sequence from its end, so its gradient flows back from
     * t = 0 towards t = T-1: the note and the caption say so.
     */
    public static Built build(Trace trace, Map<CellKind, Trace> comparison, int layer, Direction direction,
                              boolean overlay, String inspected, Palette p, Sealed sealed) {
        List<PlotSeries> series = new ArrayList<>();
        String[] words = {"", "", ""}; // heading, caption, message
        int length = trace == null ? 1 : trace.length();
        if (trace == null) {
            words[2] = "computing…";
        } else if (!trace.hasGradients()) {
            words[2] = "This run has no target, so there is no loss and no gradient to follow.";
        } else if (overlay) {
            buildOverlay(trace, comparison, inspected, p, series, words, sealed);
        } else {
            buildSingle(trace, trace.layer(Math.max(0, Math.min(trace.layerCount() - 1, layer)),
                    trace.bidirectional() ? direction : Direction.FORWARD), p, series, words, sealed);
        }
        if (series.stream().anyMatch(s -> !s.sealed().isEmpty())) {
            words[1] += " " + Sealed.MARK + " " + Sealed.HOVER + ".";
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
        boolean reverse = trace != null && !overlay && trace.bidirectional() && direction == Direction.REVERSE;
        if (trace != null) {
            plot = plot.withNote(reverse ? "→ the reverse direction's gradient flows back from t = 0 to t = "
                    + (length - 1) : "← the gradient flows back from t = " + (length - 1) + " to t = 0");
        }
        if (withReference) {
            plot = plot.withReferences(List.of(new LinePlot.Reference(1, referenceLabel(trace.cell()))));
        }
        return new Built(plot, words[0], words[1], words[2]);
    }

    /**
     * What the line at 1 means. The Frobenius norm bounds the spectral norm, so below 1 the Jacobian shrinks
     * every vector: the recurrent path shrinks the gradient at that step. The LSTM's Jacobian holds c_{t-1}
     * fixed, so there it speaks for the path through h only.
     */
    public static String referenceLabel(CellKind cell) {
        return cell == CellKind.LSTM ? "1: below it, the path through h shrinks the gradient"
                : "1: below it, each step shrinks the gradient";
    }

    private static void buildSingle(Trace trace, LayerTrace layer, Palette p, List<PlotSeries> series, String[] words,
                                    Sealed sealed) {
        int n = layer.length();
        double[] grad = new double[n];
        double[] jac = new double[n];
        Set<Integer> gradSealed = new HashSet<>();
        Set<Integer> jacSealed = new HashSet<>();
        for (int t = 0; t < n; t++) {
            grad[t] = layer.gradHiddenNorm(t);
            jac[t] = layer.stepJacobianNorm(t, 0);
            if (sealed.gradHidden(layer.index(), t)) {
                gradSealed.add(t);
            }
            if (sealed.jacobian(layer.index(), t)) {
                jacSealed.add(t);
            }
        }
        double[] x = FigureText.steps(n);
        boolean markers = n <= MARKER_STEPS;
        series.add(new PlotSeries(GRADIENT, "‖dL/dhₜ‖ gradient reaching hₜ", x, grad,
                p.series(layer.cell().ordinal()), false, markers, false, gradSealed));
        series.add(new PlotSeries(JACOBIAN, layer.direction() == Direction.REVERSE
                ? "‖∂hₜ/∂hₜ₊₁‖_{F} one step's factor" : "‖∂hₜ/∂hₜ₋₁‖_{F} one step's factor", x, jac,
                p.mutedText(), true, false, false, jacSealed));
        words[0] = "Gradient flow · " + layer.cell() + FigureText.layerWords(trace, layer);
        boolean reverse = layer.direction() == Direction.REVERSE;
        words[1] = "How much " + FigureText.lossWords(trace) + " still depends on hₜ. Read it " + (reverse
                ? "left to right, back in this direction's time (it read t = " + (n - 1) + " first)" : "right to left, "
                + "back in time") + ": a falling curve is a vanishing gradient, a rising one an exploding gradient.";
    }

    private static void buildOverlay(Trace trace, Map<CellKind, Trace> comparison, String inspected, Palette p,
                                     List<PlotSeries> series, String[] words, Sealed sealed) {
        if (comparison == null || comparison.isEmpty()) {
            words[2] = "computing the RNN, the LSTM and the GRU on this input…";
            return;
        }
        for (CellKind cell : CellKind.values()) {
            Trace other = comparison.get(cell);
            if (other == null || !other.hasGradients()) {
                continue;
            }
            double[] curve = other.gradHiddenNormCurve();
            boolean selected = cell == trace.cell();
            Set<Integer> hidden = new HashSet<>();
            for (int t = 0; selected && t < curve.length; t++) {
                if (sealed.gradHidden(other.layerCount() - 1, t)) {
                    hidden.add(t);
                }
            }
            String note = inspected == null ? (selected ? " (selected)" : "")
                    : selected ? " (the model inspected)" : " (initial weights)";
            series.add(new PlotSeries(cell.name(), cell.name() + note,
                    FigureText.steps(curve.length), curve, p.series(cell.ordinal()), false,
                    curve.length <= MARKER_STEPS, selected, hidden));
        }
        words[0] = "Gradient flow · RNN vs LSTM vs GRU" + (trace.layerCount() > 1 ? ", top layer" : "");
        words[1] = inspected == null
                ? "‖dL/dhₜ‖ of each cell on the same input, with the same hidden size (" + trace.hiddenSize()
                        + "): how much " + FigureText.lossWords(trace) + " still depends on hₜ. The curve that drops "
                        + "fastest to the left forgets fastest."
                : "‖dL/dhₜ‖ of the " + inspected + " and, on the same input with the same hidden size ("
                        + trace.hiddenSize() + "), of the other two cells with their initial weights (not trained): how "
                        + "much " + FigureText.lossWords(trace) + " still depends on hₜ.";
    }

    /**
     * Paints the figure on the whole surface with the marker at {@code markerStep} (NaN for none).
     *
     * @return where the plot's frame went, or null when the message was shown instead
     */
    public PlotLayout paint(Surface s, Palette p, Built b, double markerStep) {
        double w = s.width();
        double h = s.height();
        double f = FigureText.fontSize(s, w, h);
        PlotStyle style = new PlotStyle(p, f);
        double pad = 0.8 * f;
        double top = pad * 0.6 + FigureTitle.paint(s, style, b.heading(), b.caption(), pad, pad * 0.6, w - 2 * pad,
                FigureTitle.captionLines(h, f));
        if (!b.message().isEmpty()) {
            s.setFont(f, false, false);
            s.setFill(p.mutedText());
            s.text(FigureTitle.fit(s, b.message(), w - 2 * pad), w / 2, (top + h) / 2, HAlign.CENTER, VAlign.CENTER);
            return null;
        }
        LinePlot marked = b.plot().withMarker(markerStep, "t = " + (int) markerStep, true);
        return painter.paint(s, marked, style, pad, top, w - 2 * pad, h - top - 0.5 * pad);
    }
}
