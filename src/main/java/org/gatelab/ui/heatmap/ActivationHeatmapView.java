package org.gatelab.ui.heatmap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.gatelab.engine.trace.CellKind;
import org.gatelab.engine.trace.Gate;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Nonlinearity;
import org.gatelab.render.ColorMap;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.heatmap.HeatmapGrid;
import org.gatelab.viewmodel.Session;

/**
 * Every gate and state of the selected layer over the whole run, one units x time heatmap each: LSTM i, f,
 * g, o, c, h; GRU r, z, n, h; RNN a (the pre-activation) and h. Sigmoid gates are drawn with the
 * sequential map on 0..1, g, n and h with the diverging map on -1..1, c on ±max|c| of the run.
 *
 * <p>Toggles in the header choose which maps to show. Until the user touches them the view shows all maps
 * when they fit readably, otherwise as many as fit, picked by teaching value (h, c, f, ... first).
 */
public final class ActivationHeatmapView extends HeatmapStackView {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "activation-heatmap-view";
    /** Style class of each map's show/hide toggle. */
    public static final String TOGGLE_STYLE_CLASS = "heatmap-map-toggle";
    /**
     * Colour range of the RNN's pre-activation a, ±2: beyond it tanh is flat (tanh 2 = 0.96), so the deepest
     * colours mark saturation. a is unbounded; values beyond are clamped, the tooltip is exact.
     */
    static final double PRE_ACTIVATION_RANGE = 2;

    private final List<ToggleButton> toggles = new ArrayList<>();
    /** The user's choice, or null while the view chooses by itself. */
    private Set<String> chosen;
    private CellKind builtFor;
    private int builtUnits = -1;
    private boolean updatingToggles;

    public ActivationHeatmapView(Session session) {
        super(session);
        createView();
        initListeners();
    }

    @Override
    protected void createView() {
        super.createView();
        getStyleClass().add(STYLE_CLASS);
    }

    // ---- maps --------------------------------------------------------------------------------------

    @Override
    protected List<HeatmapData> buildMaps(LayerTrace layer) {
        List<HeatmapData> out = new ArrayList<>();
        ColorMap seq = ColorMap.sequential();
        ColorMap div = ColorMap.diverging();
        for (Gate gate : layer.cell().blocks()) {
            String title = gate.symbol() + " · " + gate.title();
            if (gate.isSigmoid()) {
                out.add(TraceMaps.map(layer, gate.symbol(), title, (t, u) -> layer.gate(t, 0, gate, u), 0, 1, seq,
                        "sigmoid, 0 to 1"));
            } else if (gate == Gate.A) {
                double r = PRE_ACTIVATION_RANGE;
                out.add(TraceMaps.map(layer, gate.symbol(), title, (t, u) -> layer.preActivation(t, 0, gate, u), -r, r,
                        div, "clamped to ±" + (int) r));
            } else {
                out.add(TraceMaps.map(layer, gate.symbol(), title, (t, u) -> layer.gate(t, 0, gate, u), -1, 1, div,
                        "tanh, -1 to 1"));
            }
        }
        if (layer.cell().hasCellState()) {
            double m = layer.maxAbsCellState();
            double r = m > 0 ? m : 1;
            out.add(TraceMaps.map(layer, "c", "c · cell state", (t, u) -> layer.cellState(t, 0, u), -r, r, div,
                    "±max|c| of the run"));
        }
        out.add(hiddenMap(layer, div));
        return out;
    }

    private static HeatmapData hiddenMap(LayerTrace layer, ColorMap div) {
        double r = 1;
        String legend = "tanh, -1 to 1";
        if (layer.cell() == CellKind.RNN && layer.nonlinearity() == Nonlinearity.RELU) {
            // ReLU is unbounded above: scale by the run's largest h (the RNN's activation is h)
            double[] range = layer.gateRange(Gate.A);
            r = Math.max(Math.abs(range[0]), Math.abs(range[1]));
            r = r > 0 ? r : 1;
            legend = "ReLU, ±max h of the run";
        }
        return TraceMaps.map(layer, "h", "h · hidden state", (t, u) -> layer.hidden(t, 0, u), -r, r, div, legend);
    }

    /** The order in which maps are kept when not all fit: most telling first. */
    private static List<String> priority(CellKind cell) {
        return switch (cell) {
            case LSTM -> List.of("h", "c", "f", "i", "o", "g");
            case GRU -> List.of("h", "z", "r", "n");
            case RNN -> List.of("h", "a");
        };
    }

    @Override
    protected void mapsRebuilt(LayerTrace layer) {
        if (layer == null) {
            return;
        }
        // a different cell or size: back to the automatic choice, new toggles
        if (layer.cell() != builtFor || layer.hiddenSize() != builtUnits) {
            builtFor = layer.cell();
            builtUnits = layer.hiddenSize();
            chosen = null;
            buildToggles();
        }
    }

    private void buildToggles() {
        toggles.clear();
        for (HeatmapData d : maps().values()) {
            ToggleButton b = new ToggleButton(d.name());
            b.getStyleClass().add(TOGGLE_STYLE_CLASS);
            b.setId("show-" + d.name());
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip("Show or hide " + d.title()));
            b.selectedProperty().addListener((obs, o, n) -> {
                if (!updatingToggles) {
                    toggled(d.name(), n);
                }
            });
            toggles.add(b);
        }
        header().getChildren().setAll(toggles);
        syncToggles();
    }

    private void toggled(String name, boolean on) {
        Set<String> next = new LinkedHashSet<>(shownMaps());
        if (on) {
            next.add(name);
        } else {
            next.remove(name);
        }
        if (next.isEmpty()) {
            // always show at least one map
            next.add(name);
        }
        chosen = next;
        syncToggles();
        requestRedraw();
    }

    private void syncToggles() {
        List<String> shown = shownMaps();
        updatingToggles = true;
        try {
            for (ToggleButton b : toggles) {
                b.setSelected(shown.contains(b.getText()));
            }
        } finally {
            updatingToggles = false;
        }
    }

    @Override
    protected void layoutChildren() {
        if (chosen == null) {
            syncToggles();
        }
        super.layoutChildren();
    }

    @Override
    protected List<String> chooseShown(List<String> available, double gridW, double gridH, double font) {
        if (chosen != null) {
            return available.stream().filter(chosen::contains).toList();
        }
        HeatmapData any = maps().get(available.get(0));
        int fit = HeatmapGrid.fitting(available.size(), gridW, gridH, any.rows(), any.cols(), font);
        if (fit >= available.size()) {
            return available;
        }
        Set<String> keep = new LinkedHashSet<>(priority(builtFor).subList(0, fit));
        return available.stream().filter(keep::contains).toList();
    }

    /**
     * Shows exactly these maps (names from {@link #availableMaps()}), as if the user had set the toggles;
     * null returns to the automatic choice.
     */
    public void setShownMaps(List<String> names) {
        chosen = names == null ? null : new LinkedHashSet<>(names);
        syncToggles();
        requestRedraw();
    }

    // ---- words -------------------------------------------------------------------------------------

    @Override
    protected String heading(LayerTrace layer) {
        int layers = session.workspace().trace().layerCount();
        return layer.cell().name() + " activations" + (layers > 1 ? " · layer " + layer.index() : "");
    }

    @Override
    protected String caption(LayerTrace layer, List<String> shown) {
        String base = "rows: units 0–" + (layer.hiddenSize() - 1) + " · columns: steps t · click a cell to select it";
        int all = maps().size();
        return shown.size() < all ? shown.size() + " of " + all + " maps shown (toggle above) · " + base : base;
    }
}
