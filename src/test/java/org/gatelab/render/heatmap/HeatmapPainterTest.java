package org.gatelab.render.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Palette;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.testing.RecordingSurface;
import org.junit.jupiter.api.Test;

/** {@link HeatmapPainter} on a recording surface: one image per map, its pixels, labels and markers. */
class HeatmapPainterTest {
    private static final Palette P = Palette.LIGHT;
    private final HeatmapPainter painter = new HeatmapPainter();

    static HeatmapData data(String name, int rows, int cols, double min, double max, ColorMap map, long seed) {
        Random r = new Random(seed);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = min + (max - min) * r.nextDouble();
        }
        return new HeatmapData(name, name + " · test", rows, cols, v, min, max, map, "legend");
    }

    private static List<RecordingSurface.Image> heatmapImages(RecordingSurface s, HeatmapData d) {
        return s.images().stream().filter(i -> i.cols() == d.cols() && i.rows() == d.rows()).toList();
    }

    @Test
    void paintsTheDataAsOneImageWhosePixelsAreTheColourMapOfTheValues() {
        HeatmapData d = data("f", 8, 30, 0, 1, ColorMap.sequential(), 1);
        RecordingSurface s = new RecordingSurface(650, 420);
        HeatmapLayout l = painter.paint(s, P, d, HeatmapMarks.of(7, 3), 0, 0, 650, 420, 12);

        List<RecordingSurface.Image> maps = heatmapImages(s, d);
        assertEquals(1, maps.size(), "exactly one image for the map");
        RecordingSurface.Image img = maps.get(0);
        assertEquals(30, img.cols());
        assertEquals(8, img.rows());
        for (int u = 0; u < 8; u++) {
            for (int t = 0; t < 30; t++) {
                assertEquals(ColorMap.sequential().argb(d.value(u, t), 0, 1), img.argb()[u * 30 + t],
                        "pixel of unit " + u + ", t = " + t);
            }
        }
        // the image fills the plot rectangle the layout reports
        assertEquals(l.plotX(), img.x(), 1e-9);
        assertEquals(l.plotY(), img.y(), 1e-9);
        assertEquals(l.plotW(), img.w(), 1e-9);
        assertEquals(l.plotH(), img.h(), 1e-9);
        // besides it only the colour bar, a one-column image
        assertEquals(2, s.images().size());
        assertTrue(s.images().stream().anyMatch(i -> i.cols() == 1 && i.rows() >= 2));
    }

    @Test
    void aStackOfMapsPaintsOneImagePerMap() {
        List<HeatmapData> stack = new ArrayList<>();
        String[] names = {"i", "f", "g", "o", "c", "h"};
        for (int k = 0; k < names.length; k++) {
            stack.add(data(names[k], 16, 50, -1, 1, ColorMap.diverging(), k));
        }
        RecordingSurface s = new RecordingSurface(900, 600);
        HeatmapGrid.Arrangement grid = HeatmapGrid.arrange(stack.size(), 0, 0, 900, 600, 16, 50, 12);
        for (int k = 0; k < stack.size(); k++) {
            HeatmapGrid.Box b = grid.boxes().get(k);
            painter.paint(s, P, stack.get(k), HeatmapMarks.of(3, 2).withTimeLabels(b.timeLabels()), b.x(), b.y(),
                    b.w(), b.h(), 12);
        }
        long mapImages = s.images().stream().filter(i -> i.cols() == 50 && i.rows() == 16).count();
        assertEquals(6, mapImages);
        for (int k = 0; k < stack.size(); k++) {
            String title = stack.get(k).title();
            assertTrue(s.texts().stream().anyMatch(t -> t.text().equals(title)), "title " + title);
        }
    }

    @Test
    void diverginglyColouredPixelsFollowTheSymmetricRange() {
        HeatmapData d = data("c", 5, 9, -0.7, 0.7, ColorMap.diverging(), 3);
        RecordingSurface s = new RecordingSurface(400, 300);
        painter.paint(s, P, d, HeatmapMarks.none(), 0, 0, 400, 300, 12);
        RecordingSurface.Image img = heatmapImages(s, d).get(0);
        for (int i = 0; i < 45; i++) {
            assertEquals(ColorMap.diverging().argb(d.value(i / 9, i % 9), -0.7, 0.7), img.argb()[i]);
        }
        // the colour bar is labelled with its range and 0
        assertTrue(s.texts().stream().anyMatch(t -> t.text().equals("0.7")));
        assertTrue(s.texts().stream().anyMatch(t -> t.text().equals("-0.7")));
        assertTrue(s.texts().stream().anyMatch(t -> t.text().equals("0")));
    }

    @Test
    void timeLabelsDoNotCollideAndTheCurrentStepIsLabelledInTheAccent() {
        for (int cols : new int[] {5, 30, 200, 1000}) {
            HeatmapData d = data("h", 8, cols, -1, 1, ColorMap.diverging(), cols);
            RecordingSurface s = new RecordingSurface(650, 300);
            int step = cols * 2 / 3;
            HeatmapLayout l = painter.paint(s, P, d, HeatmapMarks.of(step, 1), 0, 0, 650, 300, 12);
            double below = l.plotY() + l.plotH();
            List<RecordingSurface.Text> labels = s.texts().stream()
                    .filter(t -> t.v() == VAlign.TOP && t.y() > below && t.x() >= l.plotX() - 1)
                    .sorted(Comparator.comparingDouble(RecordingSurface.Text::x)).toList();
            assertTrue(labels.size() >= 2, cols + " steps: some time labels");
            for (int k = 1; k < labels.size(); k++) {
                RecordingSurface.Text a = labels.get(k - 1);
                RecordingSurface.Text b = labels.get(k);
                assertTrue(a.right() < b.left(), cols + " steps: labels " + labels.get(k - 1).text() + " and "
                        + labels.get(k).text() + " overlap");
            }
            RecordingSurface.Text current = labels.stream().filter(t -> t.text().equals(String.valueOf(step)))
                    .findFirst().orElseThrow();
            assertEquals(P.accent(), current.fill());
            assertEquals(l.centerX(step), current.x(), 1e-9);
            assertTrue(labels.stream().anyMatch(t -> t.text().equals("0")), "t = 0 is labelled");
        }
    }

    @Test
    void unitLabelsAreThinnedForManyUnitsAndTheSelectedUnitIsMarked() {
        HeatmapData d = data("f", 64, 30, 0, 1, ColorMap.sequential(), 5);
        RecordingSurface s = new RecordingSurface(400, 200);
        HeatmapLayout l = painter.paint(s, P, d, HeatmapMarks.of(2, 21), 0, 0, 400, 200, 12);
        List<RecordingSurface.Text> unitLabels = s.texts().stream()
                .filter(t -> t.v() == VAlign.CENTER && t.x() < l.plotX()).toList();
        assertTrue(unitLabels.size() < 20, "thinned: " + unitLabels.size() + " labels for 64 units");
        List<Double> ys = unitLabels.stream().map(RecordingSurface.Text::y).sorted().toList();
        for (int k = 1; k < ys.size(); k++) {
            assertTrue(ys.get(k) - ys.get(k - 1) >= 0.85 * 12, "unit labels too close");
        }
        RecordingSurface.Text sel = unitLabels.stream().filter(t -> t.text().equals("21")).findFirst().orElseThrow();
        assertEquals(P.accent(), sel.fill());
        assertEquals(l.centerY(21), sel.y(), 1e-9);
        // a triangle in the accent colour points at the row
        assertEquals(1, s.polygons().size());
        assertEquals(P.accent(), s.polygons().get(0).fill());
        assertEquals(l.centerY(21), s.polygons().get(0).ys()[1], 1e-9);

        // few units: every unit is labelled
        HeatmapData small = data("f", 8, 30, 0, 1, ColorMap.sequential(), 6);
        RecordingSurface s2 = new RecordingSurface(600, 400);
        HeatmapLayout l2 = painter.paint(s2, P, small, HeatmapMarks.none(), 0, 0, 600, 400, 12);
        assertEquals(8, s2.texts().stream().filter(t -> t.v() == VAlign.CENTER && t.x() < l2.plotX()).count());
    }

    @Test
    void theCurrentStepColumnIsOutlinedInTheAccent() {
        HeatmapData d = data("o", 8, 30, 0, 1, ColorMap.sequential(), 7);
        RecordingSurface s = new RecordingSurface(650, 300);
        HeatmapLayout l = painter.paint(s, P, d, HeatmapMarks.of(12, 0), 0, 0, 650, 300, 12);
        List<RecordingSurface.Rect> accent = s.strokedRects().stream().filter(r -> r.stroke().equals(P.accent()))
                .toList();
        // the column (taller than the plot) and the selected row (wider than the plot)
        RecordingSurface.Rect column = accent.stream().filter(r -> r.h() > l.plotH()).findFirst().orElseThrow();
        assertEquals(l.centerX(12), column.x() + column.w() / 2, 1e-9);
        assertTrue(column.w() >= l.cellWidth());
        RecordingSurface.Rect row = accent.stream().filter(r -> r.w() > l.plotW()).findFirst().orElseThrow();
        assertEquals(l.centerY(0), row.y() + row.h() / 2, 1e-9);

        // no markers: nothing in the accent colour
        RecordingSurface none = new RecordingSurface(650, 300);
        painter.paint(none, P, d, HeatmapMarks.none(), 0, 0, 650, 300, 12);
        assertFalse(none.strokedRects().stream().anyMatch(r -> r.stroke().equals(P.accent())));
        assertTrue(none.polygons().isEmpty());
    }

    @Test
    void layoutHitTestsTheCellsItPainted() {
        HeatmapData d = data("g", 10, 40, -1, 1, ColorMap.diverging(), 8);
        RecordingSurface s = new RecordingSurface(700, 400);
        HeatmapLayout l = painter.paint(s, P, d, HeatmapMarks.none(), 20, 30, 600, 300, 12);
        for (int u = 0; u < 10; u++) {
            for (int t = 0; t < 40; t++) {
                assertEquals(new HeatmapLayout.Cell(u, t), l.cellAt(l.centerX(t), l.centerY(u)).orElseThrow());
            }
        }
        assertTrue(l.cellAt(l.plotX() - 1, l.centerY(0)).isEmpty());
        assertTrue(l.cellAt(l.centerX(0), l.plotY() + l.plotH() + 0.5).isEmpty());
    }

    @Test
    void logarithmicMapsColourByOrderOfMagnitude() {
        double[] v = {1e-3, -1e-3, 1e-4, 1e-7, 0, -5e-6};
        HeatmapData d = new HeatmapData("f", "grad", 1, 6, v, -1e-3, 1e-3, ColorMap.diverging(), "log", 4);
        assertEquals(1, d.position(1e-3), 1e-12);
        assertEquals(0, d.position(-1e-3), 1e-12);
        assertEquals(0.5 + 0.5 * 3 / 4.0, d.position(1e-4), 1e-12);
        assertEquals(0.5, d.position(1e-7), 1e-12);
        assertEquals(0.5, d.position(0), 1e-12);
        RecordingSurface s = new RecordingSurface(400, 200);
        painter.paint(s, P, d, HeatmapMarks.none(), 0, 0, 400, 200, 12);
        int[] px = heatmapImages(s, d).get(0).argb();
        for (int k = 0; k < v.length; k++) {
            assertEquals(ColorMap.diverging().at(d.position(v[k])).argb(), px[k]);
        }
    }

    @Test
    void aTinyBoxPaintsTheTitleButNoImage() {
        HeatmapData d = data("f", 8, 30, 0, 1, ColorMap.sequential(), 9);
        RecordingSurface s = new RecordingSurface(60, 30);
        HeatmapLayout l = painter.paint(s, P, d, HeatmapMarks.of(0, 0), 0, 0, 60, 30, 12);
        assertTrue(s.images().isEmpty());
        assertTrue(l.cellAt(10, 10).isEmpty());
    }
}
