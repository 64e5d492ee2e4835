package org.gatelab.render.plot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.render.Palette;
import org.junit.jupiter.api.Test;

/** Curves are named at their ends exactly when two of them share a stroke, so only colour tells them apart. */
class CurveLabelsTest {
    private static PlotSeries curve(String name, int colour, boolean dashed) {
        return new PlotSeries(name, name, new double[] {0, 1}, new double[] {1, 2}, Palette.LIGHT.series(colour),
                dashed, false, false);
    }

    @Test
    void onlyCurvesThatShareAStrokeAreNamedAtTheirEnds() {
        assertFalse(CurveLabels.colourAlone(List.of(curve("h", 0, false))), "one curve: the y title names it");
        assertFalse(CurveLabels.colourAlone(List.of(curve("a", 0, false), curve("b", 1, true))),
                "solid and dashed are told apart by their stroke");
        assertTrue(CurveLabels.colourAlone(List.of(curve("RNN", 0, false), curve("LSTM", 1, false),
                curve("GRU", 2, false))), "three solid curves differ by colour alone");
        assertTrue(CurveLabels.colourAlone(List.of(curve("RNN", 0, true), curve("LSTM", 1, true),
                curve("RNN val", 0, false))), "two dashed curves differ by colour alone");
    }
}
