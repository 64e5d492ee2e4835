package org.gatelab.ui.heatmap;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.figures.GradientMaps;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;

/**
 * Where the gradient goes: dL/d(pre-activation) of one weight block of the selected layer, per unit and
 * timestep, on the diverging map over ±max|dL/d pre| of the run, so a student sees at which steps and units
 * each gate still carries the loss's gradient back and where it has faded. Toggles in the header pick the
 * block (LSTM i, f, g, o; GRU r, z, n; RNN a); a lesson's highlighted gate picks it too.
 */
public final class GradientHeatmapView extends HeatmapStackView {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "gradient-heatmap-view";
    /** Style class of each block's toggle. */
    public static final String TOGGLE_STYLE_CLASS = "heatmap-block-toggle";
    /** Style class of the linear/logarithmic scale toggle. */
    public static final String SCALE_TOGGLE_STYLE_CLASS = "heatmap-scale-toggle";
    /** Decades a logarithmic colour scale spans below the run's largest |gradient|. */
    public static final double LOG_DECADES = GradientMaps.LOG_DECADES;

    private final ReadOnlyObjectWrapper<Gate> gate = new ReadOnlyObjectWrapper<>(this, "gate");
    private final ToggleGroup group = new ToggleGroup();
    private final ToggleButton logScale = new ToggleButton("log");
    private CellKind builtFor;
    private boolean updatingToggles;

    public GradientHeatmapView(WorkspaceViewModel workspace) {
        super(workspace);
        createView();
        initListeners();
    }

    @Override
    protected void createView() {
        super.createView();
        getStyleClass().add(STYLE_CLASS);
        logScale.getStyleClass().add(SCALE_TOGGLE_STYLE_CLASS);
        logScale.setId("grad-log");
        logScale.setTooltip(new Tooltip("Logarithmic colour scale: shows gradients " + (int) LOG_DECADES
                + " orders of magnitude smaller than the largest, so you can watch them fade step by step"));
    }

    @Override
    protected void initListeners() {
        group.selectedToggleProperty().addListener((obs, o, n) -> {
            if (updatingToggles) {
                return;
            }
            if (n == null) {
                // a toggle group lets the user deselect: keep the block shown
                syncToggles();
            } else {
                selectGate((Gate) n.getUserData());
            }
        });
        logScale.selectedProperty().addListener((obs, o, n) -> rebuild());
        workspace.selection().highlightedGateProperty().addListener((obs, o, n) -> {
            LayerTrace layer = layer();
            if (n != null && layer != null && layer.cell().blockIndex(n) >= 0) {
                selectGate(n);
            }
        });
        super.initListeners();
    }

    /** The block whose gradient is shown. */
    public ReadOnlyObjectProperty<Gate> gateProperty() {
        return gate.getReadOnlyProperty();
    }

    public Gate shownGate() {
        return gate.get();
    }

    /** True when the colours use the logarithmic scale. */
    public boolean logarithmic() {
        return logScale.isSelected();
    }

    /** Switches between the linear colour scale (±max of the run) and the logarithmic one. */
    public void setLogarithmic(boolean on) {
        logScale.setSelected(on);
    }

    /** Shows the gradient of {@code g}'s pre-activation (ignored if the current cell has no such block). */
    public void selectGate(Gate g) {
        LayerTrace layer = layer();
        if (g == null || layer == null || layer.cell().blockIndex(g) < 0 || g == gate.get()) {
            syncToggles();
            return;
        }
        gate.set(g);
        syncToggles();
        rebuild();
    }

    @Override
    protected List<HeatmapData> buildMaps(LayerTrace layer) {
        if (gate.get() == null || layer.cell().blockIndex(gate.get()) < 0) {
            gate.set(GradientMaps.defaultGate(layer.cell()));
        }
        return GradientMaps.build(layer, gate.get(), logScale.isSelected());
    }

    @Override
    protected void mapsRebuilt(LayerTrace layer) {
        if (layer != null && layer.cell() != builtFor) {
            builtFor = layer.cell();
            List<ToggleButton> toggles = new ArrayList<>();
            updatingToggles = true;
            try {
                group.getToggles().clear();
                for (Gate g : layer.cell().blocks()) {
                    ToggleButton b = new ToggleButton(g.symbol());
                    b.getStyleClass().add(TOGGLE_STYLE_CLASS);
                    b.setId("grad-" + g.symbol());
                    b.setUserData(g);
                    String help = "Gradient of the loss with respect to the " + g.title() + "'s pre-activation";
                    b.setTooltip(new Tooltip(help));
                    // named here, not by the window's walk, which only reaches toggles built before the last switch
                    b.setAccessibleText("gradient of the " + g.title());
                    b.setAccessibleHelp(help);
                    b.setToggleGroup(group);
                    toggles.add(b);
                }
            } finally {
                updatingToggles = false;
            }
            Separator gap = new Separator(Orientation.VERTICAL);
            header().getChildren().setAll(toggles);
            header().getChildren().addAll(gap, logScale);
        }
        syncToggles();
    }

    private void syncToggles() {
        updatingToggles = true;
        try {
            for (var t : group.getToggles()) {
                t.setSelected(t.getUserData() == gate.get());
            }
        } finally {
            updatingToggles = false;
        }
    }

    @Override
    protected List<String> chooseShown(List<String> available, double gridW, double gridH, double font) {
        return available;
    }

    @Override
    protected String tooltipName(HeatmapData map) {
        return "dL/d pre-" + map.name();
    }

    @Override
    protected String emptyMessage() {
        LayerTrace layer = layer();
        return layer != null && !layer.hasGradients() ? GradientMaps.NO_GRADIENTS : "computing…";
    }

    @Override
    protected String heading(LayerTrace layer) {
        return GradientMaps.heading(workspace.trace(), layer);
    }

    @Override
    protected String caption(LayerTrace layer, List<String> shown) {
        return GradientMaps.caption(gate.get());
    }
}
