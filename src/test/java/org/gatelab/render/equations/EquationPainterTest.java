package org.gatelab.render.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Palette;
import org.gatelab.render.math.PlainMath;
import org.gatelab.render.equations.EquationLayout.Box;
import org.gatelab.render.equations.EquationLayout.Mode;
import org.gatelab.render.equations.EquationLayout.Text;
import org.gatelab.render.testing.RecordingSurface;
import org.gatelab.render.testing.RecordingSurface.TextWidth;
import org.gatelab.viewmodel.workspace.WorkspaceComputation;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;

/** The painter and its layout on a recording surface: what is drawn, in which font, aligned and fitted. */
class EquationPainterTest {
    private static EquationSet set(CellKind cell) {
        Trace trace = WorkspaceComputation.compute(WorkspaceSettings.defaults().withCell(cell)
                .withNonlinearity(Nonlinearity.TANH), false).trace();
        return EquationBuilder.build(trace, 0, 7, 3);
    }

    /** Text widths by font, as the painter's layout expects: mono wider than sans, bold wider still. */
    private static RecordingSurface surface(double width, double height) {
        return new RecordingSurface(width, height, TextWidth.BY_FONT);
    }

    @Test
    void drawsEveryEquationsTextInOrder() {
        EquationSet set = set(CellKind.LSTM);
        RecordingSurface s = surface(1600, 900);
        new EquationPainter().paint(s, set, Palette.LIGHT, null);
        String drawn = s.texts().stream().map(RecordingSurface.Text::text).collect(Collectors.joining());
        for (EquationLine l : set.forward()) {
            // the drawn pieces, joined, contain each equation's pieces in order (maths as a surface that cannot
            // typeset draws it: its plain reading)
            String pieces = l.lhs().stream().map(EquationPainterTest::drawn).collect(Collectors.joining()) + "="
                    + l.stages().stream().map(st -> st.stream().map(EquationPainterTest::drawn)
                    .collect(Collectors.joining())).collect(Collectors.joining("="));
            assertTrue(drawn.contains(pieces), "not drawn: " + pieces);
        }
        assertTrue(drawn.contains(set.title()));
        assertEquals(0, s.depth(), "save and restore balance");
    }

    /** A run as a surface without a typesetter draws it. */
    private static String drawn(Run r) {
        return r.style().isMath() ? PlainMath.of(r.text()) : r.text();
    }

    @Test
    void symbolsAreTypesetAsLatexNumbersAreText() {
        EquationSet set = set(CellKind.LSTM);
        RecordingSurface s = surface(1600, 900);
        EquationLayout layout = new EquationPainter().paint(s, set, Palette.LIGHT, null);
        assertTrue(layout.texts().stream().anyMatch(t -> t.style() == RunStyle.MATH
                && t.text().equals("\\sigma (W_{if} x_{t} + b_{if} + W_{hf} h_{t-1} + b_{hf})")));
        assertTrue(layout.texts().stream().filter(t -> t.style() == RunStyle.NUMBER).noneMatch(t -> t.text()
                .contains("\\")), "numbers stay text");
    }

    @Test
    void numbersInMonoResultsInBoldSymbolsInTheTextColour() {
        EquationSet set = set(CellKind.GRU);
        RecordingSurface s = surface(1600, 900);
        new EquationPainter().paint(s, set, Palette.DARK, null);
        String result = set.forwardLine(Gate.Z).result().get(0).text();
        String inputPart = EquationFormat.number(
                PrintedNumbers.of(set.forwardLine(Gate.Z).middle().get(0)).get(0));
        RecordingSurface.Text r = find(s, result, true);
        assertTrue(r.mono() && r.bold(), "the result is bold mono");
        assertEquals(Palette.DARK.text(), r.fill());
        RecordingSurface.Text n = find(s, inputPart, false);
        assertTrue(n.mono() && !n.bold(), "numbers are regular mono");
        RecordingSurface.Text sigma = s.texts().stream().filter(t -> t.text().startsWith("σ(W")).findFirst()
                .orElseThrow();
        assertFalse(sigma.mono());
        assertEquals(Palette.DARK.text(), sigma.fill());
    }

    @Test
    void highlightedGateGetsAnAccentBackground() {
        EquationSet set = set(CellKind.LSTM);
        RecordingSurface plain = surface(1600, 900);
        new EquationPainter().paint(plain, set, Palette.LIGHT, null);
        RecordingSurface lit = surface(1600, 900);
        EquationLayout layout = new EquationPainter().paint(lit, set, Palette.LIGHT, Gate.F);
        Box row = layout.rows().stream().filter(b -> b.line().gate() == Gate.F).findFirst().orElseThrow();
        RecordingSurface.Rect bg = lit.filledRoundRects().stream()
                .filter(r -> r.fill().equals(Palette.LIGHT.accent().withAlpha(EquationPainter.HIGHLIGHT_ALPHA)))
                .findFirst().orElseThrow();
        assertEquals(row.y(), bg.y(), 1e-9);
        assertEquals(row.h(), bg.h(), 1e-9);
        assertTrue(plain.filledRoundRects().stream().noneMatch(r -> r.fill().equals(bg.fill())));
        // the highlighted row holds the f line's texts
        Text lhs = layout.texts().stream().filter(t -> t.text().equals("f_{t}") && t.x() < row.x() + row.w() / 4)
                .findFirst().orElseThrow();
        assertTrue(lhs.baseline() > row.y() && lhs.baseline() < row.y() + row.h());
    }

    @Test
    void equalsSignsAlignInColumns() {
        for (CellKind cell : CellKind.values()) {
            EquationSet set = set(cell);
            EquationLayout layout = EquationLayout.compute(surface(1600, 900), set, 1600, 900);
            assertEquals(Mode.WIDE, layout.mode(), cell + " fits on one line per equation at 1600x900");
            List<List<Double>> eqs = new ArrayList<>();
            for (Box row : layout.rows()) {
                eqs.add(layout.texts().stream().filter(t -> t.text().equals("=") && inside(t, row))
                        .map(Text::x).sorted().toList());
            }
            for (List<Double> e : eqs) {
                assertEquals(eqs.get(0).get(0), e.get(0), 1e-9, "first '=' aligned");
                assertEquals(eqs.get(0).get(1), e.get(1), 1e-9, "'=' after the symbolic form aligned");
                assertEquals(eqs.get(0).get(eqs.get(0).size() - 1), e.get(e.size() - 1), 1e-9, "result '=' aligned");
            }
        }
    }

    @Test
    void narrowViewsSplitEachEquationAndStillFit() {
        EquationSet set = set(CellKind.LSTM);
        for (double[] size : new double[][] {{650, 420}, {480, 520}, {1366, 768}, {1600, 900}, {2560, 1440}}) {
            RecordingSurface s = surface(size[0], size[1]);
            EquationLayout layout = new EquationPainter().paint(s, set, Palette.LIGHT, null);
            assertTrue(layout.fits(), "fits " + size[0] + "x" + size[1]);
            assertTrue(layout.fontSize() >= 10, "readable at " + size[0] + "x" + size[1] + ": " + layout.fontSize());
            for (RecordingSurface.Text t : s.texts()) {
                assertTrue(t.x() >= 0 && t.x() + t.width() <= size[0] + 0.5, "inside: " + t);
                assertTrue(t.y() > 0 && t.y() <= size[1], "inside: " + t);
            }
        }
        EquationLayout narrow = EquationLayout.compute(surface(480, 520), set, 480, 520);
        assertEquals(Mode.SPLIT, narrow.mode());
        EquationLayout big = EquationLayout.compute(surface(2560, 1440), set, 2560, 1440);
        EquationLayout small = EquationLayout.compute(surface(1366, 768), set, 1366, 768);
        assertTrue(big.fontSize() > small.fontSize(), "the font grows with the view");
    }

    @Test
    void rowsDoNotOverlap() {
        EquationSet set = set(CellKind.LSTM);
        EquationLayout layout = EquationLayout.compute(surface(650, 420), set, 650, 420);
        List<Box> boxes = new ArrayList<>(layout.rows());
        for (int i = 1; i < boxes.size(); i++) {
            assertTrue(boxes.get(i).y() >= boxes.get(i - 1).y() + boxes.get(i - 1).h() - 1e-9);
        }
        assertNotNull(layout.forwardBlock());
        double blockBottom = layout.forwardBlock().y() + layout.forwardBlock().h();
        for (Box item : layout.items()) {
            assertTrue(item.y() >= blockBottom, "gradients below the forward block");
        }
        assertEquals(set.gradientItems().size(), layout.items().size());
    }

    @Test
    void tinyViewsAndMissingTracesStillPaint() {
        RecordingSurface tiny = surface(120, 80);
        EquationLayout layout = new EquationPainter().paint(tiny, set(CellKind.LSTM), Palette.LIGHT, Gate.O);
        assertEquals(EquationLayout.MIN_FONT, layout.fontSize(), 1e-9);
        assertFalse(layout.fits());
        assertEquals(0, tiny.depth());
        RecordingSurface empty = surface(400, 300);
        new EquationPainter().paint(empty, EquationBuilder.build(null, 0, 0, 0), Palette.DARK, null);
        assertTrue(empty.texts().stream().anyMatch(t -> t.text().contains("Computing")));
    }

    @Test
    void scientificNumbersAreDrawnWithARaisedExponent() {
        EquationSet set = set(CellKind.RNN);
        RecordingSurface s = surface(1600, 900);
        new EquationPainter().paint(s, set, Palette.LIGHT, null);
        String value = set.gradientItems().get(0).result().get(0).text();
        assertTrue(value.contains("×10"), value);
        int times = value.indexOf("×10");
        RecordingSurface.Text head = find(s, value.substring(0, times + 3), false);
        RecordingSurface.Text exp = find(s, EquationFormat.fromSuperscript(value.substring(times + 3)), false);
        assertTrue(exp.y() < head.y() && exp.size() < head.size(), "raised and smaller");
        assertEquals(head.x() + head.width(), exp.x(), 1e-9);
    }

    private static boolean inside(Text t, Box row) {
        return t.baseline() > row.y() && t.baseline() < row.y() + row.h();
    }

    private static RecordingSurface.Text find(RecordingSurface s, String text, boolean bold) {
        return s.texts().stream().filter(t -> t.text().equals(text) && t.bold() == bold).findFirst()
                .orElseThrow(() -> new AssertionError("not drawn: " + text));
    }
}
