package org.gatelab.render.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.viewmodel.workspace.WorkspaceComputation;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;

/**
 * The equations are built from the trace only: every number is the trace's value formatted, and every
 * identity shown holds with the printed numbers up to the rounding shown, for every step and unit.
 */
class EquationBuilderTest {
    private static final double E = 0.0005;

    private static Trace trace(CellKind cell, Nonlinearity n) {
        return WorkspaceComputation.compute(WorkspaceSettings.defaults().withCell(cell).withNonlinearity(n), false)
                .trace();
    }

    private static String f(double v) {
        return EquationFormat.number(v);
    }

    /** Layers count from 1 as in the diagram's title and the control panel, and the reverse note is typeset text. */
    @Test
    void theTitleCountsLayersFromOneAndWritesNoRawSubscripts() {
        Trace trace = WorkspaceComputation.compute(WorkspaceSettings.defaults().withCell(CellKind.LSTM).withLayers(2)
                .withBidirectional(true), false).trace();
        EquationSet reverse = EquationBuilder.build(trace, 1, org.gatelab.vocabulary.Direction.REVERSE, 3, 0,
                org.gatelab.render.Sealed.NONE);
        assertTrue(reverse.title().contains(" · layer 2 reverse (reads t = " + (trace.length() - 1)
                + " … 0: step t takes xₜ and hₜ₊₁)"), reverse.title());
        assertFalse(reverse.title().contains("_"), reverse.title());
        assertTrue(Run.plain(reverse.subtitle()).contains("is layer 1's [h→ ; h←]"), Run.plain(reverse.subtitle()));
        EquationSet first = EquationBuilder.build(trace, 0, 3, 0);
        assertTrue(first.title().contains(" · layer 1 · step t = 3"), first.title());
    }

    @Test
    void handTraceReadsLikeTheWorkedExample() {
        EquationSet set = EquationBuilder.build(HandTraces.lstm(), 0, 0, 0);
        assertEquals("fₜ = σ(W_if xₜ + b_if + W_hf hₜ₋₁ + b_hf) = σ(0.214 + 0.096) = σ(0.310) = 0.577",
                set.forwardLine(Gate.F).plain());
        assertEquals("gₜ = tanh(W_ig xₜ + b_ig + W_hg hₜ₋₁ + b_hg) = tanh(0.500 + 0.434) = tanh(0.934) = 0.733",
                set.forwardLine(Gate.G).plain());
        assertEquals("iₜ = σ(W_ii xₜ + b_ii + W_hi hₜ₋₁ + b_hi) = σ(−0.200 + (−0.156)) = σ(−0.356) = 0.412",
                set.forwardLine(Gate.I).plain());
        List<String> lines = set.lines();
        assertEquals("cₜ = fₜ·cₜ₋₁ + iₜ·gₜ = 0.577·(−0.120) + 0.412·0.733 = 0.233", lines.get(4));
        assertEquals("hₜ = oₜ·tanh(cₜ) = 0.600·tanh(0.233) = 0.600·0.229 = 0.137", lines.get(5));
        assertFalse(set.hasGradients(), "a trace without a target has no gradient block");
        assertEquals(6, lines.size());
        assertTrue(Run.plain(set.subtitle()).contains("xₜ = 0.841"), Run.plain(set.subtitle()));
        assertNull(set.forwardLine(Gate.Z));
    }

    @Test
    void lstmLinesShowTheTracesNumbersAndTheirIdentitiesHold() {
        Trace trace = trace(CellKind.LSTM, Nonlinearity.TANH);
        LayerTrace l = trace.layer(0);
        for (int t = 0; t < l.length(); t++) {
            for (int u = 0; u < l.hiddenSize(); u++) {
                EquationSet set = EquationBuilder.build(trace, 0, t, u);
                for (Gate g : CellKind.LSTM.blocks()) {
                    checkBlock(set.forwardLine(g), l, t, u, g);
                }
                EquationLine c = line(set, "c");
                List<Double> n = PrintedNumbers.of(c.middle().get(0));
                assertEquals(List.of(f(l.gate(t, 0, Gate.F, u)), EquationFormat.operand(l.previousCellState(t, 0, u)),
                        f(l.gate(t, 0, Gate.I, u)), EquationFormat.operand(l.gate(t, 0, Gate.G, u))),
                        numberTexts(c.middle().get(0)));
                assertEquals(f(l.cellState(t, 0, u)), c.result().get(0).text());
                // cₜ = fₜ·cₜ₋₁ + iₜ·gₜ with the printed factors
                double bound = E * (Math.abs(n.get(0)) + Math.abs(n.get(1)) + Math.abs(n.get(2)) + Math.abs(n.get(3)))
                        + 2 * E * E + E;
                assertClose(n.get(0) * n.get(1) + n.get(2) * n.get(3), result(c), bound, c.plain());
                EquationLine h = line(set, "h");
                assertEquals(List.of(f(l.gate(t, 0, Gate.O, u)), f(l.cellState(t, 0, u))), numberTexts(h.middle().get(0)));
                assertEquals(List.of(f(l.gate(t, 0, Gate.O, u)), EquationFormat.operand(l.tanhCellState(t, 0, u))),
                        numberTexts(h.middle().get(1)));
                assertEquals(f(l.hidden(t, 0, u)), h.result().get(0).text());
                List<Double> o = PrintedNumbers.of(h.middle().get(1));
                // tanh(cₜ) with the printed cₜ, then oₜ·tanh(cₜ)
                assertClose(Math.tanh(PrintedNumbers.of(h.middle().get(0)).get(1)), o.get(1), 2 * E, h.plain());
                assertClose(o.get(0) * o.get(1), result(h), E * (Math.abs(o.get(0)) + Math.abs(o.get(1))) + 2 * E,
                        h.plain());
            }
        }
    }

    @Test
    void gruLinesShowTheTracesNumbersAndTheirIdentitiesHold() {
        Trace trace = trace(CellKind.GRU, Nonlinearity.TANH);
        LayerTrace l = trace.layer(0);
        for (int t = 0; t < l.length(); t++) {
            for (int u = 0; u < l.hiddenSize(); u++) {
                EquationSet set = EquationBuilder.build(trace, 0, t, u);
                checkBlock(set.forwardLine(Gate.R), l, t, u, Gate.R);
                checkBlock(set.forwardLine(Gate.Z), l, t, u, Gate.Z);
                EquationLine n = set.forwardLine(Gate.N);
                assertEquals(List.of(f(l.preActivationInputPart(t, 0, Gate.N, u)), f(l.gate(t, 0, Gate.R, u)),
                        EquationFormat.operand(l.preActivationHiddenPart(t, 0, Gate.N, u))), numberTexts(n.middle().get(0)));
                assertEquals(List.of(f(l.preActivation(t, 0, Gate.N, u))), numberTexts(n.middle().get(1)));
                assertEquals(f(l.gate(t, 0, Gate.N, u)), n.result().get(0).text());
                // nₜ's argument a + r·b
                List<Double> p = PrintedNumbers.of(n.middle().get(0));
                double pre = PrintedNumbers.of(n.middle().get(1)).get(0);
                assertClose(p.get(0) + p.get(1) * p.get(2), pre, E * (2 + Math.abs(p.get(1)) + Math.abs(p.get(2))) + E * E,
                        n.plain());
                assertClose(Math.tanh(pre), result(n), 2 * E, n.plain());
                EquationLine h = line(set, "h");
                assertEquals(List.of(f(l.gate(t, 0, Gate.Z, u)), EquationFormat.operand(l.gate(t, 0, Gate.N, u)),
                        f(l.gate(t, 0, Gate.Z, u)), EquationFormat.operand(l.previousHidden(t, 0, u))),
                        numberTexts(h.middle().get(0)));
                assertEquals(f(l.hidden(t, 0, u)), h.result().get(0).text());
                List<Double> q = PrintedNumbers.of(h.middle().get(0));
                // hₜ = (1 − zₜ)·nₜ + zₜ·hₜ₋₁
                double bound = E * (2 * Math.abs(q.get(1)) + 1 + Math.abs(q.get(3)) + 2 * Math.abs(q.get(0))) + 2 * E;
                assertClose((1 - q.get(0)) * q.get(1) + q.get(2) * q.get(3), result(h), bound, h.plain());
            }
        }
    }

    @Test
    void rnnLinesShowTheTracesNumbersForTanhAndRelu() {
        for (Nonlinearity nl : Nonlinearity.values()) {
            Trace trace = trace(CellKind.RNN, nl);
            LayerTrace l = trace.layer(0);
            boolean sawClippedRelu = false;
            for (int t = 0; t < l.length(); t++) {
                for (int u = 0; u < l.hiddenSize(); u++) {
                    EquationSet set = EquationBuilder.build(trace, 0, t, u);
                    assertEquals(1, set.forward().size());
                    EquationLine h = set.forwardLine(Gate.A);
                    assertTrue(h.plain().startsWith("hₜ = " + nl.id() + "(W_ih xₜ + b_ih + W_hh hₜ₋₁ + b_hh) = "),
                            h.plain());
                    List<Double> p = checkSum(h, l, t, u, Gate.A);
                    assertEquals(f(l.hidden(t, 0, u)), h.result().get(0).text());
                    assertEquals(f(l.gate(t, 0, Gate.A, u)), h.result().get(0).text());
                    double expected = nl == Nonlinearity.RELU ? Math.max(0, p.get(2)) : Math.tanh(p.get(2));
                    assertClose(expected, result(h), 2 * E, h.plain());
                    sawClippedRelu |= nl == Nonlinearity.RELU && l.preActivation(t, 0, Gate.A, u) < 0;
                }
            }
            assertTrue(nl == Nonlinearity.TANH || sawClippedRelu, "the relu run should have negative arguments");
        }
    }

    @Test
    void gradientBlockShowsTheTracesGradients() {
        for (CellKind cell : CellKind.values()) {
            Trace trace = trace(cell, Nonlinearity.TANH);
            LayerTrace l = trace.layer(0);
            assertTrue(l.hasGradients());
            EquationSet set = EquationBuilder.build(trace, 0, 7, 3);
            assertTrue(set.hasGradients());
            assertEquals(f(l.gradHidden(7, 0, 3)), item(set, "dh").result().get(0).text());
            assertEquals(f(l.gradHiddenNorm(7)), item(set, "|dh|").result().get(0).text());
            assertEquals("∂L/∂hₜ = " + f(l.gradHidden(7, 0, 3)), item(set, "dh").plain());
            for (Gate g : cell.blocks()) {
                EquationLine it = item(set, "da_" + g.symbol());
                assertEquals(g, it.gate());
                assertEquals(f(l.gradPreActivation(7, 0, g, 3)), it.result().get(0).text());
            }
            if (cell == CellKind.LSTM) {
                assertEquals(f(l.gradCellState(7, 0, 3)), item(set, "dc").result().get(0).text());
                assertEquals(f(l.gradCellNorm(7)), item(set, "|dc|").result().get(0).text());
                assertEquals("∂L/∂a_f = " + f(l.gradPreActivation(7, 0, Gate.F, 3)), item(set, "da_f").plain());
            }
            assertTrue(Run.plain(set.gradientTitle()).contains(f(trace.loss())));
            assertEquals(set.forward().size() + set.gradientItems().size(), set.lines().size());
        }
    }

    @Test
    void linesUseTheRealMinusSignAndUnicodeSubscripts() {
        for (CellKind cell : CellKind.values()) {
            EquationSet set = EquationBuilder.build(trace(cell, Nonlinearity.TANH), 0, 7, 3);
            for (String line : set.lines()) {
                assertFalse(line.contains("-"), "hyphen instead of minus: " + line);
                assertFalse(line.contains("_t"), "time subscript not in Unicode: " + line);
            }
        }
    }

    @Test
    void laterLayersAndOutOfRangeSelectionsAreHandled() {
        Trace two = WorkspaceComputation.compute(WorkspaceSettings.defaults().withLayers(2), false).trace();
        EquationSet set = EquationBuilder.build(two, 1, 5, 2);
        LayerTrace l = two.layer(1);
        assertTrue(set.title().contains("layer 2"), "the second layer, counted from 1 as the diagram does: " + set.title());
        assertTrue(set.forwardLine(Gate.F).plain().endsWith("= " + f(l.gate(5, 0, Gate.F, 2))));
        EquationSet clamped = EquationBuilder.build(two, 9, 999, 99);
        assertTrue(clamped.title().contains("t = " + (l.length() - 1)), clamped.title());
        EquationSet none = EquationBuilder.build(null, 0, 0, 0);
        assertTrue(none.forward().isEmpty());
        assertTrue(none.lines().isEmpty());
    }

    // ---- helpers --------------------------------------------------------------------------------------

    /** A gate's line: the input part, hidden part, pre-activation and activation, and σ or tanh of the printed argument. */
    private static void checkBlock(EquationLine line, LayerTrace l, int t, int u, Gate g) {
        List<Double> p = checkSum(line, l, t, u, g);
        assertEquals(f(l.gate(t, 0, g, u)), line.result().get(0).text());
        double expected = g.isSigmoid() ? 1 / (1 + Math.exp(-p.get(2))) : Math.tanh(p.get(2));
        assertClose(expected, result(line), (g.isSigmoid() ? 0.25 : 1) * E + E, line.plain());
    }

    /** Checks {@code σ(a + b) = σ(pre)}: the printed parts are the trace's and add up to the printed pre-activation. */
    private static List<Double> checkSum(EquationLine line, LayerTrace l, int t, int u, Gate g) {
        assertEquals(List.of(f(l.preActivationInputPart(t, 0, g, u)), EquationFormat.operand(l.preActivationHiddenPart(t, 0, g, u))),
                numberTexts(line.middle().get(0)));
        assertEquals(List.of(f(l.preActivation(t, 0, g, u))), numberTexts(line.middle().get(1)));
        List<Double> parts = PrintedNumbers.of(line.middle().get(0));
        double pre = PrintedNumbers.of(line.middle().get(1)).get(0);
        assertClose(parts.get(0) + parts.get(1), pre, 3 * E, line.plain());
        return List.of(parts.get(0), parts.get(1), pre);
    }

    private static List<String> numberTexts(List<Run> runs) {
        return runs.stream().filter(r -> r.style() == RunStyle.NUMBER).map(Run::text).toList();
    }

    private static double result(EquationLine line) {
        return PrintedNumbers.parse(line.result().get(0).text());
    }

    private static EquationLine line(EquationSet set, String key) {
        return set.forward().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }

    private static EquationLine item(EquationSet set, String key) {
        return set.gradientItems().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }

    private static void assertClose(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(expected - actual) <= tolerance + 1e-12,
                "identity off by " + Math.abs(expected - actual) + " (allowed " + tolerance + "): " + what);
    }
}
