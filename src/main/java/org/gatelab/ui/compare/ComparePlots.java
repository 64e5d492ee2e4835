package org.gatelab.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Palette;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LinearAxis;
import org.gatelab.render.plot.LogAxis;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.viewmodel.compare.CompareCurves;
import org.gatelab.viewmodel.compare.CompareSweep;
import org.gatelab.vocabulary.CellKind;

/**
 * Builds the comparison lab's two plots from the view model's values, without JavaFX: the loss curves (epoch
 * against loss, log scale) and the sweep (length T against final validation loss, log scale). Series names are
 * the keys the views' query API and the tests use.
 */
final class ComparePlots {
    /** Up to this many points a series gets point markers. */
    static final int MARKER_POINTS = 30;

    private ComparePlots() {
    }

    /** Key of {@code cell}'s validation-loss series: "RNN val". */
    static String validationName(CellKind cell) {
        return cell.name() + " val";
    }

    /** Key of {@code cell}'s training-loss series: "RNN train". */
    static String trainName(CellKind cell) {
        return cell.name() + " train";
    }

    /** Key of the sweep's baseline series. */
    static final String BASELINE = "constant";

    /**
     * Each cell's validation loss (solid) and mean training loss (dashed) after every finished epoch, in the
     * cell's series colour, over an x axis from epoch 1 to {@code plannedEpochs}; the constant baseline as a
     * dotted reference line.
     */
    static LinePlot curves(CompareCurves c, int plannedEpochs, Palette p) {
        List<PlotSeries> validation = new ArrayList<>();
        List<PlotSeries> train = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        int last = Math.max(2, Math.max(plannedEpochs, c.maxEpochs()));
        boolean markers = last <= MARKER_POINTS;
        for (CellKind cell : c.cells()) {
            double[] v = c.validation(cell);
            double[] t = c.train(cell);
            double[] x = epochs(v.length);
            validation.add(new PlotSeries(validationName(cell), cell.name() + " validation", x, v,
                    p.series(cell.ordinal()), false, markers, false));
            train.add(new PlotSeries(trainName(cell), cell.name() + " training", x, t, p.series(cell.ordinal()),
                    true, false, false));
            ys.add(v);
            ys.add(t);
        }
        List<LinePlot.Reference> refs = new ArrayList<>();
        if (!Double.isNaN(c.baseline())) {
            ys.add(new double[] {c.baseline()});
            refs.add(new LinePlot.Reference(c.baseline(), "constant guess " + CompareText.loss(c.baseline())));
        }
        List<PlotSeries> series = new ArrayList<>(validation);
        series.addAll(train);
        return LinePlot.of(LinearAxis.of(1, last).integerTicks(), LogAxis.covering(ys.toArray(new double[0][])),
                        "epoch", "loss, log scale", series)
                .withReferences(refs);
    }

    /** 1, 2, ..., n. */
    static double[] epochs(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    /**
     * Each cell's final validation loss against T, with markers, and the best constant guess at each T
     * (dashed, muted); a marker where the vanilla RNN gives up, if it does.
     */
    static LinePlot sweep(CompareSweep s, Palette p) {
        double[] lengths = s.lengths();
        List<PlotSeries> series = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        for (CellKind cell : s.cells()) {
            double[] v = s.valLoss(cell);
            series.add(new PlotSeries(cell.name(), cell.name(), lengths, v, p.series(cell.ordinal()), false, true,
                    false));
            ys.add(v);
        }
        if (!s.isEmpty()) {
            series.add(new PlotSeries(BASELINE, "constant guess", lengths, s.baseline(), p.mutedText(), true, true,
                    false));
            ys.add(s.baseline());
        }
        double maxT = lengths.length == 0 ? 100 : lengths[lengths.length - 1];
        LinePlot plot = LinePlot.of(LinearAxis.around(0, maxT, 6).integerTicks(),
                LogAxis.covering(ys.toArray(new double[0][])), "sequence length T", "final validation loss, log scale",
                series);
        double givesUp = s.givesUpAt(CellKind.RNN);
        if (!Double.isNaN(givesUp)) {
            plot = plot.withMarker(givesUp, "RNN gives up: T = " + (int) givesUp, false)
                    .withNote(String.format(java.util.Locale.ROOT, "gives up: loss above %.0f %% of the constant's",
                            100 * CompareSweep.GIVE_UP_SHARE));
        }
        return plot;
    }
}
