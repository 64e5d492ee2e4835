package org.gatelab.render.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Palette;
import org.gatelab.render.Sealed;
import org.gatelab.render.diagram.DiagramFormat;
import org.gatelab.render.diagram.DiagramLayout;
import org.gatelab.render.diagram.DiagramMarks;
import org.gatelab.render.diagram.DiagramValues;
import org.gatelab.render.diagram.Quantity;
import org.gatelab.render.equations.EquationBuilder;
import org.gatelab.render.equations.EquationLine;
import org.gatelab.render.equations.EquationSet;
import org.gatelab.render.equations.Run;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.heatmap.HeatmapLayout;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.render.testing.EngineRuns;
import org.gatelab.render.testing.RecordingSurface;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.LossKind;
import org.junit.jupiter.api.Test;

/**
 * What a lesson seals is left out of every figure that would show it, against the trace: masked while sealed, the
 * recorded value once unsealed.
 */
class SealedFiguresTest {
    private static final int T = 5;
    private static final int UNIT = 2;
    private final Trace lstm = EngineRuns.trace(CellKind.LSTM, 4, 9, LossKind.MSE_LAST, 3);
    private final LayerTrace layer = lstm.layer(0);
    private final Sealed forgetAndCell = Sealed.of(
            new Sealed.Reading(Sealed.Kind.GATE, Gate.F, 0, T, UNIT),
            new Sealed.Reading(Sealed.Kind.CELL, null, 0, T, UNIT));

    @Test
    void sealedAnswersOnlyForItsOwnIndices() {
        Sealed s = forgetAndCell;
        assertTrue(s.gate(0, T, UNIT, Gate.F));
        assertFalse(s.gate(0, T, UNIT, Gate.I));
        assertFalse(s.gate(0, T + 1, UNIT, Gate.F));
        assertFalse(s.gate(1, T, UNIT, Gate.F));
        assertTrue(s.cell(0, T, UNIT));
        assertTrue(s.hidden(0, T, UNIT), "h_t = o_t tanh(c_t) would give the sealed c_t away");
        assertFalse(s.hidden(0, T - 1, UNIT));
        Sealed h = Sealed.of(new Sealed.Reading(Sealed.Kind.HIDDEN, null, 0, 3, 1));
        assertTrue(h.gate(0, 3, 1, Gate.A), "the RNN's block a is h");
        assertFalse(Sealed.NONE.any());
        assertEquals(2.0, Sealed.roundedRange(1.37));
        assertEquals(0.5, Sealed.roundedRange(0.43), 1e-12);
        assertEquals(10.0, Sealed.roundedRange(6.1), 1e-12);
        assertEquals(1.0, Sealed.roundedRange(1.0));
    }

    @Test
    void theDiagramLeavesOutTheSealedGateAndCellAndPrintsQuestionMarks() {
        DiagramValues open = DiagramValues.of(layer, T, UNIT);
        DiagramValues sealed = DiagramValues.of(layer, T, UNIT, forgetAndCell);
        assertTrue(Double.isNaN(sealed.activation(Gate.F)) && sealed.sealed(Gate.F));
        assertTrue(Double.isNaN(sealed.state(Quantity.C)) && sealed.sealed(Quantity.C));
        assertTrue(Double.isNaN(sealed.state(Quantity.TANH_C)), "tanh(c) would give c away");
        assertTrue(Double.isNaN(sealed.preActivation(Gate.F)) && Double.isNaN(sealed.inputPart(Gate.F))
                && Double.isNaN(sealed.hiddenPart(Gate.F)), "f's pre-activation would give f away through one σ");
        assertEquals(layer.preActivation(T, 0, Gate.I, UNIT), sealed.preActivation(Gate.I), 0.0);
        for (Gate g : List.of(Gate.I, Gate.G, Gate.O)) {
            assertEquals(layer.gate(T, 0, g, UNIT), sealed.activation(g), 0.0, g.symbol());
        }
        assertTrue(Double.isNaN(sealed.state(Quantity.H)) && sealed.sealed(Quantity.H), "h_t would give c_t away");
        assertEquals(layer.hidden(T - 1, 0, UNIT), sealed.state(Quantity.H_PREV), 0.0, "h_{t-1} is shown");
        assertEquals(layer.gate(T, 0, Gate.F, UNIT), open.activation(Gate.F), 0.0);
        // the next step shows this c as c_{t-1}
        DiagramValues next = DiagramValues.of(layer, T + 1, UNIT, forgetAndCell);
        assertTrue(next.sealed(Quantity.C_PREV));
        assertEquals(layer.cellState(T + 1, 0, UNIT), next.state(Quantity.C), 0.0);
        // c's colour scale does not print the run's largest |c|, which might be the sealed one
        assertEquals(Math.max(1e-6, layer.maxAbsCellState()), open.cellRange(), 0.0);
        assertEquals(Sealed.roundedRange(open.cellRange()), sealed.cellRange(), 0.0);

        List<String> openTexts = paint(open);
        List<String> sealedTexts = paint(sealed);
        assertFalse(openTexts.contains(Sealed.MARK));
        assertEquals(5, sealedTexts.stream().filter(Sealed.MARK::equals).count(),
                "f, c_t, tanh(c_t) and h_t in both its boxes (out to the layer above and on to the next step)");
        String f = DiagramFormat.value(layer.gate(T, 0, Gate.F, UNIT));
        assertEquals(count(openTexts, f) - 1, count(sealedTexts, f), "f's value is gone from its box");
        String c = DiagramFormat.value(layer.cellState(T, 0, UNIT));
        assertTrue(count(sealedTexts, c) < count(openTexts, c));
    }

    private static List<String> paint(DiagramValues v) {
        RecordingSurface s = new RecordingSurface(1200, 800);
        new DiagramFigure().paint(s, Palette.LIGHT, DiagramLayout.of(v.cell(), v.nonlinearity()), v, "title",
                DiagramMarks.NONE, null);
        return s.textStrings();
    }

    private static long count(List<String> texts, String s) {
        return texts.stream().filter(s::equals).count();
    }

    @Test
    void theEquationsShowAQuestionMarkWhereverTheSealedNumberWouldBe() {
        EquationSet open = EquationBuilder.build(lstm, 0, T, UNIT);
        EquationSet sealed = EquationBuilder.build(lstm, 0, T, UNIT, forgetAndCell);
        assertTrue(sealed.forwardLine(Gate.F).plain().endsWith("= ?"), sealed.forwardLine(Gate.F).plain());
        assertTrue(sealed.forwardLine(Gate.F).plain().contains("σ(? + ?) = σ(?) = ?"), sealed.forwardLine(Gate.F).plain());
        assertFalse(sealed.forwardLine(Gate.I).plain().contains(Sealed.MARK), sealed.forwardLine(Gate.I).plain());
        assertFalse(open.forwardLine(Gate.F).plain().contains(Sealed.MARK));
        assertEquals(Run.result(layer.gate(T, 0, Gate.F, UNIT)).text(), last(open.forwardLine(Gate.F)));
        EquationLine c = line(sealed, "c");
        assertTrue(c.plain().startsWith("cₜ = fₜ·cₜ₋₁ + iₜ·gₜ = ?·"), c.plain());
        assertTrue(c.plain().endsWith("= ?"));
        assertEquals(null, c.chip(), "no colour chip gives the value away");
        EquationLine h = line(sealed, "h");
        assertTrue(h.plain().contains("tanh(?)") && h.plain().contains("·?"), h.plain());
        assertTrue(h.plain().endsWith("= ?"), "h_t is sealed with c_t, which it would give away: " + h.plain());
        assertTrue(Run.plain(sealed.subtitle()).contains(Sealed.HOVER));
        assertFalse(Run.plain(open.subtitle()).contains(Sealed.HOVER));

        Sealed gradient = Sealed.of(new Sealed.Reading(Sealed.Kind.GRAD_H, null, 0, T, 0),
                new Sealed.Reading(Sealed.Kind.LOSS, null, 0, 0, 0));
        EquationSet g = EquationBuilder.build(lstm, 0, T, UNIT, gradient);
        for (EquationLine item : g.gradientItems()) {
            boolean hidden = item.key().equals("dh") || item.key().equals("|dh|");
            assertEquals(hidden, item.plain().endsWith("= ?"), item.plain());
        }
        assertTrue(Run.plain(g.gradientTitle()).endsWith("L = ?"), Run.plain(g.gradientTitle()));
        assertTrue(Run.plain(EquationBuilder.build(lstm, 0, T, UNIT).gradientTitle()).endsWith(
                Run.mutedNumber(lstm.loss()).text()));
    }

    private static EquationLine line(EquationSet set, String key) {
        return set.forward().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }

    private static String last(EquationLine l) {
        return l.result().get(0).text();
    }

    @Test
    void theHeatmapsLeaveTheSealedCellsOutAndHatchThem() {
        Map<String, HeatmapData> maps = HeatmapStackFigure.byName(ActivationMaps.build(layer, forgetAndCell));
        Map<String, HeatmapData> open = HeatmapStackFigure.byName(ActivationMaps.build(layer));
        assertTrue(Double.isNaN(maps.get("f").value(UNIT, T)));
        assertTrue(Double.isNaN(maps.get("c").value(UNIT, T)));
        assertEquals(layer.gate(T, 0, Gate.F, UNIT), open.get("f").value(UNIT, T), 0.0);
        for (int t = 0; t < layer.length(); t++) {
            for (int u = 0; u < layer.hiddenSize(); u++) {
                if (t != T || u != UNIT) {
                    assertEquals(layer.gate(t, 0, Gate.F, u), maps.get("f").value(u, t), 0.0);
                    assertEquals(layer.cellState(t, 0, u), maps.get("c").value(u, t), 0.0);
                }
                if (t != T || u != UNIT) {
                    assertEquals(layer.hidden(t, 0, u), maps.get("h").value(u, t), 0.0);
                }
            }
        }
        assertEquals(Sealed.roundedRange(layer.maxAbsCellState()), maps.get("c").max(), 0.0);
        Map<String, Set<HeatmapLayout.Cell>> cells = ActivationMaps.sealedCells(layer, forgetAndCell);
        assertTrue(Double.isNaN(maps.get("h").value(UNIT, T)), "h_t is sealed with c_t");
        assertEquals(Map.of("f", Set.of(new HeatmapLayout.Cell(UNIT, T)), "c", Set.of(new HeatmapLayout.Cell(UNIT, T)),
                "h", Set.of(new HeatmapLayout.Cell(UNIT, T))),
                cells);

        RecordingSurface s = new RecordingSurface(1000, 700);
        List<String> shown = List.of("f", "c");
        new HeatmapStackFigure().paint(s, Palette.LIGHT, new HeatmapStackFigure.Content("LSTM", "caption", maps, shown,
                "", cells), HeatmapStackFigure.Marks.of(-1, -1, null), 14, 0, 1000);
        assertEquals(2, s.textStrings().stream().filter(Sealed.MARK::equals).count(), "a ? on each sealed cell");
    }

    @Test
    void theGradientFlowLeavesASealedPointOutAndItsReadoutSaysWhy() {
        Sealed sealed = Sealed.of(new Sealed.Reading(Sealed.Kind.GRAD_H, null, 0, 3, 0),
                new Sealed.Reading(Sealed.Kind.JACOBIAN, null, 0, 4, 0));
        GradientFlowFigure.Built b = GradientFlowFigure.build(lstm, Map.of(), 0, false, Palette.LIGHT, sealed);
        PlotSeries grad = series(b, GradientFlowFigure.GRADIENT);
        PlotSeries jac = series(b, GradientFlowFigure.JACOBIAN);
        for (int t = 0; t < layer.length(); t++) {
            if (t == 3) {
                assertTrue(Double.isNaN(grad.yAt(t)) && grad.sealedAt(t));
            } else {
                assertEquals(layer.gradHiddenNorm(t), grad.yAt(t), 0.0);
            }
            if (t == 4) {
                assertTrue(Double.isNaN(jac.yAt(t)) && jac.sealedAt(t));
            } else {
                assertEquals(layer.stepJacobianNorm(t, 0), jac.yAt(t), 0.0);
            }
        }
        assertTrue(b.caption().contains(Sealed.HOVER), b.caption());
        RecordingSurface s = new RecordingSurface(1000, 600);
        new GradientFlowFigure().paint(s, Palette.LIGHT, b, 3);
        assertTrue(s.textStrings().contains(Sealed.MARK + " " + Sealed.HOVER), "the marker's readout at t = 3");
        assertEquals(layer.gradHiddenNorm(3), series(GradientFlowFigure.build(lstm, Map.of(), 0, false,
                Palette.LIGHT), GradientFlowFigure.GRADIENT).yAt(3), 0.0, "unsealed: the recorded value");
    }

    private static PlotSeries series(GradientFlowFigure.Built b, String name) {
        return b.plot().series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theUnrolledNetworkPrintsAQuestionMarkForEachSealedNumber() {
        Sealed sealed = Sealed.of(new Sealed.Reading(Sealed.Kind.GATE, Gate.F, 0, T, UNIT),
                new Sealed.Reading(Sealed.Kind.HIDDEN, null, 0, T, UNIT),
                new Sealed.Reading(Sealed.Kind.GRAD_H, null, 0, T, 0),
                new Sealed.Reading(Sealed.Kind.OUTPUT, null, 0, 0, 0));
        int first = 3;
        int count = lstm.length() - first;
        org.gatelab.render.unrolled.UnrolledValues v = org.gatelab.render.unrolled.UnrolledValues.of(lstm, 0, UNIT,
                first, count, sealed);
        org.gatelab.render.unrolled.UnrolledValues open = org.gatelab.render.unrolled.UnrolledValues.of(lstm, 0, UNIT,
                first, count);
        int k = T - first;
        int f = CellKind.LSTM.blocks().indexOf(Gate.F);
        assertTrue(v.gateSealed(k, f) && Double.isNaN(v.gate(k, f)));
        assertTrue(v.forgetSealed(k) && Double.isNaN(v.forget(k)));
        assertTrue(v.hiddenSealed(k) && Double.isNaN(v.hidden(k)));
        assertTrue(v.gradHiddenSealed(k) && Double.isNaN(v.gradHiddenNorm(k)));
        assertTrue(v.outputSealed(count - 1) && Double.isNaN(v.output(count - 1)), "the prediction at the last step");
        assertFalse(v.outputSealed(count - 2));
        assertEquals(layer.gate(T, 0, Gate.F, UNIT), open.gate(k, f), 0.0);
        assertEquals(layer.hidden(T, 0, UNIT), open.hidden(k), 0.0);
        assertEquals(layer.gate(T + 1, 0, Gate.F, UNIT), v.gate(k + 1, f), 0.0, "the next step is not sealed");

        RecordingSurface s = new RecordingSurface(1600, 900);
        RecordingSurface plain = new RecordingSurface(1600, 900);
        FigureSelection sel = new FigureSelection(lstm.length() - 1, UNIT, 0, null);
        new UnrolledFigure().paint(s, Palette.LIGHT, lstm, sel, 1, sealed);
        new UnrolledFigure().paint(plain, Palette.LIGHT, lstm, sel, 1);
        assertFalse(plain.textStrings().stream().anyMatch(t -> t.contains(Sealed.MARK)));
        // the gate's row, h_t on its wire, ‖dL/dh_t‖ and f's factor back through c, and the last prediction
        assertTrue(s.textStrings().stream().filter(t -> t.equals(Sealed.MARK) || t.endsWith(" " + Sealed.MARK))
                .count() >= 5, s.textStrings().toString());
    }
}
