package org.gatelab.ui;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.gatelab.engine.trace.Trace;
import org.gatelab.ui.diagram.CellDiagramView;
import org.gatelab.ui.equations.EquationView;
import org.gatelab.ui.heatmap.ActivationHeatmapView;
import org.gatelab.ui.heatmap.GradientHeatmapView;
import org.gatelab.ui.panel.ViewPanel;
import org.gatelab.ui.plots.ConnectivityView;
import org.gatelab.ui.plots.GradientFlowView;
import org.gatelab.ui.theme.Theme;
import org.gatelab.ui.timeline.TimelineBar;
import org.gatelab.ui.workspace.ControlPanel;
import org.gatelab.viewmodel.Session;
import org.gatelab.viewmodel.WorkspaceResult;

/**
 * The workspace window's content: the settings on the left, four view panels in the middle (cell diagram,
 * equations, heatmaps, gradients), the timeline and a status line at the bottom. Panels can be maximised
 * and detached; the keyboard drives the timeline (Space, Left, Right, Home, End).
 */
public final class MainView extends BorderPane {
    private final Session session;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    private final CellDiagramView diagram;
    private final EquationView equations;
    private final ActivationHeatmapView heatmaps;
    private final GradientHeatmapView gradientHeatmap;
    private final GradientFlowView gradientFlow;
    private final ConnectivityView connectivity;
    private final ControlPanel controls;
    private final TimelineBar timelineBar;
    private final Label status = new Label();
    private final StackPane center = new StackPane();
    private SplitPane workArea;
    private ViewPanel maximized;

    public MainView(Session session) {
        this.session = session;
        diagram = new CellDiagramView(session);
        equations = new EquationView(session);
        heatmaps = new ActivationHeatmapView(session);
        gradientHeatmap = new GradientHeatmapView(session);
        gradientFlow = new GradientFlowView(session);
        connectivity = new ConnectivityView(session);
        controls = new ControlPanel(session);
        timelineBar = new TimelineBar(session);
        createView();
        initListeners();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Session session() {
        return session;
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
        ViewPanel diagramPanel = panel("Cell diagram", diagram);
        ViewPanel equationPanel = panel("Equations with numbers", equations);
        ViewPanel heatmapPanel = panel("Over time", tabs(
                new Tab("Gate activations", heatmaps), new Tab("Gradients per gate", gradientHeatmap)));
        ViewPanel gradientPanel = panel("Gradient flow", tabs(
                new Tab("Vanishing gradient", gradientFlow), new Tab("Connectivity and saturation", connectivity)));
        SplitPane left = new SplitPane(diagramPanel, equationPanel);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.6);
        SplitPane right = new SplitPane(heatmapPanel, gradientPanel);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        workArea = new SplitPane(left, right);
        workArea.setDividerPositions(0.5);
        center.getChildren().setAll(workArea);

        ScrollPane controlScroll = new ScrollPane(controls);
        controlScroll.setFitToWidth(true);
        controlScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controlScroll.getStyleClass().add("control-panel-scroll");
        controlScroll.setPrefWidth(290);
        controlScroll.setMinWidth(250);

        status.getStyleClass().add("status-text");
        status.setId("status");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");

        setLeft(controlScroll);
        setCenter(center);
        setBottom(new VBox(timelineBar, statusBar));
    }

    private static TabPane tabs(Tab... tabs) {
        TabPane pane = new TabPane(tabs);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }

    private ViewPanel panel(String title, Node content) {
        return new ViewPanel(title, content, this::toggleMaximize, this::detach);
    }

    private void initListeners() {
        session.workspace().resultProperty().addListener((obs, o, r) -> showStatus(r));
        session.workspace().problemProperty().addListener((obs, o, p) -> showStatus(session.workspace().result()));
        showStatus(session.workspace().result());
    }

    /**
     * Space, Left, Right, Home and End drive the timeline, except while typing in a field. The window calls
     * this from its key filter while the workspace is shown.
     */
    public void handleKey(KeyEvent e) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case SPACE -> session.timeline().togglePlay();
            case LEFT -> session.timeline().stepBack();
            case RIGHT -> session.timeline().stepForward();
            case HOME -> session.timeline().toStart();
            case END -> session.timeline().toEnd();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showStatus(WorkspaceResult r) {
        String problem = session.workspace().problemProperty().get();
        if (problem != null && !problem.isEmpty()) {
            status.setText("⚠ " + problem);
            return;
        }
        if (r == null) {
            status.setText("computing…");
            return;
        }
        Trace t = r.trace();
        String loss = t.hasGradients() ? String.format(Locale.ROOT, " · loss %.4g (%s)", t.loss(), t.lossKind().id()) : "";
        status.setText(String.format(Locale.ROOT, "%s · %d unit%s · %d layer%s · T = %d · %s%s",
                t.cell(), t.hiddenSize(), t.hiddenSize() == 1 ? "" : "s", t.layerCount(),
                t.layerCount() == 1 ? "" : "s", t.length(), r.description(), loss));
    }

    // ---- maximise and detach ---------------------------------------------------------------------------

    private record Slot(SplitPane parent, int index) {
    }

    private Slot slotOf(ViewPanel panel) {
        Parent p = panel.getParent();
        while (p != null && !(p instanceof SplitPane)) {
            p = p.getParent();
        }
        if (p instanceof SplitPane split) {
            return new Slot(split, split.getItems().indexOf(panel));
        }
        return null;
    }

    private Slot maximizedSlot;

    private void toggleMaximize(ViewPanel panel) {
        if (maximized == panel) {
            center.getChildren().setAll(workArea);
            maximizedSlot.parent().getItems().set(maximizedSlot.index(), panel);
            maximized = null;
            return;
        }
        Slot slot = slotOf(panel);
        if (slot == null || slot.index() < 0) {
            return;
        }
        maximizedSlot = slot;
        // keep the split's item count, so the other panels keep their places
        slot.parent().getItems().set(slot.index(), new Region());
        maximized = panel;
        center.getChildren().setAll(panel);
    }

    private void detach(ViewPanel panel) {
        if (maximized == panel) {
            toggleMaximize(panel);
        }
        Slot slot = slotOf(panel);
        if (slot == null || slot.index() < 0) {
            return;
        }
        Label placeholder = new Label(panel.title() + " is open in its own window. Close that window to bring it back.");
        placeholder.getStyleClass().add("hint-label");
        StackPane holder = new StackPane(placeholder);
        slot.parent().getItems().set(slot.index(), holder);
        panel.setDetached(true);
        Stage stage = new Stage();
        stage.setTitle("GateLab · " + panel.title());
        Scene scene = new Scene(panel, 900, 600);
        theme.get().applyTo(scene);
        javafx.beans.value.ChangeListener<Theme> follow = (obs, o, t) -> t.applyTo(scene);
        theme.addListener(follow);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
        stage.setOnHidden(e -> {
            theme.removeListener(follow);
            scene.setRoot(new Region());
            panel.setDetached(false);
            slot.parent().getItems().set(slot.index(), panel);
        });
        if (getScene() != null && getScene().getWindow() != null) {
            stage.initOwner(getScene().getWindow());
        }
        stage.show();
    }
}
