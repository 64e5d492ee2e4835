package org.gatelab.render.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.gatelab.render.Palette;
import org.gatelab.render.testing.RecordingSurface;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, defect 7: at 1366 x 768 a plot's heading was cut ("0% of epoch 6's updat…"). A heading too long for
 * its width now takes a second line, and the height a layout reserves is the height painted.
 */
class FigureTitleTest {
    private static final String HEADING = "Gradient norm ‖∇L‖ before clipping · 0% of epoch 6's updates clipped";

    @Test
    void aLongHeadingWrapsOntoASecondLineInsteadOfBeingCut() {
        PlotStyle style = new PlotStyle(Palette.LIGHT, 10);
        RecordingSurface s = new RecordingSurface(300, 200);
        double width = 260;
        double reserved = FigureTitle.height(s, style, HEADING, "A caption.", width, 1);
        double used = FigureTitle.paint(s, style, HEADING, "A caption.", 0, 0, width, 1);
        assertEquals(reserved, used, 1e-9);
        List<String> bold = s.texts().stream().filter(RecordingSurface.Text::bold).map(RecordingSurface.Text::text)
                .toList();
        assertEquals(2, bold.size(), bold.toString());
        assertEquals(HEADING, String.join(" ", bold));
        assertFalse(bold.stream().anyMatch(t -> t.endsWith("…")), bold.toString());
    }
}
