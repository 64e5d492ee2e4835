package org.gatelab.render.figures;

import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;

/**
 * What a figure follows: the timestep, the hidden unit, the layer (0-based), the gate a lesson highlights
 * (null for none) and the layer's direction (reverse only counts in a bidirectional trace). Out-of-range values
 * are clamped to the trace when read through the helpers, as the views do.
 */
public record FigureSelection(int step, int unit, int layer, Gate highlightedGate, Direction direction) {
    public FigureSelection {
        direction = direction == null ? Direction.FORWARD : direction;
    }

    /** The forward direction. */
    public FigureSelection(int step, int unit, int layer, Gate highlightedGate) {
        this(step, unit, layer, highlightedGate, Direction.FORWARD);
    }

    /** Step 0, unit 0, layer 0, nothing highlighted. */
    public static final FigureSelection START = new FigureSelection(0, 0, 0, null);

    public static FigureSelection of(int step, int unit) {
        return new FigureSelection(step, unit, 0, null);
    }

    public FigureSelection withStep(int t) {
        return new FigureSelection(t, unit, layer, highlightedGate, direction);
    }

    public FigureSelection withUnit(int u) {
        return new FigureSelection(step, u, layer, highlightedGate, direction);
    }

    public FigureSelection withLayer(int l) {
        return new FigureSelection(step, unit, l, highlightedGate, direction);
    }

    public FigureSelection withHighlightedGate(Gate g) {
        return new FigureSelection(step, unit, layer, g, direction);
    }

    public FigureSelection withDirection(Direction d) {
        return new FigureSelection(step, unit, layer, highlightedGate, d);
    }

    /** The selected layer's record in the selected direction, clamped to the trace's layers; null without a trace. */
    public LayerTrace layerOf(Trace trace) {
        return trace == null ? null : trace.layer(clampedLayer(trace), directionIn(trace));
    }

    /** The direction, forward when the trace has no reverse one. */
    public Direction directionIn(Trace trace) {
        return trace.bidirectional() ? direction : Direction.FORWARD;
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
