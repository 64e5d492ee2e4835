package org.gatelab.render.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.render.Palette;
import org.gatelab.render.testing.RecordingSurface;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, defect 7: at 1366 x 768 a plot's heading was cut ("0% of epoch 6's updat…"). A heading too long for
 * its width now takes a second line, and the height a layout reserves is the height painted. Issue 18: at
 * presenter mode's largest type a heading takes as many lines as it needs, a caption gives up whole sentences
 * from its end instead of ending in "…", and a figure's message in place of its plot wraps.
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

    @Test
    void atALargeTypeTheHeadingTakesMoreLinesAndTheCaptionKeepsWholeSentences() {
        PlotStyle style = new PlotStyle(Palette.LIGHT, 10);
        RecordingSurface s = new RecordingSurface(140, 200, RecordingSurface.TextWidth.BY_FONT);
        String caption = "The length of the whole gradient at each update. Spikes warn of an explosion; above the "
                + "dashed line, clipping shortens it to the clip norm.";
        double reserved = FigureTitle.height(s, style, HEADING, caption, 130, 3);
        double used = FigureTitle.paint(s, style, HEADING, caption, 0, 0, 130, 3);
        assertEquals(reserved, used, 1e-9);
        List<String> bold = s.texts().stream().filter(RecordingSurface.Text::bold).map(RecordingSurface.Text::text)
                .toList();
        assertTrue(bold.size() > 2, bold.toString());
        assertEquals(HEADING, String.join(" ", bold));
        String shown = String.join(" ", s.texts().stream().filter(t -> !t.bold()).map(RecordingSurface.Text::text)
                .toList());
        assertEquals("The length of the whole gradient at each update.", shown, "the first sentence only");
        assertTrue(s.texts().stream().allMatch(t -> t.right() <= 130 + 1e-9), "within the width");
    }

    @Test
    void aCaptionWhoseFirstSentenceDoesNotFitIsLeftOutAndAMessageWraps() {
        RecordingSurface s = new RecordingSurface(100, 200, RecordingSurface.TextWidth.BY_FONT);
        s.setFont(9, false, false);
        assertEquals("", FigureTitle.wholeSentences(s, "A single sentence far too long for one narrow line of text.",
                90, 1));
        s.setFont(10, false, false);
        FigureTitle.message(s, "The loss curves appear here once training starts.", 50, 0, 200, 90, 10);
        List<String> lines = s.textStrings();
        assertTrue(lines.size() > 1, lines.toString());
        assertEquals("The loss curves appear here once training starts.", String.join(" ", lines));
        assertFalse(lines.stream().anyMatch(t -> t.endsWith("…")), lines.toString());
    }
}
