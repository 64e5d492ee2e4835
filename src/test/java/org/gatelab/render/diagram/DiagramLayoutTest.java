package org.gatelab.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The geometry of the three diagrams: complete, inside the layout, nothing overlapping, hit-testing. */
class DiagramLayoutTest {

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void hasABoxForEveryBlockAndHitTestsItsCentre(CellKind cell) {
        DiagramLayout layout = DiagramLayout.of(cell, Nonlinearity.TANH);
        assertEquals(cell.blocks().size(), layout.gates().size());
        for (Gate g : cell.blocks()) {
            Rect r = layout.gateBox(g).orElseThrow().bounds();
            assertEquals(Optional.of(g), layout.gateAt(r.cx(), r.cy()));
            assertEquals(Optional.of(g), layout.gateAt(r.x() + 0.01, r.bottom() - 0.01));
        }
        assertEquals(Optional.empty(), layout.gateAt(0.05, 0.05));
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void everythingIsInsideTheLayout(CellKind cell) {
        DiagramLayout layout = DiagramLayout.of(cell, Nonlinearity.TANH);
        List<Rect> rects = rects(layout);
        rects.add(layout.body());
        rects.add(layout.legend());
        for (Rect r : rects) {
            assertTrue(r.x() >= 0 && r.y() >= 0 && r.right() <= layout.width() && r.bottom() <= layout.height(),
                    r.toString());
        }
        for (Wire w : layout.wires()) {
            for (int i = 0; i < w.size(); i++) {
                assertTrue(w.x(i) >= 0 && w.x(i) <= layout.width() && w.y(i) >= 0 && w.y(i) <= layout.height());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void boxesNodesAndPortsDoNotOverlap(CellKind cell) {
        List<Rect> rects = rects(DiagramLayout.of(cell, Nonlinearity.TANH));
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                Rect a = rects.get(i);
                Rect b = rects.get(j);
                boolean overlap = a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
                assertFalse(overlap, a + " overlaps " + b);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void flowRunsForwardFromInputsToOutputs(CellKind cell) {
        DiagramLayout layout = DiagramLayout.of(cell, Nonlinearity.TANH);
        for (Wire w : layout.wires()) {
            assertTrue(w.from() >= 0 && w.from() < w.to() && w.to() <= 1, w.from() + " .. " + w.to());
        }
        for (Port p : layout.ports()) {
            assertEquals(p.isInput(), p.arrival() == 0, p.quantity().toString());
        }
        for (GateBox b : layout.gates()) {
            assertTrue(b.arrival() > 0 && b.arrival() < layout.arrival(Quantity.H));
        }
        assertTrue(layout.arrival(Quantity.H) > 0.8);
    }

    @Test
    void lstmHasTheTextbookParts() {
        DiagramLayout layout = DiagramLayout.of(CellKind.LSTM, Nonlinearity.TANH);
        assertEquals(List.of(Gate.I, Gate.F, Gate.G, Gate.O), layout.gates().stream().map(GateBox::gate).toList());
        assertEquals(3, layout.ops().stream().filter(o -> o.kind() == OpNode.Kind.MULTIPLY).count());
        assertEquals(1, layout.ops().stream().filter(o -> o.kind() == OpNode.Kind.ADD).count());
        assertEquals(1, layout.ops().stream().filter(o -> o.kind() == OpNode.Kind.TANH).count());
        // the highway runs along the top: c_{t-1} left of c_t, both above every gate
        Rect cPrev = port(layout, Quantity.C_PREV);
        Rect c = port(layout, Quantity.C);
        assertEquals(cPrev.cy(), c.cy(), 1e-9);
        assertTrue(cPrev.cx() < c.cx());
        layout.gates().forEach(g -> assertTrue(g.bounds().y() > cPrev.bottom()));
        assertEquals(1, layout.bridges().size(), "h_t crosses the highway on a bridge");
    }

    @Test
    void gruMixesWithOneMinusZ() {
        DiagramLayout layout = DiagramLayout.of(CellKind.GRU, Nonlinearity.TANH);
        assertEquals(1, layout.ops().stream().filter(o -> o.kind() == OpNode.Kind.ONE_MINUS).count());
        assertEquals(3, layout.ops().stream().filter(o -> o.kind() == OpNode.Kind.MULTIPLY).count());
        assertEquals(2, layout.wires().stream().filter(w -> w.valve() == Gate.Z).count(), "z feeds × and 1−");
    }

    @Test
    void viewportFitsAndInverts() {
        Viewport vp = Viewport.fit(17, 10, 10, 20, 340, 400);
        assertEquals(20, vp.scale(), 1e-9);
        assertEquals(10, vp.px(0), 1e-9);
        assertEquals(20 + (400 - 200) / 2.0, vp.py(0), 1e-9);
        assertEquals(3.5, vp.layoutX(vp.px(3.5)), 1e-9);
        assertEquals(7.25, vp.layoutY(vp.py(7.25)), 1e-9);
    }

    @Test
    void wirePulseAndPoints() {
        Wire w = new Wire(new double[] {0, 0, 3, 0, 3, 4}, true, null, Wire.Weight.NORMAL, false, 0.2, 0.6);
        assertEquals(7, w.length(), 1e-9);
        double[] p = w.pointAt(5.0 / 7);
        assertEquals(3, p[0], 1e-9);
        assertEquals(2, p[1], 1e-9);
        assertTrue(Double.isNaN(w.pulseAt(0.1)));
        assertTrue(Double.isNaN(w.pulseAt(0.6)));
        assertEquals(0.5, w.pulseAt(0.4), 1e-9);
    }

    @Test
    void formatsLikeTheDiagram() {
        assertEquals("0.577", DiagramFormat.value(0.57712));
        assertEquals("\u22121.204", DiagramFormat.value(-1.2041));
        assertEquals("0.000", DiagramFormat.value(-0.0001));
        assertEquals("NaN", DiagramFormat.value(Double.NaN));
    }

    private static Rect port(DiagramLayout layout, Quantity q) {
        return layout.ports().stream().filter(p -> p.quantity() == q).findFirst().orElseThrow().bounds();
    }

    private static List<Rect> rects(DiagramLayout layout) {
        List<Rect> out = new ArrayList<>();
        layout.gates().forEach(g -> out.add(g.bounds()));
        layout.ops().forEach(o -> out.add(o.bounds()));
        layout.ports().forEach(p -> out.add(p.bounds()));
        return out;
    }
}
