package org.gatelab.ui.compare;

import org.gatelab.render.plot.LinePlot;
import org.gatelab.viewmodel.compare.CompareCurves;
import org.gatelab.viewmodel.compare.CompareMode;
import org.gatelab.viewmodel.compare.CompareProgress;
import org.gatelab.viewmodel.compare.CompareViewModel;

/**
 * The three cells' loss curves on one log plot: validation loss solid, training loss dashed, in the palette's
 * series colours, with the best constant guess as a dotted line. Grows epoch by epoch while the comparison
 * runs; in a sweep it shows the length being trained.
 */
final class CompareCurvesView extends ComparePlotView {
    private final CompareViewModel model;

    CompareCurvesView(CompareViewModel model) {
        this.model = model;
        getStyleClass().add("compare-curves");
    }

    void initListeners() {
        model.curvesProperty().addListener((obs, o, n) -> invalidate());
        model.resultTitleProperty().addListener((obs, o, n) -> invalidate());
    }

    /** Epochs the x axis spans: those of the run shown, or of the settings before any run. */
    private int plannedEpochs() {
        CompareProgress p = model.progressProperty().get();
        return p.epochs() > 0 ? p.epochs() : model.epochs();
    }

    @Override
    protected LinePlot build() {
        return ComparePlots.curves(model.curvesProperty().get(), plannedEpochs(), palette());
    }

    @Override
    String heading() {
        CompareCurves c = model.curvesProperty().get();
        if (model.resultModeProperty().get() == CompareMode.SWEEP) {
            return c.isEmpty() ? "Loss per epoch" : "Loss per epoch at T = " + c.length();
        }
        String title = model.resultTitleProperty().get();
        return title.isEmpty() ? "Loss per epoch" : "Loss per epoch · " + title;
    }

    @Override
    String caption() {
        return "Validation loss (solid) and training loss (dashed) after each epoch, on a log scale. The dotted "
                + "line is the best constant guess: a cell must get below it to have learnt anything.";
    }

    @Override
    String message() {
        return model.isRunning() ? "Training the first cell: the curves appear after its first epoch."
                : "Press “Train all three” to train the RNN, the LSTM and the GRU on the same data.";
    }
}
