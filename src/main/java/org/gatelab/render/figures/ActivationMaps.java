package org.gatelab.render.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Sealed;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.heatmap.HeatmapGrid;
import org.gatelab.render.heatmap.HeatmapLayout;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The maps of the activation heatmap figure: every gate and state of a layer over the whole run, one units x
 * time map each: LSTM i, f, g, o, c, h; GRU r, z, n, h; RNN a (the pre-activation) and h. Sigmoid gates use the
 * sequential map on 0..1, g, n and h the diverging map on -1..1, c ±max|c| of the run.
 */
public final class ActivationMaps {
    /**
     * Colour range of the RNN's pre-activation a, ±2: beyond it tanh is flat (tanh 2 = 0.96), so the deepest
     * colours mark saturation. a is unbounded; values beyond are clamped, the tooltip is exact.
     */
    public static final double PRE_ACTIVATION_RANGE = 2;

    private ActivationMaps() {
    }

    /** Every map for {@code layer}, in display order. */
    public static List<HeatmapData> build(LayerTrace layer) {
        return build(layer, Sealed.NONE);
    }

    /**
     * Every map for {@code layer}, in display order, with the cells {@code sealed} hides left out (NaN; see
     * {@link #sealedCells}); a colour scale whose end is the run's largest |c| (or ReLU h) is rounded up while
     * any of them is sealed.
     */
    public static List<HeatmapData> build(LayerTrace layer, Sealed sealed) {
        List<HeatmapData> out = new ArrayList<>();
        ColorMap seq = ColorMap.sequential();
        ColorMap div = ColorMap.diverging();
        int li = layer.index();
        for (Gate gate : layer.cell().blocks()) {
            String title = gate.symbol() + " · " + gate.title();
            TraceMaps.Source value = (t, u) -> sealed.gate(li, t, u, gate) ? Double.NaN : layer.gate(t, 0, gate, u);
            if (gate.isSigmoid()) {
                out.add(TraceMaps.map(layer, gate.symbol(), title, value, 0, 1, seq, "sigmoid, 0 to 1"));
            } else if (gate == Gate.A) {
                double r = PRE_ACTIVATION_RANGE;
                out.add(TraceMaps.map(layer, gate.symbol(), title, (t, u) -> sealed.gate(li, t, u, gate) ? Double.NaN
                        : layer.preActivation(t, 0, gate, u), -r, r,
                        div, "clamped to ±" + (int) r));
            } else {
                out.add(TraceMaps.map(layer, gate.symbol(), title, value, -1, 1, div, "tanh, -1 to 1"));
            }
        }
        if (layer.cell().hasCellState()) {
            double m = layer.maxAbsCellState();
            double r = m > 0 ? m : 1;
            r = sealed.anyCell(li) ? Sealed.roundedRange(r) : r;
            out.add(TraceMaps.map(layer, "c", "c · cell state",
                    (t, u) -> sealed.cell(li, t, u) ? Double.NaN : layer.cellState(t, 0, u), -r, r, div,
                    sealed.anyCell(li) ? "±max|c| of the run, rounded up" : "±max|c| of the run"));
        }
        out.add(hiddenMap(layer, div, sealed));
        return out;
    }

    private static HeatmapData hiddenMap(LayerTrace layer, ColorMap div, Sealed sealed) {
        double r = 1;
        String legend = "tanh, -1 to 1";
        int li = layer.index();
        if (layer.cell() == CellKind.RNN && layer.nonlinearity() == Nonlinearity.RELU) {
            // ReLU is unbounded above: scale by the run's largest h (the RNN's activation is h)
            double[] range = layer.gateRange(Gate.A);
            r = Math.max(Math.abs(range[0]), Math.abs(range[1]));
            r = r > 0 ? r : 1;
            legend = "ReLU, ±max h of the run";
            if (sealed.anyHidden(li)) {
                r = Sealed.roundedRange(r);
                legend += ", rounded up";
            }
        }
        return TraceMaps.map(layer, "h", "h · hidden state",
                (t, u) -> sealed.hidden(li, t, u) ? Double.NaN : layer.hidden(t, 0, u), -r, r, div, legend);
    }

    /** The cells of {@code layer}'s maps that {@code sealed} hides, by map name (maps with none are left out). */
    public static Map<String, Set<HeatmapLayout.Cell>> sealedCells(LayerTrace layer, Sealed sealed) {
        Map<String, Set<HeatmapLayout.Cell>> out = new LinkedHashMap<>();
        int li = layer.index();
        for (Sealed.Reading r : sealed.readings()) {
            if (r.layer() != li || r.step() >= layer.length() || r.unit() >= layer.hiddenSize()) {
                continue;
            }
            HeatmapLayout.Cell cell = new HeatmapLayout.Cell(r.unit(), r.step());
            switch (r.kind()) {
                case GATE -> {
                    if (layer.cell().blocks().contains(r.gate())) {
                        // the RNN's block a is h itself: its map shows a's pre-activation, h's map hides h
                        out.computeIfAbsent(r.gate() == Gate.A ? "h" : r.gate().symbol(), k -> new HashSet<>()).add(cell);
                    }
                }
                case HIDDEN -> out.computeIfAbsent("h", k -> new HashSet<>()).add(cell);
                case CELL -> {
                    if (layer.cell().hasCellState()) {
                        // h_t = o_t tanh(c_t) would give c_t away: Sealed.hidden hides it too
                        out.computeIfAbsent("c", k -> new HashSet<>()).add(cell);
                        out.computeIfAbsent("h", k -> new HashSet<>()).add(cell);
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** The order in which maps are kept when not all fit: most telling first. */
    public static List<String> priority(CellKind cell) {
        return switch (cell) {
            case LSTM -> List.of("h", "c", "f", "i", "o", "g");
            case GRU -> List.of("h", "z", "r", "n");
            case RNN -> List.of("h", "a");
        };
    }

    /**
     * The maps shown when nobody chose: all of them when they fit readably in {@code gridW x gridH}, otherwise
     * as many as fit, picked by {@link #priority}.
     *
     * @param available the maps' names in display order (not empty)
     * @param rows      units per map
     * @param cols      steps per map
     */
    public static List<String> automatic(CellKind cell, List<String> available, int rows, int cols, double gridW,
                                         double gridH, double font) {
        int fit = HeatmapGrid.fitting(available.size(), gridW, gridH, rows, cols, font);
        if (fit >= available.size()) {
            return available;
        }
        Set<String> keep = new LinkedHashSet<>(priority(cell).subList(0, Math.min(fit, priority(cell).size())));
        return available.stream().filter(keep::contains).toList();
    }

    /** The bold heading, e.g. {@code "LSTM activations"} ({@code "· layer 1"} when stacked, counted from 0). */
    public static String heading(Trace trace, LayerTrace layer) {
        int layers = trace.layerCount();
        return layer.cell().name() + " activations" + (layers > 1 || trace.bidirectional() ? " · layer " + layer.index()
                : "") + FigureText.directionWords(layer);
    }

    /** The caption under the heading; says how many maps are shown when not all are. */
    public static String caption(LayerTrace layer, int shown, int all) {
        String base = "rows: units 0–" + (layer.hiddenSize() - 1) + " · columns: steps t · click a cell to select it";
        return shown < all ? shown + " of " + all + " maps shown (toggle above) · " + base : base;
    }

    /** The caption of a still picture (an export): no words about clicking or toggles. */
    public static String stillCaption(LayerTrace layer, int shown, int all) {
        String base = "rows: units 0–" + (layer.hiddenSize() - 1) + " · columns: steps t";
        return shown < all ? shown + " of " + all + " maps shown · " + base : base;
    }
}
