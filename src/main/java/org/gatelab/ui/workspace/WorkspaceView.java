package org.gatelab.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gatelab.engine.trace.Trace;
import org.gatelab.export.ExportSubject;
import org.gatelab.export.ViewOptions;
import org.gatelab.render.Sealed;
import org.gatelab.render.diagram.DiagramFormat;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.diagram.CellDiagramView;
import org.gatelab.ui.diagram.EquationView;
import org.gatelab.ui.diagram.UnrolledView;
import org.gatelab.ui.export.ExportActions;
import org.gatelab.ui.export.ExportMenu;
import org.gatelab.ui.heatmap.ActivationHeatmapView;
import org.gatelab.ui.heatmap.GradientHeatmapView;
import org.gatelab.ui.plots.ConnectivityView;
import org.gatelab.ui.plots.GradientFlowView;
import org.gatelab.ui.plots.WeightsView;
import org.gatelab.ui.presenter.ViewToggle;
import org.gatelab.viewmodel.export.ExportTarget;
import org.gatelab.viewmodel.workspace.UnrolledViewModel;
import org.gatelab.viewmodel.workspace.WeightsViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.ViewKind;

/**
 * The workspace window's content: the settings on the left, four view panels in the middle (cell diagram,
 * equations, heatmaps, gradients), the timeline and a status line at the bottom. Panels can be maximised
 * and detached; the keyboard drives the timeline (Space, Left, Right, Home, End). The window's keys also show and
 * hide the six views ({@link #toggleView}) and zoom ({@link #toggleZoom}); presenter mode hides the settings and
 * the status line ({@link #setPresenting}).
 */
public final class WorkspaceView extends BorderPane {
    private final WorkspaceViewModel workspace;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    private final CellDiagramView diagram;
    private final EquationView equations;
    private final ActivationHeatmapView heatmaps;
    private final GradientHeatmapView gradientHeatmap;
    private final GradientFlowView gradientFlow;
    private final ConnectivityView connectivity;
    private final UnrolledView unrolled;
    private final WeightsView weights;
    private final ControlPanel controls;
    private final ExportActions exports;
    private final TimelineBar timelineBar;
    private final Label status = new Label();
    private final StackPane center = new StackPane();
    private final ScrollPane controlScroll;
    private final HBox statusBar;
    private final Button showAll = new Button("Show _all views");
    /** The views the lesson or the user chose outside presenter mode; presenter mode's keys change them for a while. */
    private List<ViewKind> chosenViews = List.of();
    private boolean presenting;
    private PanelGrid grid;
    private PanelPlacement placement;

    /**
     * @param workspace the workspace's view model, which every view of the workspace shares
     * @param unrolled  the unrolled network's view model (on the same workspace)
     * @param weights   the W_hh view's model (on the same workspace)
     * @param exports   the export menus' actions
     */
    public WorkspaceView(WorkspaceViewModel workspace, UnrolledViewModel unrolled, WeightsViewModel weights,
                         ExportActions exports) {
        this.workspace = workspace;
        this.exports = exports;
        diagram = new CellDiagramView(workspace);
        equations = new EquationView(workspace);
        heatmaps = new ActivationHeatmapView(workspace);
        gradientHeatmap = new GradientHeatmapView(workspace);
        gradientFlow = new GradientFlowView(workspace);
        connectivity = new ConnectivityView(workspace);
        this.unrolled = new UnrolledView(unrolled);
        this.weights = new WeightsView(weights);
        controls = new ControlPanel(workspace);
        timelineBar = new TimelineBar(workspace);
        controlScroll = new ScrollPane(controls);
        statusBar = new HBox();
        createView();
        initListeners();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public WorkspaceViewModel viewModel() {
        return workspace;
    }

    public CellDiagramView diagram() {
        return diagram;
    }

    public EquationView equations() {
        return equations;
    }

    public ActivationHeatmapView heatmaps() {
        return heatmaps;
    }

    public GradientHeatmapView gradientHeatmap() {
        return gradientHeatmap;
    }

    public GradientFlowView gradientFlow() {
        return gradientFlow;
    }

    public ConnectivityView connectivity() {
        return connectivity;
    }

    private void createView() {
        TabPane cellTabs = tabs(tab(ViewKind.DIAGRAM, diagram), tab(ViewKind.UNROLLED, unrolled));
        ViewPanel cellPanel = panel(ViewKind.DIAGRAM.panel(), cellTabs);
        ViewPanel equationPanel = panel(ViewKind.EQUATIONS.panel(), equations);
        TabPane heatmapTabs = tabs(tab(ViewKind.ACTIVATIONS, heatmaps), tab(ViewKind.GRADIENT_HEATMAP, gradientHeatmap));
        ViewPanel heatmapPanel = panel(ViewKind.ACTIVATIONS.panel(), heatmapTabs);
        Tab weightsTab = tab(ViewKind.WHH, weights);
        TabPane gradientTabs = tabs(tab(ViewKind.GRADIENT_FLOW, gradientFlow), tab(ViewKind.CONNECTIVITY, connectivity),
                weightsTab);
        ViewPanel gradientPanel = panel(ViewKind.GRADIENT_FLOW.panel(), gradientTabs);
        weights.setShownWhen(weightsTab.selectedProperty());
        cellPanel.addHeaderTool(ExportMenu.create("diagram", exports, () -> ExportTarget.of(
                cellTabs.getSelectionModel().getSelectedIndex() == 0 ? ExportSubject.DIAGRAM : ExportSubject.UNROLLED)));
        equationPanel.addHeaderTool(ExportMenu.create("equations", exports,
                () -> ExportTarget.of(ExportSubject.EQUATIONS)));
        heatmapPanel.addHeaderTool(ExportMenu.create("heatmaps", exports,
                () -> heatmapTabs.getSelectionModel().getSelectedIndex() == 0 ? activationTarget() : gradientTarget()));
        gradientPanel.addHeaderTool(ExportMenu.create("gradients", exports,
                () -> switch (gradientTabs.getSelectionModel().getSelectedIndex()) {
                    case 0 -> flowTarget();
                    case 1 -> ExportTarget.of(ExportSubject.CONNECTIVITY);
                    default -> weightsTarget();
                }));
        grid = new PanelGrid(new PanelGrid.Slot(cellPanel, cellTabs), new PanelGrid.Slot(equationPanel, null),
                new PanelGrid.Slot(heatmapPanel, heatmapTabs), new PanelGrid.Slot(gradientPanel, gradientTabs));
        placement = new PanelPlacement(center, grid.workArea(), grid, theme, this::handleKey,
                () -> getScene() == null ? null : getScene().getWindow());

        controlScroll.setFitToWidth(true);
        controlScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controlScroll.getStyleClass().add("control-panel-scroll");
        controlScroll.setPrefWidth(290);
        controlScroll.setMinWidth(250);

        status.getStyleClass().add("status-text");
        status.setId("status");
        Label exportStatus = new Label();
        exportStatus.getStyleClass().add("status-text");
        exportStatus.setId("export-status");
        exportStatus.textProperty().bind(exports.model().statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        showAll.setId("show-all-views");
        showAll.getStyleClass().add("status-button");
        showAll.setTooltip(new Tooltip("Bring back the views the lesson or the keys 1 to 8 hid"));
        showAll.setOnAction(e -> showViews(List.of()));
        showAll.setMinWidth(Region.USE_PREF_SIZE);
        showAll.setVisible(false);
        showAll.setManaged(false);
        statusBar.getChildren().setAll(status, gap, exportStatus, showAll);
        statusBar.getStyleClass().add("status-bar");

        setLeft(controlScroll);
        setCenter(center);
        setBottom(new VBox(timelineBar, statusBar));
    }

    /** The activation heatmaps as shown: the maps the user chose, else those that fit the export. */
    private ExportTarget activationTarget() {
        return new ExportTarget(ExportSubject.ACTIVATIONS, ViewOptions.DEFAULT.withActivationMaps(heatmaps.chosenMaps()));
    }

    /** The gradient heatmap as shown: its block and colour scale. */
    private ExportTarget gradientTarget() {
        return new ExportTarget(ExportSubject.GRADIENT_HEATMAP,
                ViewOptions.DEFAULT.withGradientGate(gradientHeatmap.shownGate(), gradientHeatmap.logarithmic()));
    }

    /** The gradient-flow plot as shown: one cell or the overlay. */
    private ExportTarget flowTarget() {
        return new ExportTarget(ExportSubject.GRADIENT_FLOW, ViewOptions.DEFAULT.withOverlay(gradientFlow.overlay()));
    }

    /** The W_hh view as shown: its plotted block. */
    private ExportTarget weightsTarget() {
        return new ExportTarget(ExportSubject.WEIGHTS, ViewOptions.DEFAULT.withWeightsBlock(
                weights.shownBlock()));
    }

    private static Tab tab(ViewKind view, Node content) {
        Tab t = new Tab(view.tab(), content);
        t.setId("tab-" + view.id());
        return t;
    }

    /** What the export menus do. */
    public ExportActions exports() {
        return exports;
    }

    private static TabPane tabs(Tab... tabs) {
        TabPane pane = new TabPane(tabs);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the panel decides the width: a wider minimum (its tab headers') would lay the views out wider than
        // the panel on a narrow window and cut their right edge off
        pane.setMinSize(0, 0);
        return pane;
    }

    private ViewPanel panel(String title, Node content) {
        return new ViewPanel(title, content, p -> placement.toggleMaximize(p), p -> placement.detach(p));
    }

    private void initListeners() {
        workspace.resultProperty().addListener((obs, o, r) -> showStatus(r));
        workspace.problemProperty().addListener((obs, o, p) -> showStatus(workspace.result()));
        workspace.sealedProperty().addListener((obs, o, s) -> showStatus(workspace.result()));
        showStatus(workspace.result());
    }

    /**
     * Space, Left, Right, Home and End drive the timeline and Ctrl+Z undoes a change of the settings, except while
     * typing in a field (where Ctrl+Z undoes the typing) and where the focused control uses the key itself
     * ({@link TimelineKeys}: Space presses a focused button, the arrows move a focused slider). The window calls
     * this from its key filter while the workspace is shown.
     */
    private static final javafx.scene.input.KeyCombination UNDO = javafx.scene.input.KeyCombination.keyCombination(
            "Shortcut+Z");

    public void handleKey(KeyEvent e) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (TimelineKeys.typing(focus)) {
            return;
        }
        if (UNDO.match(e)) {
            workspace.undo();
            e.consume();
            return;
        }
        KeyCode code = e.getCode();
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || TimelineKeys.focusedControlUses(focus, code)) {
            if (TimelineKeys.openCombo(focus, code)) {
                e.consume();
            }
            return;
        }
        switch (code) {
            case SPACE -> workspace.timeline().togglePlay();
            case LEFT -> workspace.timeline().stepBack();
            case RIGHT -> workspace.timeline().stepForward();
            case HOME -> workspace.timeline().toStart();
            case END -> workspace.timeline().toEnd();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showStatus(WorkspaceResult r) {
        String problem = workspace.problemProperty().get();
        if (problem != null && !problem.isEmpty()) {
            status.setText("⚠ " + problem);
            return;
        }
        if (r == null) {
            status.setText("computing…");
            return;
        }
        Trace t = r.trace();
        // a lesson's prediction of the output or the loss seals it here too
        Sealed sealed = workspace.sealed();
        String prediction = t.outputSize() != 1 ? "" : sealed.output() ? " · prediction " + Sealed.MARK
                : " · prediction " + DiagramFormat.value(t.output(t.length() - 1, 0, 0));
        String loss = !t.hasGradients() ? "" : sealed.loss() ? " · loss " + Sealed.MARK + " (" + t.lossKind().id() + ")"
                : String.format(Locale.ROOT, " · loss %.4g (%s)", t.loss(), t.lossKind().id());
        boolean hidden = t.outputSize() == 1 && sealed.output() || t.hasGradients() && sealed.loss();
        status.setTooltip(hidden ? new javafx.scene.control.Tooltip(Sealed.MARK + ": " + Sealed.HOVER) : null);
        status.setText(String.format(Locale.ROOT, "%s · %d unit%s · %d %slayer%s · T = %d · %s%s",
                t.cell(), t.hiddenSize(), t.hiddenSize() == 1 ? "" : "s", t.layerCount(),
                t.bidirectional() ? "bidirectional " : "", t.layerCount() == 1 ? "" : "s", t.length(),
                r.description(), prediction + loss));
    }

    // ---- the shown views, zoom, presenter mode ---------------------------------------------------------

    /**
     * Shows only the panels with one of these views and selects their tabs (a lesson step's {@code views});
     * an empty list shows every panel. A maximised panel is restored first.
     */
    public void showViews(List<ViewKind> views) {
        chosenViews = views == null ? List.of() : List.copyOf(views);
        placement.restore();
        grid.show(chosenViews);
        showAll.setVisible(!chosenViews.isEmpty());
        showAll.setManaged(!chosenViews.isEmpty());
    }

    /** True when the view is on screen: its panel laid out and, in a tabbed panel, its tab selected. */
    public boolean viewShown(ViewKind view) {
        return placement.maximized() == null && grid.isShown(view);
    }

    /** The views on screen in the grid (whether or not one is zoomed), in the digits' order. */
    public List<ViewKind> shownViews() {
        List<ViewKind> out = new ArrayList<>();
        for (ViewKind v : ViewKind.values()) {
            if (grid.isShown(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Shows {@code view} if it is hidden, hides it if it is shown (the keys 1 to 8; see {@link ViewToggle}). In
     * presenter mode the change lasts until presenter mode ends.
     */
    public void toggleView(ViewKind view) {
        List<ViewKind> next = ViewToggle.toggle(shownViews(), view);
        if (presenting) {
            placement.restore();
            grid.show(next);
        } else {
            showViews(next);
        }
    }

    /** Zooms (maximises) the panel of the first shown view, or puts a zoomed panel back (the Z key). */
    public void toggleZoom() {
        if (placement.maximized() != null) {
            placement.restore();
            return;
        }
        List<ViewKind> shown = shownViews();
        ViewPanel panel = shown.isEmpty() ? null : grid.panelOf(shown.get(0));
        if (panel != null) {
            placement.toggleMaximize(panel);
        }
    }

    /** The zoomed (maximised) panel's title, or null when none is. */
    public String zoomedTitle() {
        return placement.maximized() == null ? null : placement.maximized().title();
    }

    /**
     * Presenter mode hides the settings on the left and the status line; the timeline stays. Leaving it brings back
     * the views shown before (the keys may have hidden some, or zoomed one, for the class).
     */
    public void setPresenting(boolean presenting) {
        if (this.presenting && !presenting) {
            placement.restore();
            grid.show(chosenViews);
        }
        this.presenting = presenting;
        controlScroll.setVisible(!presenting);
        controlScroll.setManaged(!presenting);
        statusBar.setVisible(!presenting);
        statusBar.setManaged(!presenting);
        timelineBar.setSpeedShown(!presenting);
        grid.setSideBySide(presenting);
    }

    /** True when the settings on the left are shown (not in presenter mode). */
    public boolean controlsShown() {
        return controlScroll.isVisible();
    }
}
