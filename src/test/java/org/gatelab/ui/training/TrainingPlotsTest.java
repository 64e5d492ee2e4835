package org.gatelab.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gatelab.render.Palette;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.render.testing.RecordingSurface;
import org.gatelab.render.testing.RecordingSurface.TextWidth;
import org.gatelab.viewmodel.training.DivergenceNote;
import org.gatelab.viewmodel.training.EpochPoint;
import org.gatelab.viewmodel.training.TrainingSnapshot;
import org.gatelab.viewmodel.training.TrainingState;
import org.gatelab.viewmodel.training.ValidationPredictions;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.Test;

/** The lab's figures and painters without JavaFX: every value drawn is one the snapshot holds. */
class TrainingPlotsTest {
    private static final Palette P = Palette.LIGHT;

    private static EpochPoint epoch(int k, double train, double val, double accuracy, Map<String, Double> extras) {
        return new EpochPoint(k, train, val, accuracy, 0.5 / k, 2.0 / k, 0.25, 1.0, extras);
    }

    private static TrainingSnapshot snapshot(TrainingState state, List<EpochPoint> epochs, double naive,
                                             double chance, double clip, ValidationPredictions predictions,
                                             DivergenceNote note) {
        return new TrainingSnapshot(state, epochs.size(), 10, 0, 4, epochs, new double[] {0.25, 0.5, 0.75, 1},
                new double[] {0.3, 0.2, 0.25, 0.1}, predictions, CellKind.LSTM, "LSTM, hidden 4, 133 parameters",
                0.15, naive, chance, clip, "mean squared error at the last step", "", note);
    }

    private static PlotSeries series(LinePlot plot, String name) {
        return plot.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theLossFigureShowsTheRecordedLossesAndDashedReferences() {
        List<EpochPoint> epochs = List.of(epoch(1, 0.2, 0.18, Double.NaN, Map.of()),
                epoch(2, 0.1, 0.09, Double.NaN, Map.of()));
        Figure f = TrainingPlots.loss(snapshot(TrainingState.RUNNING, epochs, 0.04, Double.NaN, 1, null, null), P);
        LinePlot plot = f.plot();
        assertEquals(List.of(TrainingPlots.BATCH, TrainingPlots.TRAIN, TrainingPlots.VALIDATION, TrainingPlots.BASELINE,
                TrainingPlots.NAIVE), plot.series().stream().map(PlotSeries::name).toList());
        assertArrayEquals(new double[] {0.18, 0.09}, series(plot, TrainingPlots.VALIDATION).y(), 0.0);
        assertArrayEquals(new double[] {1, 2}, series(plot, TrainingPlots.VALIDATION).x(), 0.0);
        assertArrayEquals(new double[] {0.3, 0.2, 0.25, 0.1}, series(plot, TrainingPlots.BATCH).y(), 0.0);
        assertTrue(series(plot, TrainingPlots.BASELINE).dashed());
        assertTrue(series(plot, TrainingPlots.NAIVE).dashed());
        assertArrayEquals(new double[] {0.04, 0.04}, series(plot, TrainingPlots.NAIVE).y(), 0.0);
        assertTrue(plot.yAxis().logarithmic());
        assertEquals(10, plot.xAxis().max(), 0.0, "the epoch axis spans the whole run");
        assertTrue(f.heading().startsWith("Loss · validation 0.0900 after 2 epochs"), f.heading());
        assertTrue(Double.isNaN(plot.markerX()));
    }

    @Test
    void aDivergedRunIsMarkedOnTheLossAndGradientPlots() {
        List<EpochPoint> epochs = List.of(epoch(1, 0.2, 0.18, Double.NaN, Map.of()));
        DivergenceNote note = new DivergenceNote(2, "Training diverged in epoch 2", "what", "why", "advice", 2, 0.2,
                0, 1);
        TrainingSnapshot s = snapshot(TrainingState.DIVERGED, epochs, Double.NaN, Double.NaN, 0, null, note);
        assertEquals(1.0, TrainingPlots.loss(s, P).plot().markerX(), 0.0, "at the last recorded batch");
        Figure g = TrainingPlots.gradient(s, P);
        assertEquals(2, g.plot().markerX(), 0.0);
        assertEquals("diverged in epoch 2", g.plot().markerLabel());
        assertEquals(List.of(TrainingPlots.GRAD_MAX, TrainingPlots.GRAD_MEAN),
                g.plot().series().stream().map(PlotSeries::name).toList(), "no clip line when clipping is off");
        assertArrayEquals(new double[] {0.5}, series(g.plot(), TrainingPlots.GRAD_MEAN).y(), 0.0);
        assertArrayEquals(new double[] {2.0}, series(g.plot(), TrainingPlots.GRAD_MAX).y(), 0.0);
        TrainingSnapshot early = snapshot(TrainingState.DIVERGED, List.of(), Double.NaN, Double.NaN, 1, null, note);
        assertFalse(TrainingPlots.gradient(early, P).hasPlot());
        assertTrue(TrainingPlots.gradient(early, P).message().startsWith("Diverged within the first epoch"));
    }

    @Test
    void scoresAreOnlyForTasksThatHaveThem() {
        List<EpochPoint> plain = List.of(epoch(1, 0.2, 0.18, Double.NaN, Map.of()));
        assertNull(TrainingPlots.scores(snapshot(TrainingState.COMPLETED, plain, Double.NaN, Double.NaN, 1, null,
                null), P));
        List<EpochPoint> reber = List.of(epoch(1, 1, 0.9, 0.6, Map.of("echo_accuracy", 0.5)),
                epoch(2, 0.8, 0.7, 0.9, Map.of("echo_accuracy", 0.75)));
        Figure f = TrainingPlots.scores(snapshot(TrainingState.COMPLETED, reber, Double.NaN, 0.23, 1, null, null), P);
        assertEquals(List.of(TrainingPlots.ACCURACY, "echo_accuracy", TrainingPlots.CHANCE),
                f.plot().series().stream().map(PlotSeries::name).toList());
        assertArrayEquals(new double[] {0.6, 0.9}, series(f.plot(), TrainingPlots.ACCURACY).y(), 0.0);
        assertArrayEquals(new double[] {0.5, 0.75}, series(f.plot(), "echo_accuracy").y(), 0.0);
        assertArrayEquals(new double[] {0.23, 0.23}, series(f.plot(), TrainingPlots.CHANCE).y(), 0.0);
        assertEquals("Accuracy · 90.0% · echo steps 75.0% after 2 epochs", f.heading());
    }

    @Test
    void anomalyAlarmsSitOnTheErrorCurve() {
        double[] x = {100, 101, 102, 103};
        double[] error = {0.1, 0.9, 0.2, 0.05};
        ValidationPredictions v = new ValidationPredictions(ValidationPredictions.Kind.ANOMALY, 3, 4, 4,
                new ValidationPredictions.Points(x, new double[4], new double[4], "z-score"),
                new ValidationPredictions.AnomalyFlags(error, 0.5, new int[] {101}, List.of(
                        new ValidationPredictions.Span(101, 101, "spike")), 1.0, 1.0, 1,
                        ValidationPredictions.Scoring.INJECTED), List.of());
        Figure f = PredictionPlots.of(snapshot(TrainingState.COMPLETED, List.of(), 0.1, Double.NaN, 1, v, null), P);
        assertArrayEquals(error, series(f.plot(), PredictionPlots.ERROR).y(), 0.0);
        double[] alarms = series(f.plot(), PredictionPlots.ALARMS).y();
        assertEquals(0.9, alarms[0], 0.0, "the alarm at step 101 sits on its error");
        assertTrue(Double.isNaN(alarms[1]));
        assertArrayEquals(new double[] {0.5, 0.5}, series(f.plot(), PredictionPlots.THRESHOLD).y(), 0.0);
        assertEquals("Anomalies · after 3 epochs · 1 alarm · precision 100% · recall 100% (1 of 1 found)",
                f.heading());
    }

    @Test
    void symbolRowsShowTheSequenceAndColourTheScoredSteps() {
        int[] verdicts = {-1, -1, -1, -1, 1, 0};
        ValidationPredictions.LabelRow row = new ValidationPredictions.LabelRow("copy AB after 1 blank steps",
                List.of("A", "B", "_", "!", "_", "_"), List.of("_", "_", "_", "_", "A", "B"),
                List.of("_", "_", "_", "_", "A", "C"), verdicts, 1, 2);
        RecordingSurface r = new RecordingSurface(600, 300, TextWidth.NARROW);
        LabelStripPainter.Shown shown = new LabelStripPainter().paint(r, List.of(row), new PlotStyle(P, 12), 0, 0,
                600, 300);
        assertEquals(1, shown.blocks());
        assertEquals(0, shown.firstStep());
        assertTrue(r.textStrings().contains("1 of 2 right"), r.textStrings().toString());
        assertTrue(r.textStrings().containsAll(List.of("shown", "target", "model", "!", "C")));
        long right = r.rects().stream().filter(x -> x.filled() && x.fill().equals(LabelStripPainter.RIGHT)).count();
        long wrong = r.rects().stream().filter(x -> x.filled() && x.fill().equals(LabelStripPainter.WRONG)).count();
        assertEquals(1 + 1, right, "one legend swatch and the step predicted right");
        assertEquals(1 + 1, wrong, "one legend swatch and the step predicted wrong");
        // a long sequence in a narrow box: its last steps, with a note
        RecordingSurface narrow = new RecordingSurface(80, 300, TextWidth.NARROW);
        LabelStripPainter.Shown last = new LabelStripPainter().paint(narrow, List.of(row), new PlotStyle(P, 12), 0, 0,
                80, 300);
        assertTrue(last.firstStep() > 0);
        assertEquals(6 - last.firstStep(), last.steps());
        assertTrue(narrow.textStrings().contains("steps " + last.firstStep() + "–5 of 0–5"),
                narrow.textStrings().toString());
    }
}
