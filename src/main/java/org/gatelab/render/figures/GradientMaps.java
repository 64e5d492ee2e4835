package org.gatelab.render.figures;

import java.util.List;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.ColorMap;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;

/**
 * The map of the gradient heatmap figure: dL/d(pre-activation) of one weight block of a layer, per unit and
 * timestep, on the diverging map over ±max|dL/d pre| of the run (or a logarithmic scale of
 * {@link #LOG_DECADES} decades below it).
 */
public final class GradientMaps {
    /** Decades a logarithmic colour scale spans below the run's largest |gradient|. */
    public static final double LOG_DECADES = 4;

    private GradientMaps() {
    }

    /** The block shown first for a cell: the forget gate, the update gate, or the RNN's only block. */
    public static Gate defaultGate(CellKind cell) {
        return switch (cell) {
            case LSTM -> Gate.F;
            case GRU -> Gate.Z;
            case RNN -> Gate.A;
        };
    }

    /** {@code wanted} if the layer's cell has that block, else the cell's default block. */
    public static Gate blockFor(LayerTrace layer, Gate wanted) {
        return wanted != null && layer.cell().blockIndex(wanted) >= 0 ? wanted : defaultGate(layer.cell());
    }

    /** The map of block {@code g} (one of the layer's blocks); empty when the run has no gradients. */
    public static List<HeatmapData> build(LayerTrace layer, Gate g, boolean log) {
        if (!layer.hasGradients()) {
            return List.of();
        }
        double m = layer.maxAbsGradPreActivation(g);
        double r = m > 0 ? m : 1;
        String title = g == Gate.A ? "dL/da · the RNN's pre-activation"
                : "dL/d(pre-activation of " + g.symbol() + ") · " + g.title();
        HeatmapData linear = TraceMaps.map(layer, g.symbol(), title, (t, u) -> layer.gradPreActivation(t, 0, g, u),
                -r, r, ColorMap.diverging(), log ? "log scale, " + (int) LOG_DECADES + " decades" : "±max of the run");
        if (!log) {
            return List.of(linear);
        }
        return List.of(new HeatmapData(linear.name(), linear.title(), linear.rows(), linear.cols(), linear.values(),
                -r, r, linear.colorMap(), linear.legendLabel(), LOG_DECADES));
    }

    /** Shown instead of the map for a run without a target. */
    public static final String NO_GRADIENTS = "This run has no target, so there are no gradients to show.";

    /** The bold heading, e.g. {@code "LSTM gradient flow"}. */
    public static String heading(Trace trace, LayerTrace layer) {
        int layers = trace.layerCount();
        return layer.cell().name() + " gradient flow" + (layers > 1 || trace.bidirectional() ? " · layer " + layer.index()
                : "") + FigureText.directionWords(layer);
    }

    /** The caption under the heading. */
    public static String caption(Gate g) {
        String name = g == null ? "the block" : g.symbol();
        return "Strong colour: the loss's gradient reaches " + name + " at this unit and step · pale: it has faded";
    }
}
