package org.gatelab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LinearAxis;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.viewmodel.training.TrainingSnapshot;
import org.gatelab.viewmodel.training.TrainingState;
import org.gatelab.viewmodel.training.ValidationPredictions;

/**
 * The predictions figure: prediction against target (one dot per validation sequence), or the forecast along
 * the series, or the anomaly detector's error with its threshold and alarms. Classification tasks show rows of
 * symbols instead ({@link LabelStripPainter}); their figure has no plot. Every value drawn comes from the
 * snapshot's {@link ValidationPredictions}.
 */
final class PredictionPlots {
    static final String DOTS = "predictions";
    static final String DIAGONAL = "perfect";
    static final String TARGET = "target";
    static final String FORECAST = "forecast";
    static final String ERROR = "error";
    static final String THRESHOLD = "threshold";
    static final String ALARMS = "alarms";

    private PredictionPlots() {
    }

    static Figure of(TrainingSnapshot s, Palette p) {
        ValidationPredictions v = s.predictions();
        if (v == null) {
            String waiting = s.state() == TrainingState.PREPARING || s.state() == TrainingState.RUNNING
                    ? "The model's predictions appear here in a moment."
                    : "The model's predictions on the validation set appear here once training starts.";
            return Figure.empty("Predictions on the validation set", waiting);
        }
        String when = s.state() == TrainingState.LOADED ? "the loaded model"
                : v.epoch() == 0 ? "the initial weights" : "after " + LabText.epochs(v.epoch());
        return switch (v.kind()) {
            case TARGET_VS_PREDICTION -> scatter(s, v, p, when);
            case FORECAST -> forecast(s, v, p, when);
            case ANOMALY -> anomaly(s, v, p, when);
            case LABELS -> labels(v, when);
        };
    }

    /** Points (x_i, y_i) drawn as separate dots: each point between two gaps. */
    static PlotSeries dots(String name, String label, double[] x, double[] y, Rgb colour) {
        double[] dx = new double[2 * x.length];
        double[] dy = new double[2 * x.length];
        for (int i = 0; i < x.length; i++) {
            dx[2 * i] = x[i];
            dy[2 * i] = y[i];
            dx[2 * i + 1] = x[i];
            dy[2 * i + 1] = Double.NaN;
        }
        return new PlotSeries(name, label, dx, dy, colour, false, false, false);
    }

    private static double[] range(double[]... arrays) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] a : arrays) {
            for (double v : a) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {0, 1};
    }

    private static Figure scatter(TrainingSnapshot s, ValidationPredictions v, Palette p, String when) {
        ValidationPredictions.Points pts = v.points();
        double[] target = pts.target();
        double[] prediction = pts.prediction();
        double[] r = range(target, prediction);
        LinearAxis axis = LinearAxis.around(r[0], r[1], 6);
        List<PlotSeries> series = new ArrayList<>();
        series.add(new PlotSeries(DIAGONAL, "prediction = target", new double[] {axis.min(), axis.max()},
                new double[] {axis.min(), axis.max()}, p.mutedText(), true, false, false));
        series.add(dots(DOTS, "one validation sequence", target, prediction, TrainingPlots.cellColour(s, p)));
        String heading = "Predictions vs targets · " + when;
        String caption = String.format(Locale.ROOT, "Each dot is one of %d validation sequences%s: its target "
                        + "(%s, across) and the model's output (up). On the dashed diagonal the output is exact; a "
                        + "flat band means the model says about the same for every sequence.", v.shown(),
                v.shown() < v.total() ? " (of " + v.total() + ")" : "", pts.units());
        return new Figure(heading, caption, LinePlot.of(axis, axis, "target: " + pts.units(), "prediction", series),
                "");
    }

    private static Figure forecast(TrainingSnapshot s, ValidationPredictions v, Palette p, String when) {
        ValidationPredictions.Points pts = v.points();
        double[] x = pts.x();
        double[] r = range(pts.target(), pts.prediction());
        List<PlotSeries> series = new ArrayList<>();
        series.add(PlotSeries.line(TARGET, "the series", x, pts.target(), p.mutedText()));
        series.add(new PlotSeries(FORECAST, "the model's next-value forecast", x, pts.prediction(),
                TrainingPlots.cellColour(s, p), false, false, true));
        int first = (int) x[0];
        int last = (int) x[x.length - 1];
        String heading = String.format(Locale.ROOT, "Forecasts on the validation part · %s", when);
        String caption = String.format(Locale.ROOT, "Steps %d to %d%s of the series, in its own units (%s): each "
                        + "point of the coloured line is predicted from the values before it.", first, last,
                v.shown() < v.total() ? " (the first " + v.shown() + " of " + v.total() + " validation steps)" : "",
                pts.units());
        LinePlot plot = LinePlot.of(LinearAxis.of(first, Math.max(first + 1, last)).integerTicks(),
                LinearAxis.around(r[0], r[1], 6), "step in the series", pts.units(), series);
        return new Figure(heading, caption, plot, "");
    }

    private static Figure anomaly(TrainingSnapshot s, ValidationPredictions v, Palette p, String when) {
        ValidationPredictions.Points pts = v.points();
        ValidationPredictions.AnomalyFlags a = v.anomaly();
        double[] x = pts.x();
        double[] error = a.error();
        int[] alarms = a.alarms();
        // the alarms sit on the error curve: find each alarm's step among the plotted ones
        List<double[]> hits = new ArrayList<>();
        for (int step : alarms) {
            int i = java.util.Arrays.binarySearch(x, step);
            if (i >= 0) {
                hits.add(new double[] {x[i], error[i]});
            }
        }
        double[] ax = hits.stream().mapToDouble(h -> h[0]).toArray();
        double[] ay = hits.stream().mapToDouble(h -> h[1]).toArray();
        double[] r = range(error, new double[] {a.threshold(), 0});
        int first = (int) x[0];
        int last = (int) x[x.length - 1];
        List<PlotSeries> series = new ArrayList<>();
        series.add(PlotSeries.line(ERROR, "prediction error |ŷ − y|", x, error, TrainingPlots.cellColour(s, p)));
        series.add(new PlotSeries(THRESHOLD, "threshold " + LabText.number(a.threshold()),
                new double[] {first, last}, new double[] {a.threshold(), a.threshold()}, p.text(), true, false, false));
        series.add(dots(ALARMS, "alarm", ax, ay, p.accent()));
        String alarmCount = String.format(Locale.ROOT, "Anomalies · %s · %d alarm%s", when, alarms.length,
                alarms.length == 1 ? "" : "s");
        String heading = switch (a.scoring()) {
            case INJECTED -> String.format(Locale.ROOT, "%s · precision %s · recall %s (%d of %d found)", alarmCount,
                    LabText.percent(a.precision()), LabText.percent(a.recall()), a.detected(), a.anomalies().size());
            case LABELLED -> String.format(Locale.ROOT, "%s · precision %s · recall %s of the labelled steps · %d of "
                            + "%d event%s found", alarmCount, LabText.percent(a.precision()),
                    LabText.percent(a.recall()), a.detected(), a.anomalies().size(),
                    a.anomalies().size() == 1 ? "" : "s");
            case NONE -> alarmCount + " · no labels, so not scored";
        };
        String caption = switch (a.scoring()) {
            case INJECTED -> "The model's prediction error along the validation half (z units). Where it rises above "
                    + "the dashed threshold (mean + 3 sd of its errors on the clean training half) a step raises an "
                    + "alarm; shaded bands are the injected anomalies.";
            case LABELLED -> "The model's prediction error along the validation part (z units). Where it rises above "
                    + "the dashed threshold (mean + 3 sd of its errors on the training part) a step raises an alarm; "
                    + "shaded bands are the steps the recording's authors labelled as anomalous.";
            case NONE -> "The model's prediction error along the validation part (z units). Where it rises above the "
                    + "dashed threshold (mean + 3 sd of its errors on the training part) a step raises an alarm. No "
                    + "labels ship with this recording, so no alarm can be called right or wrong.";
        };
        LinePlot plot = LinePlot.of(LinearAxis.of(first, Math.max(first + 1, last)).integerTicks(),
                LinearAxis.around(0, r[1], 6), "step in the series", "error (z units)", series);
        return new Figure(heading, caption, plot, "");
    }

    private static Figure labels(ValidationPredictions v, String when) {
        String heading = String.format(Locale.ROOT, "Predicted symbols · %s · %d of %d right", when,
                v.labelRight(), v.labelScored());
        String caption = "The first " + v.rows().size() + " validation sequences, step by step: what the model was "
                + "shown, the right output and the model's output, coloured where it is scored (right or wrong).";
        return new Figure(heading, caption, null, "");
    }
}
