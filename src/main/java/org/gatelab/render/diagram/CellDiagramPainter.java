package org.gatelab.render.diagram;

import org.gatelab.render.Palette;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * Paints a cell diagram: the cell body, the wires (gate outputs as wide as the gate is open), the pulses of
 * a step's animation, the operator nodes, the gate boxes with their values, the ports with the states, and
 * the colour key. Every number it prints comes from the {@link DiagramValues}; the geometry from the
 * {@link DiagramLayout}, scaled by the {@link Viewport}. Stateless, so one instance serves any number of
 * views and exports.
 */
public final class CellDiagramPainter {
    private final WirePainter wires = new WirePainter();
    private final NodePainter nodes = new NodePainter();
    /** How far the type floor may lift the small type before the annotations are left out. */
    static final double CROWDED = 1.3;
    /** The small type the diagram would use, per layout unit (as {@link DiagramStyle} sets it before clamping). */
    static final double SMALL_PER_UNIT = 0.25;
    private final LegendPainter legend = new LegendPainter();

    /**
     * Paints {@code layout} through {@code viewport} on {@code s}.
     *
     * @param values  what to show (their cell should be the layout's)
     * @param palette the theme's colours
     * @param marks   the highlighted and hovered gates and the flow phase
     */
    public void paint(Surface s, DiagramLayout layout, Viewport viewport, DiagramValues values, Palette palette,
                      DiagramMarks marks) {
        DiagramStyle st = new DiagramStyle(viewport, palette);
        // a type floor far above the small type this size would use (a projector's, the diagram small): the
        // annotations around the cell would cover it, so only the cell's own boxes and their numbers are drawn
        boolean crowded = s.typeFloor() > CROWDED * SMALL_PER_UNIT * st.u;
        body(s, st, layout);
        if (!crowded) {
            captions(s, st, layout);
        }
        wires.wires(s, st, layout, values);
        if (!crowded) {
            partLabels(s, st, layout, values);
        }
        if (marks.flowing()) {
            wires.pulses(s, st, layout, marks.flow());
        }
        for (OpNode op : layout.ops()) {
            nodes.op(s, st, op, values);
        }
        for (GateBox box : layout.gates()) {
            nodes.gate(s, st, box, values, box.gate() == marks.highlighted(), box.gate() == marks.hovered());
        }
        for (Port port : layout.ports()) {
            nodes.port(s, st, port, values);
        }
        if (!crowded) {
            legend.paint(s, st, layout, values);
        }
    }

    private static void body(Surface s, DiagramStyle st, DiagramLayout layout) {
        Rect b = layout.body();
        double arc = st.len(0.6);
        s.setFill(st.palette.panel());
        s.fillRoundRect(st.px(b.x()), st.py(b.y()), st.len(b.w()), st.len(b.h()), arc);
        s.setStroke(st.palette.grid());
        s.setLineWidth(Math.max(1, 0.8 * st.line));
        s.setDashes();
        s.strokeRoundRect(st.px(b.x()), st.py(b.y()), st.len(b.w()), st.len(b.h()), arc);
    }

    /** The parts of a pre-activation on their wires: the name (muted) above, the recorded value below. */
    private static void partLabels(Surface s, DiagramStyle st, DiagramLayout layout, DiagramValues values) {
        for (PartLabel l : layout.partLabels()) {
            DiagramValues exact = values.numbers();
            double v = l.inputSide() ? exact.inputPart(l.gate()) : exact.hiddenPart(l.gate());
            double x = st.px(l.x());
            double y = st.py(l.y());
            s.setFont(st.smallFont, false, false);
            s.setFill(st.palette.mutedText());
            s.text(l.text(), x, y - 0.62 * st.smallFont, l.align(), VAlign.CENTER);
            s.setFont(1.08 * st.smallFont, true, true);
            s.setFill(st.palette.text());
            s.text(DiagramFormat.value(v, exact.sealed(l.gate())), x, y + 0.62 * st.smallFont, l.align(),
                    VAlign.CENTER);
        }
    }

    private static void captions(Surface s, DiagramStyle st, DiagramLayout layout) {
        s.setFill(st.palette.mutedText());
        for (Caption c : layout.captions()) {
            s.setFont(DiagramStyle.clamp(9, st.len(c.size()), 24), false, false);
            s.text(c.text(), st.px(c.x()), st.py(c.y()), HAlign.CENTER, VAlign.CENTER);
        }
    }
}
