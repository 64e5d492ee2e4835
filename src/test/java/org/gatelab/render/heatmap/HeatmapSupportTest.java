package org.gatelab.render.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.render.ColorMap;
import org.gatelab.render.Palette;
import org.gatelab.render.testing.RecordingSurface;
import org.junit.jupiter.api.Test;

/** The heatmap's helpers: data, ticks, grid, number format, colour bar, text fitting. */
class HeatmapSupportTest {

    @Test
    void heatmapDataIsImmutableAndValidated() {
        double[] v = {1, 2, 3, 4, 5, 6};
        HeatmapData d = new HeatmapData("h", "h · hidden", 2, 3, v, -1, 1, ColorMap.diverging(), "tanh");
        v[0] = 99;
        assertEquals(1, d.value(0, 0));
        d.values()[1] = 99;
        assertEquals(2, d.value(0, 1));
        assertNotSame(d.values(), d.values());
        assertEquals(6, d.value(1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> d.value(2, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new HeatmapData("x", "x", 2, 2, new double[3], 0, 1, ColorMap.sequential(), ""));
        assertThrows(IllegalArgumentException.class,
                () -> new HeatmapData("x", "x", 1, 1, new double[1], 1, 0, ColorMap.sequential(), ""));
        assertThrows(IllegalArgumentException.class,
                () -> new HeatmapData("x", "x", 1, 1, new double[1], 0, 1, ColorMap.sequential(), "", 3));
        assertEquals(d, new HeatmapData("h", "h · hidden", 2, 3, d.values(), -1, 1, ColorMap.diverging(), "tanh"));
        assertTrue(d.symmetric());
        assertEquals(ColorMap.diverging().argb(6, -1, 1), d.argb(1, 2));
    }

    @Test
    void ticksUseNiceStepsThatFitTheLabel() {
        assertEquals(1, AxisTicks.step(20, 15));
        assertEquals(2, AxisTicks.step(10, 15));
        assertEquals(5, AxisTicks.step(4, 15));
        assertEquals(10, AxisTicks.step(2, 15));
        assertEquals(50, AxisTicks.step(0.5, 20));
        assertEquals(Integer.MAX_VALUE, AxisTicks.step(0, 20));
    }

    @Test
    void gridUsesTwoColumnsWhenWideAndLabelsTimeUnderTheLowestMapOfEachColumn() {
        HeatmapGrid.Arrangement a = HeatmapGrid.arrange(6, 0, 0, 650, 380, 8, 30, 12);
        assertEquals(2, a.columns());
        assertEquals(6, a.boxes().size());
        for (int k = 0; k < 6; k++) {
            assertEquals(k >= 4, a.boxes().get(k).timeLabels(), "box " + k);
        }
        // a tall, narrow area stacks the maps
        assertEquals(1, HeatmapGrid.arrange(4, 0, 0, 400, 1000, 8, 30, 12).columns());
        // odd count: the map above an empty slot labels time too
        HeatmapGrid.Arrangement three = HeatmapGrid.layout(3, 2, 0, 0, 600, 400, 12);
        assertTrue(three.boxes().get(1).timeLabels());
        assertTrue(three.boxes().get(2).timeLabels());
        assertFalse(three.boxes().get(0).timeLabels());
        // boxes don't overlap and stay inside the area
        for (HeatmapGrid.Box b : a.boxes()) {
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= 650 + 1e-9 && b.y() + b.h() <= 380 + 1e-9);
        }
    }

    @Test
    void manyUnitsDoNotFitSixMapsInASmallPanel() {
        assertTrue(HeatmapGrid.fits(6, 650, 370, 8, 30, 12));
        assertFalse(HeatmapGrid.fits(6, 650, 370, 64, 200, 12));
        int k = HeatmapGrid.fitting(6, 650, 370, 64, 200, 12);
        assertTrue(k >= 1 && k < 6, "fitting " + k);
        assertTrue(HeatmapGrid.fits(6, 1280, 760, 64, 200, 17));
    }

    @Test
    void numbersAreFormattedForReadoutsAndLabels() {
        assertEquals("0.577", ValueFormat.readout(0.57721));
        assertEquals("-1.204", ValueFormat.readout(-1.2039));
        assertEquals("2.31e-05", ValueFormat.readout(2.31e-5));
        assertEquals("0.000", ValueFormat.readout(0));
        assertEquals("1", ValueFormat.label(1));
        assertEquals("-1", ValueFormat.label(-1));
        assertEquals("0.5", ValueFormat.label(0.5));
        assertEquals("0.63", ValueFormat.label(0.6318));
        assertEquals("1.7e-05", ValueFormat.label(1.7e-5));
        assertEquals("0", ValueFormat.label(0));
    }

    @Test
    void colorBarIsOneImageFromMaxAtTheTopToMinAtTheBottom() {
        RecordingSurface s = new RecordingSurface(100, 300);
        new ColorBarPainter().paint(s, Palette.DARK, ColorMap.sequential(), 0, 1, 10, 10, 10, 200, 12);
        assertEquals(1, s.images().size());
        RecordingSurface.Image bar = s.images().get(0);
        assertEquals(1, bar.cols());
        assertEquals(ColorMap.sequential().at(1 - 0.5 / bar.rows()).argb(), bar.argb()[0]);
        assertEquals(ColorMap.sequential().at(0.5 / bar.rows()).argb(), bar.argb()[bar.rows() - 1]);
        assertTrue(s.texts().stream().anyMatch(t -> t.text().equals("1")));
        assertTrue(s.texts().stream().anyMatch(t -> t.text().equals("0.5")));
        assertTrue(s.texts().stream().anyMatch(t -> t.text().equals("0")));
    }

    @Test
    void textFitElidesOnlyWhenNeeded() {
        RecordingSurface s = new RecordingSurface(100, 100);
        s.setFont(10, false, false);
        assertEquals("short", TextFit.text(s, "short", 100));
        String cut = TextFit.text(s, "a rather long caption that cannot fit", 60);
        assertTrue(cut.endsWith("…"));
        assertTrue(s.textWidth(cut) <= 60);
    }
}
