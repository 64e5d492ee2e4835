package org.gatelab.render.figures;

import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.Gate;

/**
 * What a figure follows: the timestep, the hidden unit, the layer (0-based) and the gate a lesson highlights
 * (null for none). Out-of-range values are clamped to the trace when read through the helpers, as the views do.
 */
public record FigureSelection(int step, int unit, int layer, Gate highlightedGate) {
    /** Step 0, unit 0, layer 0, nothing highlighted. */
    public static final FigureSelection START = new FigureSelection(0, 0, 0, null);

    public static FigureSelection of(int step, int unit) {
        return new FigureSelection(step, unit, 0, null);
    }

    public FigureSelection withStep(int t) {
        return new FigureSelection(t, unit, layer, highlightedGate);
    }

    public FigureSelection withUnit(int u) {
        return new FigureSelection(step, u, layer, highlightedGate);
    }

    public FigureSelection withLayer(int l) {
        return new FigureSelection(step, unit, l, highlightedGate);
    }

    public FigureSelection withHighlightedGate(Gate g) {
        return new FigureSelection(step, unit, layer, g);
    }

    /** The selected layer's record, clamped to the trace's layers; null without a trace. */
    public LayerTrace layerOf(Trace trace) {
        return trace == null ? null : trace.layer(clampedLayer(trace));
    }

    /** The layer index clamped to the trace's layers. */
    public int clampedLayer(Trace trace) {
        return Math.max(0, Math.min(trace.layerCount() - 1, layer));
    }

    /** The step clamped to the run. */
    public int stepIn(LayerTrace l) {
        return Math.max(0, Math.min(l.length() - 1, step));
    }

    /** The unit clamped to the layer's units. */
    public int unitIn(LayerTrace l) {
        return Math.max(0, Math.min(l.hiddenSize() - 1, unit));
    }
}
