package org.gatelab.ui.workspace;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.ui.diagram.CellDiagramView;
import org.gatelab.ui.diagram.EquationView;
import org.gatelab.ui.diagram.UnrolledView;
import org.gatelab.ui.heatmap.ActivationHeatmapView;
import org.gatelab.ui.heatmap.GradientHeatmapView;
import org.gatelab.ui.plots.ConnectivityView;
import org.gatelab.ui.plots.GradientFlowView;
import org.gatelab.ui.plots.WeightsView;
import org.gatelab.ui.testing.Nodes;
import org.gatelab.vocabulary.ViewKind;

/**
 * The {@link WorkspaceView} as a test reads it: its views, found in its scene graph, and which of them are on show.
 * Make it while every panel is in the workspace (a view whose panel a lesson or a key hid is out of the scene graph
 * then); it keeps the views it found.
 */
public final class WorkspacePage {
    private final WorkspaceView view;
    private final CellDiagramView diagram;
    private final EquationView equations;
    private final ActivationHeatmapView heatmaps;
    private final GradientHeatmapView gradientHeatmap;
    private final GradientFlowView gradientFlow;
    private final ConnectivityView connectivity;
    private final UnrolledView unrolled;
    private final WeightsView weights;

    public WorkspacePage(WorkspaceView view) {
        this.view = view;
        diagram = one(CellDiagramView.class);
        equations = one(EquationView.class);
        heatmaps = one(ActivationHeatmapView.class);
        gradientHeatmap = one(GradientHeatmapView.class);
        gradientFlow = one(GradientFlowView.class);
        connectivity = one(ConnectivityView.class);
        unrolled = one(UnrolledView.class);
        weights = one(WeightsView.class);
    }

    private <T extends Node> T one(Class<T> type) {
        var found = Nodes.byType(view, type);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " views of " + type.getSimpleName() + " in the workspace (make the"
                    + " page while every panel is shown)");
        }
        return found.get(0);
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

    public UnrolledView unrolled() {
        return unrolled;
    }

    public WeightsView weights() {
        return weights;
    }

    /** The node of {@code kind}. */
    public Node viewOf(ViewKind kind) {
        return switch (kind) {
            case DIAGRAM -> diagram();
            case EQUATIONS -> equations();
            case ACTIVATIONS -> heatmaps();
            case GRADIENT_HEATMAP -> gradientHeatmap();
            case GRADIENT_FLOW -> gradientFlow();
            case CONNECTIVITY -> connectivity();
            case UNROLLED -> unrolled();
            case WHH -> weights();
        };
    }

    /** The canvas {@code kind} draws on (the view itself, or the plot under its controls). */
    public CanvasView canvasOf(ViewKind kind) {
        Node n = viewOf(kind);
        return n instanceof CanvasView c ? c : Nodes.byType(n, CanvasView.class).get(0);
    }

    /**
     * True when the view is on screen in the workspace's grid: its panel laid out (not maximised elsewhere or
     * detached) and, in a tabbed panel, its tab selected.
     */
    public boolean viewShown(ViewKind kind) {
        return view.zoomedTitle() == null && view.shownViews().contains(kind);
    }

    /** True when the view is in a window and visible, with every parent visible (shown, maximised or detached). */
    public boolean onScreen(ViewKind kind) {
        Node n = viewOf(kind);
        if (n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        Tab tab = tabOf(kind);
        return tab == null || tab.isSelected();
    }

    private Tab tabOf(ViewKind kind) {
        for (TabPane pane : Nodes.byType(view, TabPane.class)) {
            for (Tab t : pane.getTabs()) {
                if (("tab-" + kind.id()).equals(t.getId())) {
                    return t;
                }
            }
        }
        return null;
    }

    /** True when the settings on the left are shown (not in presenter mode). */
    public boolean controlsShown() {
        return view.controlsShown();
    }
}
