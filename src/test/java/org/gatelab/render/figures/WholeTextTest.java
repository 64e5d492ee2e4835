package org.gatelab.render.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Palette;
import org.gatelab.render.testing.EngineRuns;
import org.gatelab.render.testing.RecordingSurface;
import org.gatelab.render.weights.WeightsFigure;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.LossKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The figures a lecturer found cut or raw at 1366 x 768 (issue 14): the gradient flow's caption, the W_hh figure's
 * heading, panel titles, caption and table header, the unrolled network's shared-weights label. At the sizes those
 * views have on that screen (in the workspace and in presenter mode, in drawing units) every text shows whole (no
 * ellipsis), no sub- or superscript is left as raw markup ({@code _F}, {@code _{...}}, {@code ^{...}}), and the
 * table's header words do not run into each other.
 */
class WholeTextTest {
    /** Figure sizes in drawing units: the workspace's panels at 1366 x 768, presenter mode's at 1.5x, one view large. */
    private static final double[][] SIZES = {{520, 230}, {530, 280}, {540, 330}, {440, 210}, {450, 250}, {880, 470}};

    private static void assertWhole(RecordingSurface s, String what) {
        List<String> bad = new ArrayList<>();
        for (RecordingSurface.Text t : s.texts()) {
            String text = t.text();
            // a cut text ends in an ellipsis ("t = 10 … 12" is a range, "… h" a state from before the window)
            boolean cut = text.endsWith("…");
            if (cut || text.contains("_{") || text.contains("^{") || text.contains("_F")) {
                bad.add("\"" + text + "\"");
            }
            assertTrue(t.right() <= s.width() + 0.5 && t.left() >= -0.5,
                    what + ": \"" + text + "\" runs off the figure (" + t.left() + " to " + t.right() + ")");
        }
        assertTrue(bad.isEmpty(), what + " cuts or leaves raw: " + bad);
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void theGradientFlowShowsItsWholeCaptionAndTypesetsTheFrobeniusNorm(CellKind cell) {
        Trace trace = EngineRuns.trace(cell, 8, 30, LossKind.MSE_LAST, 1);
        GradientFlowFigure.Built b = GradientFlowFigure.build(trace, Map.of(), 0, false, Palette.LIGHT);
        for (double[] size : SIZES) {
            RecordingSurface s = new RecordingSurface(size[0], size[1], RecordingSurface.TextWidth.BY_FONT);
            new GradientFlowFigure().paint(s, Palette.LIGHT, b, 5);
            assertWhole(s, cell + " gradient flow at " + size[0] + " x " + size[1]);
            // the F of the norm is a subscript: smaller than the ‖∂h/∂h‖ it follows, and lowered
            RecordingSurface.Text norm = s.texts().stream().filter(t -> t.text().equals("‖∂hₜ/∂hₜ₋₁‖"))
                    .findFirst().orElseThrow();
            RecordingSurface.Text f = s.texts().stream().filter(t -> t.text().equals("F")).findFirst().orElseThrow();
            assertTrue(f.size() < norm.size() && f.y() > norm.y(), "F is set as a subscript");
            assertEquals(norm.right(), f.left(), 1e-9, "right after the norm");
        }
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void theWhhFigureShowsItsWholeHeadingTitlesAndCaptionAndAHeaderThatDoesNotOverlap(CellKind cell) {
        var w = EngineRuns.weights(cell, 8, 4);
        for (double[] size : SIZES) {
            RecordingSurface s = new RecordingSurface(size[0], size[1], RecordingSurface.TextWidth.BY_FONT);
            new WeightsFigure().paint(s, Palette.LIGHT, w, null, 1);
            String what = cell + " W_hh at " + size[0] + " x " + size[1];
            assertWhole(s, what);
            // the header: "matrix", "ρ = max|λ|", "‖W‖₂", "‖W‖" + subscript F, left to right, apart
            List<RecordingSurface.Text> header = new ArrayList<>();
            for (String word : new String[] {"matrix", "ρ = max|λ|", "‖W‖₂", "‖W‖"}) {
                header.add(s.texts().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow(
                        () -> new AssertionError(what + ": no header word " + word)));
            }
            for (int c = 1; c < header.size(); c++) {
                assertTrue(header.get(c).left() >= header.get(c - 1).right() + 1, what + ": \""
                        + header.get(c - 1).text() + "\" runs into \"" + header.get(c).text() + "\"");
            }
            assertFalse(s.textStrings().stream().anyMatch(t -> t.contains("W‖_F")), what);
        }
        // presenter mode at 1.75x and 2x, two columns on 1366 x 768: narrow panels, and no type under the floor (the
        // norm table ran past the figure's right edge)
        for (double width : new double[] {390, 341, 300}) {
            RecordingSurface s = new RecordingSurface(width, 420, RecordingSurface.TextWidth.BY_FONT)
                    .withTypeFloor(16 / 1.5);
            new WeightsFigure().paint(s, Palette.LIGHT, w, null, 1);
            assertWhole(s, cell + " W_hh at " + width + " x 420 with the presenter's type floor");
        }
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void theUnrolledNetworkSaysWhatItsSharedWeightsAreWithoutCuttingIt(CellKind cell) {
        Trace trace = EngineRuns.trace(cell, 6, 20, LossKind.MSE_ALL, 3);
        for (double[] size : SIZES) {
            RecordingSurface s = new RecordingSurface(size[0], size[1], RecordingSurface.TextWidth.BY_FONT);
            new UnrolledFigure().paint(s, Palette.LIGHT, trace, FigureSelection.of(12, 2), 1);
            assertWhole(s, cell + " unrolled at " + size[0] + " x " + size[1]);
            assertTrue(s.textStrings().stream().anyMatch(t -> t.contains("weights")), "the shared weights are named");
        }
    }

    /**
     * The activation maps' caption lists facts ("1 of 6 maps shown · rows: units 0–7 · columns: steps t · click a cell
     * to select it"): where it does not fit, it gives up its last facts whole (it ended "columns: ste…").
     */
    @ParameterizedTest
    @EnumSource(CellKind.class)
    void theActivationMapsCaptionGivesUpWholeFactsNeverAWordCut(CellKind cell) {
        Trace trace = EngineRuns.trace(cell, 8, 30, LossKind.MSE_LAST, 1);
        var layer = trace.layer(0);
        var maps = HeatmapStackFigure.byName(ActivationMaps.build(layer));
        List<String> shown = List.copyOf(maps.keySet()).subList(0, 1);
        String caption = ActivationMaps.caption(layer, shown.size(), maps.size());
        for (double[] size : SIZES) {
            RecordingSurface s = new RecordingSurface(size[0], size[1], RecordingSurface.TextWidth.BY_FONT);
            double font = HeatmapStackFigure.fontSize(size[1]);
            new HeatmapStackFigure().paint(s, Palette.LIGHT, new HeatmapStackFigure.Content("LSTM activations",
                    caption, maps, shown, "", Map.of()), HeatmapStackFigure.Marks.of(-1, -1, null), font, 0, 0);
            assertWhole(s, cell + " activation maps at " + size[0] + " x " + size[1]);
            assertTrue(s.textStrings().stream().anyMatch(t -> t.startsWith("1 of ")), "the caption says what is shown");
        }
    }
}
