package org.gatelab.render.diagram;

import java.util.List;
import java.util.Optional;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The geometry of one cell's diagram in layout units (the LSTM's, the GRU's and the RNN's share one size, so
 * switching cells keeps the picture's scale): the cell body, the gate boxes, the operator nodes, the ports
 * where states enter and leave, the wires with their flow timing, junction dots and captions. Scale it to a
 * view with {@link Viewport#fit}.
 *
 * <p>Immutable; build one with {@link #of(CellKind, Nonlinearity)}.
 */
public final class DiagramLayout {
    /** Width of every layout, in layout units. */
    public static final double WIDTH = 17;
    /** Height of every layout, in layout units. */
    public static final double HEIGHT = 10;

    private final CellKind cell;
    private final Nonlinearity nonlinearity;
    private final Rect body;
    private final Rect legend;
    private final List<GateBox> gates;
    private final List<OpNode> ops;
    private final List<Port> ports;
    private final List<Wire> wires;
    private final List<double[]> junctions;
    private final List<double[]> bridges;
    private final List<Caption> captions;
    private final List<PartLabel> partLabels;

    DiagramLayout(CellKind cell, Nonlinearity nonlinearity, Rect body, Rect legend, List<GateBox> gates,
                  List<OpNode> ops, List<Port> ports, List<Wire> wires, List<double[]> junctions,
                  List<double[]> bridges, List<Caption> captions, List<PartLabel> partLabels) {
        this.cell = cell;
        this.nonlinearity = nonlinearity;
        this.body = body;
        this.legend = legend;
        this.gates = List.copyOf(gates);
        this.ops = List.copyOf(ops);
        this.ports = List.copyOf(ports);
        this.wires = List.copyOf(wires);
        this.junctions = junctions.stream().map(double[]::clone).toList();
        this.bridges = bridges.stream().map(double[]::clone).toList();
        this.captions = List.copyOf(captions);
        this.partLabels = List.copyOf(partLabels);
    }

    /**
     * The textbook diagram of {@code cell}: for the LSTM the cell-state highway along the top, the gates in a
     * row below it fed by h_{t-1} and x_t; for the GRU the hidden state along the top with the reset and update
     * gates and the candidate below; for the RNN one squashing box ({@code nonlinearity}: tanh or ReLU).
     */
    public static DiagramLayout of(CellKind cell, Nonlinearity nonlinearity) {
        return switch (cell) {
            case LSTM -> LstmDiagram.build();
            case GRU -> GruDiagram.build();
            case RNN -> RnnDiagram.build(nonlinearity == null ? Nonlinearity.TANH : nonlinearity);
        };
    }

    public CellKind cell() {
        return cell;
    }

    /** The RNN's nonlinearity (tanh for the LSTM and GRU). */
    public Nonlinearity nonlinearity() {
        return nonlinearity;
    }

    public double width() {
        return WIDTH;
    }

    public double height() {
        return HEIGHT;
    }

    /** The cell's rounded body, behind the gates. */
    public Rect body() {
        return body;
    }

    /** Where the colour legend goes. */
    public Rect legend() {
        return legend;
    }

    /** The gate boxes, in the cell's block order. */
    public List<GateBox> gates() {
        return gates;
    }

    public List<OpNode> ops() {
        return ops;
    }

    public List<Port> ports() {
        return ports;
    }

    public List<Wire> wires() {
        return wires;
    }

    /** Dots where a wire branches: {x, y} each (copies). */
    public List<double[]> junctions() {
        return junctions.stream().map(double[]::clone).toList();
    }

    /**
     * Where a wire drawn {@link Wire#over() over} the others crosses one: short segments {x1, y1, x2, y2}
     * (copies) along the upper wire, cleared to the body's colour so the crossing reads as a bridge.
     */
    public List<double[]> bridges() {
        return bridges.stream().map(double[]::clone).toList();
    }

    public List<Caption> captions() {
        return captions;
    }

    /** Labels showing the two parts of a pre-activation on the wires that carry them (the RNN's). */
    public List<PartLabel> partLabels() {
        return partLabels;
    }

    /** The box of {@code gate}, if this cell has it. */
    public Optional<GateBox> gateBox(Gate gate) {
        return gates.stream().filter(b -> b.gate() == gate).findFirst();
    }

    /** The gate whose box contains the point ({@code x}, {@code y}) in layout units. */
    public Optional<Gate> gateAt(double x, double y) {
        return gates.stream().filter(b -> b.bounds().contains(x, y)).map(GateBox::gate).findFirst();
    }

    /** When the flow reaches {@code gate}'s box during a step's animation (0..1; 0 if the cell has no such gate). */
    public double arrival(Gate gate) {
        return gateBox(gate).map(GateBox::arrival).orElse(0.0);
    }

    /**
     * When the flow reaches {@code q} during a step's animation: 0 for the inputs, the tanh node's time for
     * tanh(c_t), the output port's for c_t and h_t.
     */
    public double arrival(Quantity q) {
        if (q == Quantity.TANH_C) {
            return LstmDiagram.TANH_ARRIVAL;
        }
        return ports.stream().filter(p -> p.quantity() == q).mapToDouble(Port::arrival).min().orElse(0);
    }
}
