package org.gatelab.render.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.testing.RecordingSurface;
import org.junit.jupiter.api.Test;

/** Stacked bars: segments from both ends of the track, percentages, legend, axis. */
class BarPainterTest {
    private static final Rgb CLOSED = Rgb.of(68, 1, 84);
    private static final Rgb OPEN = Rgb.of(189, 223, 38);

    @Test
    void segmentsStackFromBothEndsAndPrintTheirShares() {
        RecordingSurface s = new RecordingSurface(600, 300);
        BarChart chart = new BarChart(List.of(
                new BarChart.Row("f", "forget gate", List.of(new BarChart.Segment(0.25, CLOSED, false),
                        new BarChart.Segment(0.034, OPEN, true))),
                new BarChart.Row("i", "input gate", List.of(new BarChart.Segment(0, CLOSED, false),
                        new BarChart.Segment(0.5, OPEN, true)))),
                List.of(new BarChart.LegendEntry("nearly closed", CLOSED), new BarChart.LegendEntry("nearly open", OPEN)),
                "");
        BarPainter.BarLayout layout = new BarPainter().paint(s, chart, new PlotStyle(Palette.LIGHT, 14), 0, 0, 600, 300);
        assertEquals(2, layout.tracks().size());
        Box f = layout.tracks().get(0);
        Box i = layout.tracks().get(1);
        assertTrue(i.y() > f.y(), "rows top to bottom");
        RecordingSurface.Rect closed = s.filledRects().stream().filter(r -> r.fill().equals(CLOSED) && r.w() > 0)
                .findFirst().orElseThrow();
        assertEquals(f.x(), closed.x(), 1e-9);
        assertEquals(0.25 * f.w(), closed.w(), 1e-9);
        List<RecordingSurface.Rect> open = s.filledRects().stream().filter(r -> r.fill().equals(OPEN)).toList();
        assertEquals(2, open.size());
        assertEquals(f.right(), open.get(0).x() + open.get(0).w(), 1e-9, "the open share ends at the right end");
        assertEquals(0.034 * f.w(), open.get(0).w(), 1e-9);
        assertEquals(0.5 * i.w(), open.get(1).w(), 1e-9);
        List<String> texts = s.textStrings();
        for (String t : List.of("25%", "3.4%", "0%", "50%", "f", "forget gate", "nearly closed", "nearly open", "100%")) {
            assertTrue(texts.contains(t), "missing " + t + " in " + texts);
        }
    }

    @Test
    void percentages() {
        assertEquals("34%", BarPainter.percent(0.34));
        assertEquals("3.4%", BarPainter.percent(0.034));
        assertEquals("0%", BarPainter.percent(0));
        assertEquals("<0.1%", BarPainter.percent(0.0001));
        assertEquals("100%", BarPainter.percent(1));
    }
}
