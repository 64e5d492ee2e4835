package org.gatelab.render.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.testing.RecordingSurface;
import org.junit.jupiter.api.Test;

/** The line plot painter on a recording surface: ticks, titles, legend, gaps, the floor, the marker. */
class LinePlotPainterTest {
    private static final PlotStyle STYLE = new PlotStyle(Palette.LIGHT, 14);
    private static final double[] X = {0, 1, 2, 3, 4, 5};

    private static LinePlot plot(List<PlotSeries> series) {
        double[][] ys = series.stream().map(PlotSeries::y).toArray(double[][]::new);
        return LinePlot.of(LinearAxis.of(0, 5).integerTicks(), LogAxis.covering(ys), "timestep t", "norm, log scale",
                series);
    }

    private static PlotSeries series(String name, double[] y, Rgb colour, boolean dashed) {
        return new PlotSeries(name, name + " label", X, y, colour, dashed, false, false);
    }

    @Test
    void drawsTicksTitlesAndALegendForSeveralSeries() {
        RecordingSurface s = new RecordingSurface(800, 500);
        LinePlot p = plot(List.of(series("a", new double[] {1e-4, 1e-3, 1e-2, 1e-1, 1, 2}, Rgb.of(0, 114, 178), false),
                series("b", new double[] {0.5, 0.5, 0.6, 0.6, 0.7, 0.7}, Rgb.of(90, 90, 90), true)));
        PlotLayout layout = new LinePlotPainter().paint(s, p, STYLE, 0, 0, 800, 500);
        List<String> texts = s.textStrings();
        for (String label : List.of("10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹", "0", "1", "2", "3", "4", "5",
                "timestep t", "norm, log scale", "a label", "b label")) {
            assertTrue(texts.contains(label), "missing " + label + " in " + texts);
        }
        assertEquals(0, layout.clampedPoints());
        // one unbroken polyline per series; the second dashed; every point inside the frame
        assertEquals(2, s.polylines().size());
        assertFalse(s.polylines().get(0).dashed());
        assertTrue(s.polylines().get(1).dashed());
        for (RecordingSurface.Polyline line : s.polylines()) {
            assertEquals(6, line.xs().length);
            for (int i = 0; i < 6; i++) {
                assertTrue(layout.frame().contains(line.xs()[i], line.ys()[i]), "point " + i + " outside the frame");
            }
        }
        // y = 1e-2 sits two of five decades up from the bottom
        Box f = layout.frame();
        assertEquals(f.bottom() - 0.4 * f.h(), s.polylines().get(0).ys()[2], 1e-9);
        assertEquals(f.x() + 0.4 * f.w(), s.polylines().get(0).xs()[2], 1e-9);
    }

    @Test
    void aSingleSeriesNeedsNoLegend() {
        RecordingSurface s = new RecordingSurface(800, 500);
        new LinePlotPainter().paint(s, plot(List.of(series("a", new double[] {1, 2, 3, 4, 5, 6}, Rgb.of(0, 0, 0), false))),
                STYLE, 0, 0, 800, 500);
        assertFalse(s.textStrings().contains("a label"));
    }

    @Test
    void unplaceableValuesLeaveGapsAndAMeasuredZeroSitsOnTheFloor() {
        RecordingSurface s = new RecordingSurface(800, 500);
        double[] y = {1, 0.5, 0, 0.2, Double.NaN, 0.1};
        LinePlot p = plot(List.of(series("a", y, Rgb.of(0, 0, 0), false)));
        PlotLayout layout = new LinePlotPainter().paint(s, p, STYLE, 0, 0, 800, 500);
        // 1, 0.5, 0 on the bottom edge, 0.2 | gap at NaN | 0.1 alone (a dot, not a line)
        assertEquals(1, s.polylines().size());
        RecordingSurface.Polyline line = s.polylines().get(0);
        assertEquals(4, line.xs().length);
        assertEquals(layout.frame().bottom(), line.ys()[2], 1e-9, "the zero is drawn on the bottom edge");
        assertEquals(1, layout.clampedPoints());
        assertTrue(s.textStrings().stream().anyMatch(t -> t.startsWith("below 10") && t.endsWith(" or 0")),
                "the note says a zero is down there: " + s.textStrings());
    }

    @Test
    void valuesBelowTheFloorAreClampedToTheBottomEdgeAndSaidSo() {
        RecordingSurface s = new RecordingSurface(800, 500);
        double[] y = {1e-300, 1e-20, 1e-6, 1e-3, 1e-2, 1};
        LinePlot p = plot(List.of(series("a", y, Rgb.of(0, 0, 0), false)));
        assertEquals(-12, ((LogAxis) p.yAxis()).lowExponent());
        PlotLayout layout = new LinePlotPainter().paint(s, p, STYLE, 0, 0, 800, 500);
        assertEquals(2, layout.clampedPoints());
        assertTrue(s.textStrings().contains("below 10⁻¹²"), s.textStrings().toString());
        RecordingSurface.Polyline line = s.polylines().get(0);
        assertEquals(6, line.xs().length, "clamped points stay on the line, at the bottom edge");
        assertEquals(layout.frame().bottom(), line.ys()[0], 1e-9);
        assertEquals(layout.frame().bottom(), line.ys()[1], 1e-9);
        // a downward triangle at each clamped point (plus the one in the note)
        assertEquals(3, s.triangles().size());
    }

    @Test
    void theMarkerTagNamesTheStepAndEachSeriesValue() {
        RecordingSurface s = new RecordingSurface(800, 500);
        double[] y = {1e-4, 1e-3, 2.5e-2, 1e-1, 1, 2};
        LinePlot p = plot(List.of(series("a", y, Rgb.of(0, 0, 0), false),
                series("b", new double[] {3, 3, 3, 3, 3, 3}, Rgb.of(9, 9, 9), true))).withMarker(2, "t = 2", true);
        new LinePlotPainter().paint(s, p, STYLE, 0, 0, 800, 500);
        List<String> texts = s.textStrings();
        assertTrue(texts.contains("t = 2"));
        assertTrue(texts.contains("0.0250"));
        assertTrue(texts.contains("3.00"));
    }

    @Test
    void theMarkerAvoidsTheColourOfASeries() {
        Palette light = Palette.LIGHT;
        // a palette whose accent is also a series colour: the marker must not look like that curve
        Palette p = new Palette(light.background(), light.panel(), light.text(), light.mutedText(), light.grid(),
                light.wire(), light.series(1), new Rgb[] {light.series(0), light.series(1), light.series(2)});
        LinePlot drawnInAccent = plot(List.of(series("LSTM", new double[] {1, 1, 1, 1, 1, 1}, p.series(1), false)));
        assertFalse(LinePlotPainter.markerColour(drawnInAccent, p).equals(p.accent()));
        LinePlot other = plot(List.of(series("RNN", new double[] {1, 1, 1, 1, 1, 1}, p.series(0), false)));
        assertEquals(p.accent(), LinePlotPainter.markerColour(other, p));
    }

    @Test
    void referenceLinesAreLabelled() {
        RecordingSurface s = new RecordingSurface(800, 500);
        LinePlot p = plot(List.of(series("a", new double[] {0.1, 0.2, 1, 3, 5, 20}, Rgb.of(0, 0, 0), false)))
                .withReferences(List.of(new LinePlot.Reference(1, "one")));
        new LinePlotPainter().paint(s, p, STYLE, 0, 0, 800, 500);
        assertTrue(s.textStrings().contains("one"));
    }

    @Test
    void crowdedLogLabelsAreThinnedOnASmallPlot() {
        RecordingSurface s = new RecordingSurface(300, 160);
        double[] y = {1e-9, 1e-6, 1e-3, 1, 1e2, 3e2};
        new LinePlotPainter().paint(s, plot(List.of(series("a", y, Rgb.of(0, 0, 0), false))),
                new PlotStyle(Palette.LIGHT, 11), 0, 0, 300, 160);
        long powers = s.textStrings().stream().filter(t -> t.startsWith("10")).count();
        assertTrue(powers >= 2 && powers < 13, powers + " power-of-ten labels on a 160 px plot");
    }
}
