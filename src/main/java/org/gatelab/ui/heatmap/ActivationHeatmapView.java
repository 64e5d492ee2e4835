package org.gatelab.ui.heatmap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.figures.ActivationMaps;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.heatmap.HeatmapLayout;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;

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
    /** Colour range of the RNN's pre-activation a (see {@link ActivationMaps#PRE_ACTIVATION_RANGE}). */
    static final double PRE_ACTIVATION_RANGE = ActivationMaps.PRE_ACTIVATION_RANGE;

    private final List<ToggleButton> toggles = new ArrayList<>();
    /** The user's choice, or null while the view chooses by itself. */
    private Set<String> chosen;
    private CellKind builtFor;
    private int builtUnits = -1;
    private boolean updatingToggles;

    public ActivationHeatmapView(WorkspaceViewModel workspace) {
        super(workspace);
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
        return ActivationMaps.build(layer, workspace.sealed());
    }

    @Override
    protected Map<String, Set<HeatmapLayout.Cell>> sealedCells(LayerTrace layer) {
        return layer == null ? Map.of() : ActivationMaps.sealedCells(layer, workspace.sealed());
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
            String help = "Show or hide " + d.title();
            b.setTooltip(new Tooltip(help));
            // named here, not by the window's walk, which only reaches toggles built before the last tab switch
            b.setAccessibleText(d.title() + " map");
            b.setAccessibleHelp(help);
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
        return ActivationMaps.automatic(builtFor, available, any.rows(), any.cols(), gridW, gridH, font);
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

    /** The maps the user chose with the toggles, in display order, or null while the view chooses by itself. */
    public List<String> chosenMaps() {
        return chosen == null ? null : maps().keySet().stream().filter(chosen::contains).toList();
    }

    // ---- words -------------------------------------------------------------------------------------

    @Override
    protected String heading(LayerTrace layer) {
        return ActivationMaps.heading(workspace.trace(), layer);
    }

    @Override
    protected String caption(LayerTrace layer, List<String> shown) {
        return ActivationMaps.caption(layer, shown.size(), maps().size());
    }
}
