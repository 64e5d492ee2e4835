package org.gatelab.ui.plots;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Dimension2D;
import org.gatelab.render.Surface;
import org.gatelab.render.figures.ConnectivityFigure;
import org.gatelab.render.plot.PlotLayout;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.Gate;

/**
 * Two figures about what the network uses. Top: connectivity, ||dL/dx_t|| of the network's input at every
 * step on a log axis, "how much the prediction depends on each input" (Madsen, "Visualizing memorization in
 * RNNs", Distill 2019). Bottom: gate saturation of the selected layer, the fraction of all steps and units
 * at which each sigmoid gate is nearly closed (&lt; 0.1) or nearly open (&gt; 0.9), as a bar stacked from both
 * ends (Karpathy, Johnson and Fei-Fei 2015). The vanilla RNN has no gates: it says so in words.
 *
 * <p>Query API for tests: {@link #shownCurve}, {@link #seriesNames()}, {@link #markerStep()},
 * {@link #shownSaturation}, {@link #saturationNote()}.
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
        workspace.timeline().stepProperty().addListener((obs, o, n) -> requestRedraw());
        paletteProperty().addListener((obs, o, n) -> invalidate());
    }

    private void invalidate() {
        built = null;
        requestRedraw();
    }

    private void ensureBuilt() {
        if (built == null) {
            built = ConnectivityFigure.build(workspace.trace(), workspace.selection().layer(), palette());
        }
    }

    /** The smallest area that holds both plots (connectivity over gate saturation) with their captions. */
    @Override
    protected Dimension2D minimumDrawingSize() {
        return new Dimension2D(420, 300);
    }

    @Override
    protected void paint(Surface s) {
        ensureBuilt();
        layout = figure.paint(s, palette(), built, markerStep());
    }

    // ---- query API (read-only, for tests) ----------------------------------------------------------

    /**
     * The y values the connectivity plot draws ({@link #INPUT_GRADIENT}), copied from the trace.
     *
     * @throws IllegalArgumentException if there is no series of that name
     */
    public double[] shownCurve(String seriesName) {
        ensureBuilt();
        for (PlotSeries s : built.plot().series()) {
            if (s.name().equals(seriesName)) {
                return s.y();
            }
        }
        throw new IllegalArgumentException("no series \"" + seriesName + "\" (have " + seriesNames() + ")");
    }

    /** The names of the series shown. */
    public List<String> seriesNames() {
        ensureBuilt();
        List<String> names = new ArrayList<>();
        for (PlotSeries s : built.plot().series()) {
            names.add(s.name());
        }
        return names;
    }

    /** The timestep the marker stands on, or NaN when nothing is plotted. */
    public double markerStep() {
        ensureBuilt();
        return built.markerStep(workspace.timeline().step());
    }

    /** The gates whose saturation is shown, top to bottom (empty for the RNN). */
    public List<Gate> shownGates() {
        ensureBuilt();
        return List.copyOf(built.saturation().keySet());
    }

    /**
     * {left, right}: the fractions the bar of {@code g} shows as nearly closed and nearly open.
     *
     * @throws IllegalArgumentException if no bar is shown for the gate (e.g. the RNN, or a tanh block)
     */
    public double[] shownSaturation(Gate g) {
        ensureBuilt();
        double[] v = built.saturation().get(g);
        if (v == null) {
            throw new IllegalArgumentException("no saturation bar for " + g + " (have " + built.saturation().keySet() + ")");
        }
        return v.clone();
    }

    /** The sentence under the saturation heading (for the RNN: why there are no bars). */
    public String saturationNote() {
        ensureBuilt();
        return built.barNote();
    }

    /** Where the connectivity plot's frame went in the last paint (null before it or without a plot). */
    public PlotLayout plotLayout() {
        return layout;
    }
}
