package org.gatelab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LinearAxis;
import org.gatelab.render.plot.LogAxis;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.viewmodel.training.EpochPoint;
import org.gatelab.viewmodel.training.TrainingSnapshot;
import org.gatelab.viewmodel.training.TrainingState;

/**
 * The training lab's epoch plots as {@link LinePlot}s, built from a {@link TrainingSnapshot} only: the loss
 * (training per batch, its epoch mean, validation, with the best constant and the naive forecast dashed), the
 * gradient norm (mean and largest per epoch, the clip norm dashed) and the scores (accuracy or precision and
 * recall, chance dashed). Every y value drawn is one the run recorded.
 */
final class TrainingPlots {
    static final String BATCH = "training loss per batch";
    static final String TRAIN = "training loss";
    static final String VALIDATION = "validation loss";
    static final String BASELINE = "best constant";
    static final String NAIVE = "naive forecast";
    static final String GRAD_MEAN = "mean gradient norm";
    static final String GRAD_MAX = "largest gradient norm";
    static final String CLIP = "clip norm";
    static final String ACCURACY = "accuracy";
    static final String CHANCE = "chance";

    /** Epochs up to which every epoch's point gets a marker. */
    static final int MARKER_EPOCHS = 40;

    private TrainingPlots() {
    }

    /** x = 0 .. total epochs, whole numbers. */
    static LinearAxis epochAxis(TrainingSnapshot s) {
        return LinearAxis.of(0, Math.max(1, s.epochsTotal())).integerTicks();
    }

    static double[] epochs(List<EpochPoint> points) {
        double[] x = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).epoch();
        }
        return x;
    }

    /** A dashed horizontal reference across the epoch axis. */
    private static PlotSeries reference(String name, String label, double y, double xMax, Rgb colour) {
        return new PlotSeries(name, label, new double[] {0, xMax}, new double[] {y, y}, colour, true, false, false);
    }

    static Rgb cellColour(TrainingSnapshot s, Palette p) {
        return p.series(s.cell().ordinal());
    }

    // ---- loss --------------------------------------------------------------------------------------------

    static Figure loss(TrainingSnapshot s, Palette p) {
        List<EpochPoint> pts = s.epochs();
        Rgb cell = cellColour(s, p);
        double xMax = Math.max(1, s.epochsTotal());
        List<PlotSeries> series = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        double[] bx = s.batchX();
        double[] by = s.batchLoss();
        if (bx.length > 0) {
            series.add(PlotSeries.line(BATCH, "per batch", bx, by, cell.mix(p.panel(), 0.6)));
            ys.add(by);
        }
        if (!pts.isEmpty()) {
            double[] x = epochs(pts);
            double[] train = pts.stream().mapToDouble(EpochPoint::trainLoss).toArray();
            double[] val = pts.stream().mapToDouble(EpochPoint::valLoss).toArray();
            boolean markers = pts.size() <= MARKER_EPOCHS;
            series.add(new PlotSeries(TRAIN, "training (epoch mean)", x, train, cell, false, markers, false));
            series.add(new PlotSeries(VALIDATION, "validation", x, val, p.text(), false, markers, true));
            ys.add(train);
            ys.add(val);
        }
        if (Double.isFinite(s.baselineLoss())) {
            series.add(reference(BASELINE, "best constant " + LabText.number(s.baselineLoss()), s.baselineLoss(), xMax,
                    p.mutedText()));
            ys.add(new double[] {s.baselineLoss()});
        }
        if (Double.isFinite(s.naiveLoss())) {
            series.add(reference(NAIVE, "naive forecast " + LabText.number(s.naiveLoss()), s.naiveLoss(), xMax,
                    p.accent()));
            ys.add(new double[] {s.naiveLoss()});
        }
        EpochPoint last = s.lastEpoch();
        String heading = "Loss" + (last == null ? "" : " · validation " + LabText.number(last.valLoss())
                + " after " + LabText.epochs(last.epoch()));
        String caption = "The " + s.lossName() + ", log scale: training loss per batch (faint) and per epoch, "
                + "validation loss after each epoch. Below the dashed best constant, the model has learnt something"
                + (Double.isFinite(s.naiveLoss()) ? "; below the naive forecast (next = last), it forecasts." : ".");
        if (series.isEmpty()) {
            return Figure.empty("Loss", "The loss curves appear here once training starts.");
        }
        LinePlot plot = LinePlot.of(epochAxis(s), LogAxis.covering(1e-8, ys.toArray(new double[0][])), "epoch",
                "loss, log scale", series);
        if (s.state() == TrainingState.DIVERGED && bx.length > 0) {
            plot = plot.withMarker(bx[bx.length - 1], "blew up here", false);
        }
        if (series.size() == 1 && Double.isFinite(s.baselineLoss())) {
            // a single series gets no legend: say what the dashed line is
            plot = plot.withNote("dashed: the best constant, " + LabText.number(s.baselineLoss()) + ", the line to beat");
        }
        return new Figure(heading, caption, plot, "");
    }

    // ---- gradient norm -------------------------------------------------------------------------------------

    static Figure gradient(TrainingSnapshot s, Palette p) {
        List<EpochPoint> pts = s.epochs();
        Rgb cell = cellColour(s, p);
        List<PlotSeries> series = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        if (!pts.isEmpty()) {
            double[] x = epochs(pts);
            double[] mean = pts.stream().mapToDouble(EpochPoint::gradNormMean).toArray();
            double[] max = pts.stream().mapToDouble(EpochPoint::gradNormMax).toArray();
            boolean markers = pts.size() <= MARKER_EPOCHS;
            series.add(new PlotSeries(GRAD_MAX, "largest in the epoch", x, max, cell.mix(p.panel(), 0.45), false,
                    markers, false));
            series.add(new PlotSeries(GRAD_MEAN, "mean over the epoch", x, mean, cell, false, markers, true));
            ys.add(mean);
            ys.add(max);
        }
        if (s.clipNorm() > 0) {
            series.add(reference(CLIP, "clip norm " + LabText.number(s.clipNorm()), s.clipNorm(),
                    Math.max(1, s.epochsTotal()), p.mutedText()));
            ys.add(new double[] {s.clipNorm()});
        }
        EpochPoint last = s.lastEpoch();
        String heading = "Gradient norm ‖∇L‖ before clipping";
        if (last != null && s.clipNorm() > 0) {
            heading += " · " + LabText.percent(last.clippedFraction()) + " of epoch " + last.epoch() + "'s updates clipped";
        }
        String caption = "The length of the whole gradient at each update, per epoch, log scale. Spikes far above "
                + "the rest warn of an explosion" + (s.clipNorm() > 0 ? "; above the dashed line, clipping shortens "
                + "it to the clip norm." : "; clipping is off.");
        if (series.isEmpty() || pts.isEmpty() && s.state() != TrainingState.DIVERGED) {
            return Figure.empty(heading, "The gradient norm of each epoch appears here after the first epoch.");
        }
        if (pts.isEmpty()) {
            return Figure.empty(heading, "Diverged within the first epoch: no epoch finished, so there is no norm "
                    + "to plot. The note above quotes the norm of the update that blew up.");
        }
        LinePlot plot = LinePlot.of(epochAxis(s), LogAxis.covering(ys.toArray(new double[0][])), "epoch",
                "norm, log scale", series);
        if (s.state() == TrainingState.DIVERGED) {
            plot = plot.withMarker(Math.min(s.epochsTotal(), s.epochsDone() + 1), "diverged in epoch "
                    + (s.epochsDone() + 1), false);
        }
        return new Figure(heading, caption, plot, "");
    }

    // ---- scores ---------------------------------------------------------------------------------------------

    /** Accuracy and the score extras (echo accuracy, precision, recall) per epoch; null for tasks without any. */
    static Figure scores(TrainingSnapshot s, Palette p) {
        List<String> names = s.scoreNames();
        boolean anomaly = s.predictions() != null && s.predictions().anomaly() != null;
        if (names.isEmpty() && !s.hasAccuracy() && !anomaly) {
            return null;
        }
        List<EpochPoint> pts = s.epochs();
        double[] x = epochs(pts);
        List<PlotSeries> series = new ArrayList<>();
        Rgb[] colours = {cellColour(s, p), p.text(), p.accent()};
        int k = 0;
        for (String name : names) {
            double[] y = new double[pts.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = name.equals(ACCURACY) ? pts.get(i).accuracy() : pts.get(i).extra(name);
            }
            series.add(new PlotSeries(name, scoreLabel(name), x, y, colours[Math.min(k, colours.length - 1)], false,
                    pts.size() <= MARKER_EPOCHS, k == 0));
            k++;
        }
        if (s.hasAccuracy()) {
            series.add(reference(CHANCE, "guessing " + LabText.percent(s.chanceAccuracy()), s.chanceAccuracy(),
                    Math.max(1, s.epochsTotal()), p.mutedText()));
        }
        EpochPoint last = s.lastEpoch();
        StringBuilder heading = new StringBuilder(anomaly ? "Detection scores" : "Accuracy");
        if (last != null) {
            for (String name : names) {
                double v = name.equals(ACCURACY) ? last.accuracy() : last.extra(name);
                heading.append(" · ").append(name.equals(ACCURACY) && !anomaly ? "" : scoreLabel(name) + " ")
                        .append(LabText.percent(v));
            }
            heading.append(" after ").append(LabText.epochs(last.epoch()));
        }
        String caption = anomaly ? "Per epoch: the share of alarms that are true (precision) and of anomalies found "
                + "(recall)." : "Per epoch, on the validation set, counting only the scored steps. The dashed line is "
                + "guessing.";
        if (pts.isEmpty()) {
            return new Figure(heading.toString(), caption, LinePlot.of(epochAxis(s), LinearAxis.of(0, 1), "epoch",
                    "share", series.stream().filter(x2 -> x2.name().equals(CHANCE)).toList()), "");
        }
        return new Figure(heading.toString(), caption, LinePlot.of(epochAxis(s), LinearAxis.of(0, 1), "epoch",
                "share", series), "");
    }

    static String scoreLabel(String name) {
        return switch (name) {
            case "echo_accuracy" -> "echo steps";
            case ACCURACY -> "accuracy";
            default -> name.replace('_', ' ').toLowerCase(Locale.ROOT);
        };
    }
}
