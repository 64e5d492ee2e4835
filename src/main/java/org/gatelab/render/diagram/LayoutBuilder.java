package org.gatelab.render.diagram;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/** Collects the parts of a {@link DiagramLayout}; sizes shared by the three cells' diagrams live here. */
final class LayoutBuilder {
    /** A gate box's width and height. */
    static final double GATE_W = 1.8;
    static final double GATE_H = 1.5;
    /** Radius of an operator circle. */
    static final double OP_R = 0.32;
    /** A port pill's width and height. */
    static final double PORT_W = 1.6;
    static final double PORT_H = 1.05;
    /** x of the centres of the left and right ports. */
    static final double LEFT_PORT_X = 0.95;
    static final double RIGHT_PORT_X = DiagramLayout.WIDTH - 0.95;
    /** y of the centres of the bottom (x_t) and top (h_t out) ports. */
    static final double BOTTOM_PORT_Y = DiagramLayout.HEIGHT - 0.65;
    static final double TOP_PORT_Y = 0.6;
    /** Inner edges of the ports: where their wires start or end. */
    static final double LEFT_PORT_EDGE = LEFT_PORT_X + PORT_W / 2;
    static final double RIGHT_PORT_EDGE = RIGHT_PORT_X - PORT_W / 2;
    static final double BOTTOM_PORT_EDGE = BOTTOM_PORT_Y - PORT_H / 2;
    static final double TOP_PORT_EDGE = TOP_PORT_Y + PORT_H / 2;
    /** Caption font size in layout units. */
    static final double CAPTION_SIZE = 0.3;
    /** The legend's place along the bottom, right of the x_t port. */
    static final Rect LEGEND = new Rect(6.6, DiagramLayout.HEIGHT - 1.02, 10.2, 0.84);

    private final List<GateBox> gates = new ArrayList<>();
    private final List<OpNode> ops = new ArrayList<>();
    private final List<Port> ports = new ArrayList<>();
    private final List<Wire> wires = new ArrayList<>();
    private final List<double[]> junctions = new ArrayList<>();
    private final List<double[]> bridges = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private final List<PartLabel> partLabels = new ArrayList<>();

    void gate(Gate gate, double cx, double cy, double w, double h, double arrival) {
        gates.add(new GateBox(gate, Rect.centred(cx, cy, w, h), arrival));
    }

    void gate(Gate gate, double cx, double cy, double arrival) {
        gate(gate, cx, cy, GATE_W, GATE_H, arrival);
    }

    void op(OpNode.Kind kind, double cx, double cy) {
        ops.add(new OpNode(kind, Rect.centred(cx, cy, 2 * OP_R, 2 * OP_R)));
    }

    void op(OpNode.Kind kind, double cx, double cy, double w, double h) {
        ops.add(new OpNode(kind, Rect.centred(cx, cy, w, h)));
    }

    void port(Quantity q, double cx, double cy, double arrival) {
        ports.add(new Port(q, Rect.centred(cx, cy, PORT_W, PORT_H), arrival));
    }

    /** A plain wire with an arrowhead. */
    void arrow(double from, double to, double... xy) {
        wires.add(new Wire(xy, true, null, Wire.Weight.NORMAL, false, from, to));
    }

    /** A plain wire without an arrowhead (it ends in a junction). */
    void line(double from, double to, double... xy) {
        wires.add(new Wire(xy, false, null, Wire.Weight.NORMAL, false, from, to));
    }

    /** A gate's output, drawn wider the more open the gate is, with an arrowhead. */
    void valve(Gate gate, double from, double to, double... xy) {
        wires.add(new Wire(xy, true, gate, Wire.Weight.NORMAL, false, from, to));
    }

    /** A segment of a state's highway. */
    void highway(boolean arrow, double from, double to, double... xy) {
        wires.add(new Wire(xy, arrow, null, Wire.Weight.HIGHWAY, false, from, to));
    }

    /** A wire that crosses another one, drawn over it with a gap. */
    void over(double from, double to, double... xy) {
        wires.add(new Wire(xy, true, null, Wire.Weight.NORMAL, true, from, to));
    }

    void junction(double x, double y) {
        junctions.add(new double[] {x, y});
    }

    /** A bridge: the segment (x1, y1)-(x2, y2) of an over-wire is cleared where it crosses another wire. */
    void bridge(double x1, double y1, double x2, double y2) {
        bridges.add(new double[] {x1, y1, x2, y2});
    }

    void partLabel(PartLabel label) {
        partLabels.add(label);
    }

    void caption(String text, double x, double y) {
        captions.add(new Caption(text, x, y, CAPTION_SIZE));
    }

    DiagramLayout build(CellKind cell, Nonlinearity nonlinearity, Rect body) {
        return new DiagramLayout(cell, nonlinearity, body, LEGEND, gates, ops, ports, wires, junctions, bridges, captions,
                partLabels);
    }
}
