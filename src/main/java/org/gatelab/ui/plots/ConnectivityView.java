package org.gatelab.ui.plots;

import org.gatelab.render.Surface;
import org.gatelab.render.figures.ConnectivityFigure;
import org.gatelab.render.plot.PlotLayout;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * Two figures about what the network uses. Top: connectivity, ||dL/dx_t|| of the network's input at every
 * step on a log axis, "how much the prediction depends on each input" (Madsen, "Visualizing memorization in
 * RNNs", Distill 2019). Bottom: gate saturation of the selected layer, the fraction of all steps and units
 * at which each sigmoid gate is nearly closed (&lt; 0.1) or nearly open (&gt; 0.9), as a bar stacked from both
 * ends (Karpathy, Johnson and Fei-Fei 2015). The vanilla RNN has no gates: it says so in words.
 *
 * <p>Tests read what it shows through a page object ({@code ConnectivityPage}, under src/test).
 */
public final class ConnectivityView extends CanvasView {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "connectivity-view";
    /** Series name of ||dL/dx_t||. */
    public static final String INPUT_GRADIENT = ConnectivityFigure.INPUT_GRADIENT;
    /** Below this a gate counts as nearly closed. */
    public static final double LOW = ConnectivityFigure.LOW;
    /** Above this a gate counts as nearly open. */
    public static final double HIGH = ConnectivityFigure.HIGH;
    /** What the saturation figure says for the vanilla RNN. */
    public static final String NO_GATES = ConnectivityFigure.NO_GATES;

    private final WorkspaceViewModel workspace;
    private final ConnectivityFigure figure = new ConnectivityFigure();
    private ConnectivityFigure.Built built;
    private PlotLayout layout;

    public ConnectivityView(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setMinSize(0, 0);
    }

    private void initListeners() {
        workspace.resultProperty().addListener((obs, o, n) -> invalidate());
        workspace.selection().layerProperty().addListener((obs, o, n) -> invalidate());
        workspace.selection().directionProperty().addListener((obs, o, n) -> invalidate());
        workspace.timeline().stepProperty().addListener((obs, o, n) -> requestRedraw());
        paletteProperty().addListener((obs, o, n) -> invalidate());
    }

    private void invalidate() {
        built = null;
        requestRedraw();
    }

    void ensureBuilt() {
        if (built == null) {
            built = ConnectivityFigure.build(workspace.trace(), workspace.selection().layer(),
                    workspace.selection().direction(), palette());
        }
    }


    @Override
    protected void paint(Surface s) {
        ensureBuilt();
        layout = figure.paint(s, palette(), built, markerStep());
    }

    /** The timestep the marker stands on, or NaN when nothing is plotted. */
    double markerStep() {
        ensureBuilt();
        return built.markerStep(workspace.timeline().step());
    }

    /** What the view shows, for the tests' page object. */
    ConnectivityFigure.Built built() {
        return built;
    }

    /** What the view shows, for the tests' page object. */
    PlotLayout shownLayout() {
        return layout;
    }
}
