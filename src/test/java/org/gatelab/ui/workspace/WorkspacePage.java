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

/** The {@link WorkspaceView} as a test reads it: its views, found in its scene graph, and which of them are on show. */
public final class WorkspacePage {
    private final WorkspaceView view;

    public WorkspacePage(WorkspaceView view) {
        this.view = view;
    }

    public CellDiagramView diagram() {
        return Nodes.byType(view, CellDiagramView.class).get(0);
    }

    public EquationView equations() {
        return Nodes.byType(view, EquationView.class).get(0);
    }

    public ActivationHeatmapView heatmaps() {
        return Nodes.byType(view, ActivationHeatmapView.class).get(0);
    }

    public GradientHeatmapView gradientHeatmap() {
        return Nodes.byType(view, GradientHeatmapView.class).get(0);
    }

    public GradientFlowView gradientFlow() {
        return Nodes.byType(view, GradientFlowView.class).get(0);
    }

    public ConnectivityView connectivity() {
        return Nodes.byType(view, ConnectivityView.class).get(0);
    }

    public UnrolledView unrolled() {
        return Nodes.byType(view, UnrolledView.class).get(0);
    }

    public WeightsView weights() {
        return Nodes.byType(view, WeightsView.class).get(0);
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
