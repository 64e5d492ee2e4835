package org.gatelab.render.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.engine.trace.MatrixSpectrum;
import org.gatelab.engine.trace.RecurrentWeights;
import org.gatelab.render.Palette;
import org.gatelab.render.heatmap.ValueFormat;
import org.gatelab.render.testing.EngineRuns;
import org.gatelab.render.testing.RecordingSurface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The W_hh figure on a recording surface: every eigenvalue, norm and weight it draws is the engine's. */
class WeightsFigureTest {
    private static final double W = 1200;
    private static final double H = 800;

    private static RecordingSurface paint(RecurrentWeights w, Gate wanted, Palette p, double width, double height,
                                          WeightsFigure.Layout[] layout) {
        RecordingSurface s = new RecordingSurface(width, height, RecordingSurface.TextWidth.BY_FONT);
        WeightsFigure.Layout l = new WeightsFigure().paint(s, p, w, wanted, 1);
        if (layout != null) {
            layout[0] = l;
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void everyEigenvalueIsADotWhereTheSpectrumPutsIt(CellKind cell) {
        RecurrentWeights w = EngineRuns.weights(cell, 10, 4);
        WeightsFigure.Layout[] layout = new WeightsFigure.Layout[1];
        RecordingSurface s = paint(w, null, Palette.LIGHT, W, H, layout);
        Gate block = WeightsFigure.blockFor(cell, null);
        MatrixSpectrum spectrum = w.spectrum(block);
        EigenPlanePainter.Layout plane = layout[0].plane();
        List<RecordingSurface.Oval> dots = s.ovals().stream()
                .filter(o -> o.filled() && o.fill().equals(Palette.LIGHT.series(cell.ordinal()))).toList();
        assertEquals(spectrum.count(), dots.size());
        for (int k = 0; k < spectrum.count(); k++) {
            double x = plane.px(spectrum.real(k));
            double y = plane.py(spectrum.imaginary(k));
            assertTrue(dots.stream().anyMatch(d -> Math.abs(d.centerX() - x) < 1e-9 && Math.abs(d.centerY() - y) < 1e-9),
                    "λ" + k + " = " + spectrum.real(k) + " + " + spectrum.imaginary(k) + "i is drawn");
        }
        // the unit circle and the dashed circle of radius ρ, both around λ = 0
        double ppu = plane.pixelsPerUnit();
        assertTrue(s.ovals().stream().anyMatch(o -> !o.filled() && !o.dashed() && Math.abs(o.w() - 2 * ppu) < 1e-9
                && Math.abs(o.centerX() - plane.centerX()) < 1e-9), "the unit circle");
        assertTrue(s.ovals().stream().anyMatch(o -> !o.filled() && o.dashed()
                && Math.abs(o.w() - 2 * spectrum.spectralRadius() * ppu) < 1e-9), "the circle of radius ρ");
        assertTrue(s.textStrings().contains("ρ = " + ValueFormat.readout(spectrum.spectralRadius())));
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void theTableWritesEveryBlocksNorms(CellKind cell) {
        RecurrentWeights w = EngineRuns.weights(cell, 6, 9);
        List<String> texts = paint(w, null, Palette.DARK, W, H, null).textStrings();
        for (MatrixSpectrum b : w.blocks()) {
            assertTrue(texts.contains(MatrixPainter.blockName(b.block())));
            for (double v : new double[] {b.spectralRadius(), b.spectralNorm(), b.frobeniusNorm()}) {
                assertTrue(texts.contains(ValueFormat.readout(v)), ValueFormat.readout(v) + " of " + b + " in " + texts);
            }
        }
        if (cell != CellKind.RNN) {
            assertTrue(texts.contains(ValueFormat.readout(w.spectralNorm())));
            assertTrue(texts.contains(ValueFormat.readout(w.frobeniusNorm())));
        }
    }

    @Test
    void theHeatmapIsTheMatrixOnASymmetricScale() {
        RecurrentWeights w = EngineRuns.weights(CellKind.GRU, 5, 2);
        RecordingSurface s = paint(w, Gate.N, Palette.LIGHT, W, H, null);
        RecordingSurface.Image grid = s.images().stream().filter(i -> i.cols() == 5 && i.rows() == 15).findFirst()
                .orElseThrow();
        assertTrue(Arrays.equals(MatrixPainter.data(w).pixels(), grid.argb()));
        assertEquals(-w.maxAbs(), MatrixPainter.data(w).min());
        assertEquals(w.maxAbs(), MatrixPainter.data(w).max());
        assertTrue(grid.w() == grid.h() / 3, "square cells");
    }

    @Test
    void theHighlightedGateChoosesTheBlockAndTheRestFallBackToTheCellsDefault() {
        assertEquals(Gate.O, WeightsFigure.blockFor(CellKind.LSTM, Gate.O));
        assertEquals(Gate.F, WeightsFigure.blockFor(CellKind.LSTM, Gate.Z));
        assertEquals(Gate.Z, WeightsFigure.blockFor(CellKind.GRU, null));
        assertEquals(Gate.A, WeightsFigure.blockFor(CellKind.RNN, Gate.F));
        RecurrentWeights w = EngineRuns.weights(CellKind.LSTM, 6, 3);
        List<RecordingSurface.Text> texts = paint(w, Gate.O, Palette.LIGHT, W, H, null).texts();
        // the chosen block's band label and table row are in the accent colour, the others are not
        assertTrue(texts.stream().anyMatch(t -> t.text().equals("W_ho") && t.fill().equals(Palette.LIGHT.accent())));
        assertTrue(texts.stream().noneMatch(t -> t.text().equals("W_hf") && t.fill().equals(Palette.LIGHT.accent())));
        assertTrue(texts.stream().anyMatch(t -> t.text().startsWith("Eigenvalues of W_ho")));
    }

    @Test
    void withoutWeightsItSaysSo() {
        List<String> texts = paint(null, null, Palette.LIGHT, W, H, null).textStrings();
        assertEquals(List.of(WeightsFigure.NO_WEIGHTS), texts);
    }

    /** A view filling a projector (1366 x 768, less the window's bars): no text below 16 px. */
    @ParameterizedTest
    @EnumSource(CellKind.class)
    void readsOnAProjector(CellKind cell) {
        RecordingSurface s = paint(EngineRuns.weights(cell, 8, 1), null, Palette.PRESENTER_DARK, 1300, 660, null);
        assertTrue(s.texts().size() > 20);
        for (RecordingSurface.Text t : s.texts()) {
            // the subscript F of a Frobenius norm is set smaller, as in print; on screen the canvas's type floor lifts
            // it to 16 px (ProjectorRuleTest measures the drawn sizes there)
            if (!t.text().equals("F")) {
                assertTrue(t.size() >= 16, "\"" + t.text() + "\" at " + t.size() + " px");
            }
        }
    }
}
