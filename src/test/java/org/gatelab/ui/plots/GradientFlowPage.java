package org.gatelab.ui.plots;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.PlotLayout;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.ui.testing.Nodes;

/** The {@link GradientFlowView} as a test reads it: what it draws and shows, read from the view's parts. */
public final class GradientFlowPage {
    private final GradientFlowView view;

    public GradientFlowPage(GradientFlowView view) {
        this.view = view;
    }

    /**
     * The y values the plot draws for a series ({@link GradientFlowView#GRADIENT}, {@link GradientFlowView#JACOBIAN}; in overlay mode
     * {@code "RNN"}, {@code "LSTM"}, {@code "GRU"}), copied from the trace.
     *
     * @throws IllegalArgumentException if the plot has no series of that name
     */
    public double[] shownCurve(String seriesName) {
        for (PlotSeries s : view.plot().plot().series()) {
            if (s.name().equals(seriesName)) {
                return s.y();
            }
        }
        throw new IllegalArgumentException("no series \"" + seriesName + "\" (have " + seriesNames() + ")");
    }

    /** The names of the series shown, in drawing order. */
    public List<String> seriesNames() {
        List<String> names = new ArrayList<>();
        for (PlotSeries s : view.plot().plot().series()) {
            names.add(s.name());
        }
        return names;
    }

    /** The legend's labels, in order. */
    public List<String> legendLabels() {
        List<String> labels = new ArrayList<>();
        for (PlotSeries s : view.plot().plot().series()) {
            labels.add(s.label());
        }
        return labels;
    }

    /** The timestep the marker stands on: the timeline's step, or NaN when nothing is plotted. */
    public double markerStep() {
        return view.plot().markerStep();
    }

    /** The bold heading above the plot. */
    public String heading() {
        return view.plot().heading();
    }

    /** The caption that says how to read the plot. */
    public String caption() {
        return view.plot().caption();
    }

    /** The whole plot as last built (axes, series, references), without the marker. */
    public LinePlot shownPlot() {
        return view.plot().plot();
    }

    /** Where the plot's frame went in the last paint; null before the first paint or without a plot. */
    public PlotLayout plotLayout() {
        return view.plot().plotLayout();
    }

    /** The plot's canvas (snapshots). */
    public CanvasView plotView() {
        return Nodes.byType(view, GradientFlowPlot.class).get(0);
    }

    /** The W_hh scale slider. */
    public Slider recurrentScaleSlider() {
        return Nodes.byId(view, "flow-scale", Slider.class);
    }

    /** The gate bias slider. */
    public Slider gateBiasSlider() {
        return Nodes.byId(view, "flow-bias", Slider.class);
    }

    /** The button that returns the gate bias to the initializer's default. */
    public Button gateBiasDefaultButton() {
        return Nodes.byId(view, "flow-bias-default", Button.class);
    }

    /** The overlay toggle. */
    public ToggleButton overlayToggle() {
        return Nodes.byId(view, "flow-overlay", ToggleButton.class);
    }

    /** The text beside the W_hh scale slider, e.g. {@code "1.00×"}. */
    public String shownScaleText() {
        return Nodes.byId(view, "flow-scale-value", Label.class).getText();
    }

    /** What the gate bias slider says it sets, e.g. {@code "forget-gate bias b_f"}. */
    public String shownBiasLabel() {
        return Nodes.byId(view, "flow-bias-label", Label.class).getText();
    }

    /** Shown instead of the plot when there is nothing to draw; else empty. */
    public String message() {
        return view.plot().message();
    }

    /** The text beside the gate bias slider, e.g. {@code "+1.0"} or {@code "default"}. */
    public String shownBiasText() {
        return Nodes.byId(view, "flow-bias-value", Label.class).getText();
    }
}
