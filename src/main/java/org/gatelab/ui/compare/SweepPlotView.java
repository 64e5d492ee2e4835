package org.gatelab.ui.compare;

import org.gatelab.render.plot.LinePlot;
import org.gatelab.viewmodel.compare.CompareViewModel;

/**
 * The length sweep: each cell's final validation loss against the adding problem's length T on a log axis,
 * with the best constant guess at each T, and a marker at the length where the vanilla RNN gives up (its loss
 * is no longer below half the constant's). Points appear as the sweep finishes each model.
 */
final class SweepPlotView extends ComparePlotView {
    private final CompareViewModel model;

    SweepPlotView(CompareViewModel model) {
        this.model = model;
        getStyleClass().add("compare-sweep");
    }

    void initListeners() {
        model.sweepProperty().addListener((obs, o, n) -> invalidate());
    }

    @Override
    protected LinePlot build() {
        return ComparePlots.sweep(model.sweepProperty().get(), palette());
    }

    @Override
    String heading() {
        return "Final validation loss against sequence length T";
    }

    @Override
    String caption() {
        return "One point per model; dashed: the constant guess at each T. A cell whose point reaches that line no "
                + "longer carries the marked numbers across T steps.";
    }

    @Override
    String message() {
        return model.isRunning() ? "The first points appear when the shortest length is done."
                : "Run the sweep to see where each cell gives up.";
    }
}
