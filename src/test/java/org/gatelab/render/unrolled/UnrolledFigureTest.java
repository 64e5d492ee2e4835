package org.gatelab.render.unrolled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Palette;
import org.gatelab.render.diagram.DiagramFormat;
import org.gatelab.render.figures.FigureSelection;
import org.gatelab.render.figures.UnrolledFigure;
import org.gatelab.render.heatmap.ValueFormat;
import org.gatelab.render.testing.EngineRuns;
import org.gatelab.render.testing.RecordingSurface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The unrolled network on a recording surface: every number it draws is the trace's, at the step it belongs to. */
class UnrolledFigureTest {
    private static final int STEP = 12;
    private static final int UNIT = 2;
    private static final double W = 1400;
    private static final double H = 760;

    private static RecordingSurface paint(Trace trace, FigureSelection sel, double progress, double w, double h,
                                          Palette p) {
        RecordingSurface s = new RecordingSurface(w, h, RecordingSurface.TextWidth.BY_FONT);
        new UnrolledFigure().paint(s, p, trace, sel, progress);
        return s;
    }

    private static FigureSelection selection() {
        return FigureSelection.of(STEP, UNIT);
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void everyCopyShowsItsOwnStepsValues(CellKind cell) {
        Trace trace = EngineRuns.trace(cell, 6, 20, LossKind.MSE_ALL, 3);
        UnrolledValues v = UnrolledFigure.values(trace, selection(), W, H);
        assertEquals(STEP, v.first() + v.count() - 1, "the window ends at the selected step");
        assertTrue(v.count() >= 3, "a 1400-pixel figure holds several copies, not " + v.count());
        List<String> texts = paint(trace, selection(), 1, W, H, Palette.LIGHT).textStrings();
        LayerTrace l = trace.layer(0);
        for (int t = v.first(); t <= STEP; t++) {
            assertTrue(texts.contains("t = " + t));
            for (Gate g : cell.blocks()) {
                String value = DiagramFormat.value(l.gate(t, 0, g, UNIT));
                assertTrue(texts.contains(value), g + " at t = " + t + ": " + value + " not among " + texts);
            }
            // h_t leaves copy t on the wire to t + 1; every input feature enters from below
            assertTrue(texts.contains(DiagramFormat.value(l.hidden(t, 0, UNIT))), "h at t = " + t);
            assertTrue(texts.contains("x" + Subscripts.of(t) + " (" + DiagramFormat.value(l.input(t, 0, 0)) + ", "
                    + DiagramFormat.value(l.input(t, 0, 1)) + ")"), "both features of x at t = " + t);
            assertTrue(texts.contains("ŷ" + Subscripts.of(t) + " " + DiagramFormat.value(trace.output(t, 0, 0))));
            if (cell == CellKind.LSTM) {
                assertTrue(texts.contains(DiagramFormat.value(l.cellState(t, 0, UNIT))), "c at t = " + t);
            }
        }
        assertTrue(texts.contains(DiagramFormat.value(l.previousHidden(v.first(), 0, UNIT))), "h entering the window");
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void theBackwardPassShowsTheRecordedGradientsAndEachPathsFactor(CellKind cell) {
        Trace trace = EngineRuns.trace(cell, 6, 20, LossKind.MSE_LAST, 5);
        UnrolledValues v = UnrolledFigure.values(trace, selection(), W, H);
        List<String> texts = paint(trace, selection(), 1, W, H, Palette.DARK).textStrings();
        LayerTrace l = trace.layer(0);
        assertTrue(texts.contains(BackwardPainter.TITLE));
        for (int t = v.first(); t <= STEP; t++) {
            assertTrue(texts.contains(ValueFormat.readout(l.gradHiddenNorm(t, 0))), "‖∂L/∂h‖ at t = " + t);
            assertTrue(texts.contains("≤ ×" + DiagramFormat.value(l.stepJacobianNorm(t, 0))), "J at t = " + t);
            if (cell == CellKind.LSTM) {
                assertTrue(texts.contains(ValueFormat.readout(l.gradCellState(t, 0, UNIT))), "∂L/∂c at t = " + t);
                assertTrue(texts.contains("× f " + DiagramFormat.value(l.gate(t, 0, Gate.F, UNIT))), "f at t = " + t);
            }
        }
    }

    @Test
    void theSweepRevealsTheStepsFromRightToLeft() {
        Trace trace = EngineRuns.trace(CellKind.RNN, 5, 20, LossKind.MSE_LAST, 8);
        UnrolledValues v = UnrolledFigure.values(trace, selection(), W, H);
        LayerTrace l = trace.layer(0);
        int n = v.count();
        List<String> none = paint(trace, selection(), 0, W, H, Palette.LIGHT).textStrings();
        List<String> half = paint(trace, selection(), 0.5, W, H, Palette.LIGHT).textStrings();
        for (int k = 0; k < n; k++) {
            String g = ValueFormat.readout(l.gradHiddenNorm(v.step(k), 0));
            assertFalse(none.contains(g), "nothing of the backward pass before it starts");
            boolean reached = n - k <= Math.ceil(0.5 * n);
            assertEquals(reached, half.contains(g), "copy " + k + " of " + n + " half-way through the sweep");
        }
        assertEquals(0, BackwardPainter.swept(0, 4, 0.5));
        assertEquals(1, BackwardPainter.swept(3, 4, 0.25));
        assertEquals(0.5, BackwardPainter.swept(2, 4, 0.375), 1e-12);
    }

    @Test
    void theWindowStaysInsideTheRun() {
        assertEquals(0, UnrolledValues.firstStepEndingAt(2, 5, 30));
        assertEquals(8, UnrolledValues.firstStepEndingAt(12, 5, 30));
        assertEquals(0, UnrolledValues.firstStepEndingAt(12, 5, 3));
        Trace trace = EngineRuns.trace(CellKind.GRU, 4, 3, LossKind.MSE_ALL, 1);
        UnrolledValues v = UnrolledValues.of(trace, 7, 99, -4, 10);
        assertEquals(0, v.first());
        assertEquals(3, v.count());
        assertEquals(3, v.unit());
        assertEquals(0, v.layer());
    }

    @Test
    void aRunWithoutATargetHasNoBackwardPass() {
        Trace trace = new SequenceRunner().trace(EngineRuns.model(CellKind.LSTM, 4, 2),
                SequenceBatch.ofSequence(new double[][] {{0.1, 1}, {0.2, 0}, {0.3, 0}}), null, null);
        List<String> texts = paint(trace, FigureSelection.of(2, 1), 1, W, H, Palette.LIGHT).textStrings();
        assertFalse(texts.contains(BackwardPainter.TITLE));
        assertTrue(texts.stream().anyMatch(t -> t.contains("no backward pass")), texts.toString());
    }

    @Test
    void theSelectedStepsCopyIsOutlinedInTheAccentColour() {
        Trace trace = EngineRuns.trace(CellKind.LSTM, 4, 20, LossKind.MSE_ALL, 1);
        RecordingSurface s = paint(trace, selection(), 1, W, H, Palette.LIGHT);
        assertTrue(s.texts().stream().anyMatch(t -> t.text().equals("t = " + STEP)
                && t.fill().equals(Palette.LIGHT.accent())));
        assertTrue(s.texts().stream().noneMatch(t -> t.text().equals("t = " + (STEP - 1))
                && t.fill().equals(Palette.LIGHT.accent())));
    }

    /** A view filling a projector (1366 x 768, less the window's bars): no text below 16 px. */
    @ParameterizedTest
    @EnumSource(CellKind.class)
    void readsOnAProjector(CellKind cell) {
        Trace trace = EngineRuns.trace(cell, 8, 30, LossKind.MSE_ALL, 4);
        RecordingSurface s = paint(trace, selection(), 1, 1300, 660, Palette.PRESENTER_LIGHT);
        assertTrue(s.texts().size() > 30);
        for (RecordingSurface.Text t : s.texts()) {
            // the subscript F of a Frobenius norm is set smaller, as in print; on screen the canvas's type floor lifts
            // it to 16 px (ProjectorRuleTest measures the drawn sizes there)
            if (!t.text().equals("F")) {
                assertTrue(t.size() >= 16, "\"" + t.text() + "\" at " + t.size() + " px");
            }
        }
    }
}
