package org.gatelab.ui.plots;

import org.gatelab.render.Surface;
import org.gatelab.render.figures.GradientFlowFigure;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.PlotLayout;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The canvas of {@link GradientFlowView}: ||dL/dh_t|| against t on a log axis, with the step Jacobian's norm
 * dashed, or (in overlay mode) ||dL/dh_t|| of the RNN, the LSTM and the GRU on the same input. The plot is
 * built from the trace when the trace, the layer, the mode or the palette changes, and painted with the
 * current step's marker.
 */
final class GradientFlowPlot extends CanvasView {
    private final WorkspaceViewModel workspace;
    private final GradientFlowFigure figure = new GradientFlowFigure();
    private boolean overlay;
    private GradientFlowFigure.Built built;
    private PlotLayout layout;

    GradientFlowPlot(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        getStyleClass().add("gradient-flow-plot");
    }

    void initListeners() {
        workspace.resultProperty().addListener((obs, o, n) -> invalidate());
        workspace.selection().layerProperty().addListener((obs, o, n) -> invalidate());
        workspace.selection().directionProperty().addListener((obs, o, n) -> invalidate());
        workspace.timeline().stepProperty().addListener((obs, o, n) -> requestRedraw());
        workspace.sealedProperty().addListener((obs, o, n) -> invalidate());
        paletteProperty().addListener((obs, o, n) -> invalidate());
    }

    boolean overlay() {
        return overlay;
    }

    void setOverlay(boolean on) {
        if (on != overlay) {
            overlay = on;
            invalidate();
        }
    }

    private void invalidate() {
        built = null;
        requestRedraw();
    }

    private GradientFlowFigure.Built built() {
        if (built == null) {
            WorkspaceResult r = workspace.result();
            built = GradientFlowFigure.build(workspace.trace(), workspace.comparison(),
                    workspace.selection().layer(), workspace.selection().direction(), overlay, r == null ? null : r.inspected(), palette(),
                    workspace.sealed());
        }
        return built;
    }

    /** The plot for the current trace, layer, mode and palette (without the marker). */
    LinePlot plot() {
        return built().plot();
    }

    String heading() {
        return built().heading();
    }

    String caption() {
        return built().caption();
    }

    /** Shown instead of the plot when there is nothing to draw (no trace, no gradients); else empty. */
    String message() {
        return built().message();
    }

    /** Where the frame went in the last paint (null before the first). */
    PlotLayout plotLayout() {
        return layout;
    }

    /** The step the marker stands on: the timeline's step, or NaN when there is no plot. */
    double markerStep() {
        return built().markerStep(workspace.timeline().step());
    }

    @Override
    protected void paint(Surface s) {
        layout = figure.paint(s, palette(), built(), markerStep());
    }
}
