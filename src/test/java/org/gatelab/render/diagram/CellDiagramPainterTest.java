package org.gatelab.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.Palette;
import org.gatelab.render.testing.RecordingSurface;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The painter, on a recording surface (no JavaFX): every number it prints is the trace's, formatted. */
class CellDiagramPainterTest {
    private static final int T = 7;
    private static final int UNIT = 3;

    private static LayerTrace layer(CellKind cell, Nonlinearity n) {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        session.setCell(cell);
        session.setNonlinearity(n);
        return session.trace().layer(0);
    }

    private static RecordingSurface paint(DiagramValues v, DiagramLayout layout, DiagramMarks marks, double w,
                                          double h) {
        RecordingSurface s = new RecordingSurface(w, h);
        new CellDiagramPainter().paint(s, layout, Viewport.fit(layout, 0, 0, w, h), v, Palette.LIGHT, marks);
        return s;
    }

    /**
     * Issue 14, defect 4: a projector's type floor lifted the small diagram's every label to 16 px, and the
     * annotations around the cell (equation caption, partial sums, legend) covered it. With the floor far above its
     * small type the diagram draws its boxes and their numbers only; with room, everything.
     */
    @Test
    void underAFloorFarAboveItsSmallTypeTheDiagramKeepsItsBoxesAndLeavesOutTheAnnotations() {
        LayerTrace layer = layer(CellKind.LSTM, Nonlinearity.TANH);
        DiagramValues v = DiagramValues.of(layer, T, UNIT);
        DiagramLayout layout = DiagramLayout.of(CellKind.LSTM, Nonlinearity.TANH);
        List<String> roomy = paint(v, layout, DiagramMarks.NONE, 650, 400).textStrings();
        RecordingSurface small = new RecordingSurface(300, 180).withTypeFloor(10.7);
        new CellDiagramPainter().paint(small, layout, Viewport.fit(layout, 0, 0, 300, 180), v, Palette.LIGHT,
                DiagramMarks.NONE);
        List<String> crowded = small.textStrings();
        assertTrue(roomy.contains("cell state"), roomy.toString());
        assertFalse(crowded.contains("cell state"), "no caption: " + crowded);
        assertTrue(crowded.size() < roomy.size(), crowded + " vs " + roomy);
        String f = DiagramFormat.value(layer.gate(T, 0, Gate.F, UNIT));
        assertTrue(crowded.contains(f), "the forget gate's value stays: " + crowded);
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void printsEveryGateValueAndEveryState(CellKind cell) {
        LayerTrace layer = layer(cell, Nonlinearity.TANH);
        DiagramValues v = DiagramValues.of(layer, T, UNIT);
        DiagramLayout layout = DiagramLayout.of(cell, Nonlinearity.TANH);
        List<String> texts = paint(v, layout, DiagramMarks.NONE, 650, 400).textStrings();
        for (Gate g : cell.blocks()) {
            String value = DiagramFormat.value(layer.gate(T, 0, g, UNIT));
            assertTrue(texts.contains(value), g + ": " + value + " not among " + texts);
            assertTrue(texts.contains(g == Gate.A ? NodePainter.function(g, Nonlinearity.TANH) : g.symbol()),
                    "the box of " + g + " is labelled");
        }
        assertTrue(texts.contains(DiagramFormat.value(layer.hidden(T, 0, UNIT))), "h_t");
        assertTrue(texts.contains(DiagramFormat.value(layer.previousHidden(T, 0, UNIT))), "h_{t-1}");
        assertTrue(texts.contains(DiagramFormat.value(layer.input(T, 0, 0))), "x_t");
        assertTrue(texts.contains("h\u209C") && texts.contains("h\u209C\u208B\u2081") && texts.contains("x\u209C"));
        if (cell == CellKind.LSTM) {
            assertTrue(texts.contains(DiagramFormat.value(layer.cellState(T, 0, UNIT))), "c_t");
            assertTrue(texts.contains(DiagramFormat.value(layer.previousCellState(T, 0, UNIT))), "c_{t-1}");
            assertTrue(texts.contains(DiagramFormat.value(layer.tanhCellState(T, 0, UNIT))), "tanh(c_t)");
            assertTrue(texts.contains("c\u209C\u208B\u2081") && texts.contains("c\u209C"));
        }
        if (cell == CellKind.RNN) {
            assertTrue(texts.contains(DiagramFormat.value(layer.preActivationInputPart(T, 0, Gate.A, UNIT))));
            assertTrue(texts.contains(DiagramFormat.value(layer.preActivationHiddenPart(T, 0, Gate.A, UNIT))));
            assertTrue(texts.contains("a = " + DiagramFormat.value(layer.preActivation(T, 0, Gate.A, UNIT))));
        }
    }

    @ParameterizedTest
    @EnumSource(Nonlinearity.class)
    void theRnnBoxNamesItsNonlinearity(Nonlinearity n) {
        LayerTrace layer = layer(CellKind.RNN, n);
        DiagramValues v = DiagramValues.of(layer, T, UNIT);
        List<String> texts = paint(v, DiagramLayout.of(CellKind.RNN, n), DiagramMarks.NONE, 650, 400).textStrings();
        assertTrue(texts.contains(n == Nonlinearity.RELU ? "ReLU" : "tanh"), texts.toString());
        assertEquals(n, v.nonlinearity());
    }

    @ParameterizedTest
    @ValueSource(doubles = {300, 650, 1600})
    void numbersStayReadableAndInsideTheirBoxes(double width) {
        LayerTrace layer = layer(CellKind.LSTM, Nonlinearity.TANH);
        DiagramValues v = DiagramValues.of(layer, T, UNIT);
        DiagramLayout layout = DiagramLayout.of(CellKind.LSTM, Nonlinearity.TANH);
        double height = width * 0.62;
        RecordingSurface s = paint(v, layout, DiagramMarks.NONE, width, height);
        Viewport vp = Viewport.fit(layout, 0, 0, width, height);
        for (GateBox box : layout.gates()) {
            String value = DiagramFormat.value(v.activation(box.gate()));
            RecordingSurface.Text t = s.texts().stream().filter(d -> d.text().equals(value)).findFirst()
                    .orElseThrow();
            assertTrue(t.mono(), "numbers are monospaced");
            assertTrue(box.bounds().contains(vp.layoutX(t.x()), vp.layoutY(t.y())), "centred in its box");
            assertTrue(s.textWidth(value) <= vp.len(box.bounds().w()) + 1e-9 || t.size() >= 6, "fits its box");
            if (width >= 650) {
                assertTrue(t.size() >= 10, "readable at " + width + ": " + t.size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void pulsesOnlyWhileFlowing(CellKind cell) {
        DiagramValues v = DiagramValues.of(layer(cell, Nonlinearity.TANH), T, UNIT);
        DiagramLayout layout = DiagramLayout.of(cell, Nonlinearity.TANH);
        long atRest = paint(v, layout, new DiagramMarks(null, null, 0), 650, 400).count("fillOval");
        long flowing = paint(v, layout, new DiagramMarks(null, null, 0.2), 650, 400).count("fillOval");
        long done = paint(v, layout, new DiagramMarks(null, null, 1), 650, 400).count("fillOval");
        assertTrue(flowing > atRest, "pulses are dots on the wires");
        assertEquals(atRest, done);
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void highlightAddsAnAccentOutline(CellKind cell) {
        DiagramValues v = DiagramValues.of(layer(cell, Nonlinearity.TANH), T, UNIT);
        DiagramLayout layout = DiagramLayout.of(cell, Nonlinearity.TANH);
        long plain = paint(v, layout, DiagramMarks.NONE, 650, 400).count("strokeRoundRect");
        long marked = paint(v, layout, new DiagramMarks(cell.blocks().get(0), null, 0), 650, 400)
                .count("strokeRoundRect");
        assertEquals(plain + 1, marked);
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void legendIsDrawn(CellKind cell) {
        DiagramValues v = DiagramValues.of(layer(cell, Nonlinearity.TANH), T, UNIT);
        RecordingSurface s = paint(v, DiagramLayout.of(cell, Nonlinearity.TANH), DiagramMarks.NONE, 650, 400);
        assertEquals(cell == CellKind.RNN ? 1 : cell == CellKind.LSTM ? 3 : 2, s.count("image"));
        assertFalse(s.textStrings().contains("NaN"), "no missing value printed");
    }
}
