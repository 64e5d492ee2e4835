package org.gatelab.ui.plots;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.plot.PlotLayout;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.vocabulary.Gate;

/** The {@link ConnectivityView} as a test reads it: what it draws and shows, read from the view's parts. */
public final class ConnectivityPage {
    private final ConnectivityView view;

    public ConnectivityPage(ConnectivityView view) {
        this.view = view;
    }

    /**
     * The y values the connectivity plot draws ({@link ConnectivityView#INPUT_GRADIENT}), copied from the trace.
     *
     * @throws IllegalArgumentException if there is no series of that name
     */
    public double[] shownCurve(String seriesName) {
        view.ensureBuilt();
        for (PlotSeries s : view.built().plot().series()) {
            if (s.name().equals(seriesName)) {
                return s.y();
            }
        }
        throw new IllegalArgumentException("no series \"" + seriesName + "\" (have " + seriesNames() + ")");
    }

    /** The names of the series shown. */
    public List<String> seriesNames() {
        view.ensureBuilt();
        List<String> names = new ArrayList<>();
        for (PlotSeries s : view.built().plot().series()) {
            names.add(s.name());
        }
        return names;
    }

    /** The gates whose saturation is shown, top to bottom (empty for the RNN). */
    public List<Gate> shownGates() {
        view.ensureBuilt();
        return List.copyOf(view.built().saturation().keySet());
    }

    /**
     * {left, right}: the fractions the bar of {@code g} shows as nearly closed and nearly open.
     *
     * @throws IllegalArgumentException if no bar is shown for the gate (e.g. the RNN, or a tanh block)
     */
    public double[] shownSaturation(Gate g) {
        view.ensureBuilt();
        double[] v = view.built().saturation().get(g);
        if (v == null) {
            throw new IllegalArgumentException("no saturation bar for " + g + " (have " + view.built().saturation().keySet() + ")");
        }
        return v.clone();
    }

    /** The sentence under the saturation heading (for the RNN: why there are no bars). */
    public String saturationNote() {
        view.ensureBuilt();
        return view.built().barNote();
    }

    /** Where the connectivity plot's frame went in the last paint (null before it or without a plot). */
    public PlotLayout plotLayout() {
        return view.shownLayout();
    }
}
