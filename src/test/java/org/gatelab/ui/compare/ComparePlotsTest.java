package org.gatelab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.render.Palette;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LogAxis;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.viewmodel.compare.CompareCurves;
import org.gatelab.viewmodel.compare.CompareMode;
import org.gatelab.viewmodel.compare.CompareRow;
import org.gatelab.viewmodel.compare.CompareSweep;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.RunStatus;
import org.junit.jupiter.api.Test;

/** The comparison plots as built from the view model's values, and the table's number formats; no JavaFX. */
class ComparePlotsTest {
    private static PlotSeries series(LinePlot plot, String name) {
        return plot.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void curvesAreTheModelsLossesInTheCellsColours() {
        CompareViewModel m = CompareViewTest.tiny(new CompareViewModel(Runnable::run));
        m.start();
        m.drain();
        CompareCurves c = m.curvesProperty().get();
        LinePlot plot = ComparePlots.curves(c, 2, Palette.DARK);
        assertEquals(6, plot.series().size());
        for (CellKind cell : CellKind.values()) {
            PlotSeries val = series(plot, cell.name() + " val");
            PlotSeries train = series(plot, cell.name() + " train");
            assertArrayEquals(c.validation(cell), val.y(), 0.0);
            assertArrayEquals(c.train(cell), train.y(), 0.0);
            assertArrayEquals(new double[] {1, 2}, val.x(), 0.0);
            assertEquals(Palette.DARK.series(cell.ordinal()), val.colour());
            assertEquals(Palette.DARK.series(cell.ordinal()), train.colour());
            assertFalse(val.dashed());
            assertTrue(train.dashed());
        }
        assertEquals(1, plot.references().size());
        assertEquals(c.baseline(), plot.references().get(0).y(), 0.0);
        assertTrue(plot.references().get(0).label().startsWith("constant guess"));
        assertTrue(plot.yAxis() instanceof LogAxis, "losses on a log axis");
        for (CellKind cell : CellKind.values()) {
            for (double v : c.validation(cell)) {
                assertTrue(plot.yAxis().min() <= v && v <= plot.yAxis().max(), v + " inside " + plot.yAxis());
            }
        }
        assertEquals(1, plot.xAxis().min(), 0.0);
        assertEquals(2, plot.xAxis().max(), 0.0);
    }

    @Test
    void theXAxisSpansThePlannedEpochsWhileTraining() {
        LinePlot plot = ComparePlots.curves(CompareCurves.EMPTY, 20, Palette.LIGHT);
        assertTrue(plot.series().isEmpty());
        assertTrue(plot.references().isEmpty());
        assertEquals(20, plot.xAxis().max(), 0.0);
    }

    @Test
    void theSweepPlotsValidationLossAgainstTAndMarksWhereTheRnnGivesUp() {
        List<CompareRow> rows = List.of(
                row(10, CellKind.RNN, 0.02, 0.17), row(10, CellKind.LSTM, 0.001, 0.17),
                row(10, CellKind.GRU, 0.001, 0.17),
                row(50, CellKind.RNN, 0.15, 0.15), row(50, CellKind.LSTM, 0.002, 0.15),
                row(50, CellKind.GRU, 0.001, 0.15));
        LinePlot plot = ComparePlots.sweep(CompareSweep.of(rows), Palette.LIGHT);
        assertEquals(List.of("RNN", "LSTM", "GRU", "constant"), plot.series().stream().map(PlotSeries::name).toList());
        assertArrayEquals(new double[] {10, 50}, series(plot, "RNN").x(), 0.0);
        assertArrayEquals(new double[] {0.02, 0.15}, series(plot, "RNN").y(), 0.0);
        assertArrayEquals(new double[] {0.17, 0.15}, series(plot, "constant").y(), 0.0);
        assertTrue(series(plot, "constant").dashed());
        assertEquals(Palette.LIGHT.mutedText(), series(plot, "constant").colour());
        assertTrue(series(plot, "GRU").markers());
        assertEquals(50, plot.markerX(), 0.0);
        assertEquals("RNN gives up: T = 50", plot.markerLabel());
        assertEquals("gives up: loss above 50 % of the constant's", plot.note());
        assertEquals(0, plot.xAxis().min(), 0.0);
        assertTrue(plot.xAxis().max() >= 50);
    }

    @Test
    void anEmptySweepHasNoSeriesAndNoMarker() {
        LinePlot plot = ComparePlots.sweep(CompareSweep.EMPTY, Palette.LIGHT);
        assertTrue(plot.series().isEmpty());
        assertTrue(Double.isNaN(plot.markerX()));
    }

    @Test
    void numbersAreWrittenForPeople() {
        assertEquals("0.153", CompareText.loss(0.15317));
        assertEquals("0.000604", CompareText.loss(0.00060366));
        assertEquals("1.23e-5", CompareText.loss(1.2345e-5));
        assertEquals("—", CompareText.loss(Double.NaN));
        assertEquals("4,641", CompareText.count(4641));
        assertEquals("2.03", CompareText.seconds(2.031));
        assertEquals("12.5", CompareText.seconds(12.46));
        assertEquals("97 %", CompareText.percent(0.9712));
        assertEquals("0.5 %", CompareText.percent(0.0051));
        assertEquals("cancelled after 1 epoch", CompareText.status(RunStatus.CANCELLED, 1));
        assertEquals("diverged after 4 epochs", CompareText.status(RunStatus.DIVERGED, 4));
        assertEquals(CompareMode.SINGLE, CompareMode.valueOf("SINGLE"));
    }

    private static CompareRow row(int length, CellKind cell, double val, double baseline) {
        return new CompareRow(1, length, cell, 4, 100, 90, 0.1, val, val, baseline, val / baseline, Double.NaN, 2,
                RunStatus.COMPLETED);
    }
}
