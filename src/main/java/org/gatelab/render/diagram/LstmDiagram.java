package org.gatelab.render.diagram;

import static org.gatelab.render.diagram.LayoutBuilder.BOTTOM_PORT_EDGE;
import static org.gatelab.render.diagram.LayoutBuilder.BOTTOM_PORT_Y;
import static org.gatelab.render.diagram.LayoutBuilder.GATE_H;
import static org.gatelab.render.diagram.LayoutBuilder.GATE_W;
import static org.gatelab.render.diagram.LayoutBuilder.LEFT_PORT_EDGE;
import static org.gatelab.render.diagram.LayoutBuilder.LEFT_PORT_X;
import static org.gatelab.render.diagram.LayoutBuilder.OP_R;
import static org.gatelab.render.diagram.LayoutBuilder.RIGHT_PORT_EDGE;
import static org.gatelab.render.diagram.LayoutBuilder.RIGHT_PORT_X;
import static org.gatelab.render.diagram.LayoutBuilder.TOP_PORT_EDGE;
import static org.gatelab.render.diagram.LayoutBuilder.TOP_PORT_Y;

import org.gatelab.render.diagram.OpNode.Kind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The LSTM as Olah draws it. The cell state runs along the top ("the highway"):
 * <pre>
 *   c_t = f ⊙ c_{t-1} + i ⊙ g        h_t = o ⊙ tanh(c_t)
 * </pre>
 * h_{t-1} enters at the bottom left and x_t from below; together they feed the four boxes f, i, g, o in a row.
 * f scales the highway at the first ×, i ⊙ g is added at the +, the new c_t leaves on the right and is tapped
 * down through tanh to the output ×, where o scales it into h_t, which leaves on the right and at the top.
 */
final class LstmDiagram {
    /** When the flow reaches the tanh(c_t) node. */
    static final double TANH_ARRIVAL = 0.64;

    // rows (y): the highway, the line of the i ⊙ g product and the tanh node, the gates, the input bus
    private static final double HIGHWAY = 2.0;
    private static final double MID = 3.9;
    private static final double ROW = 5.7;
    private static final double BUS = 7.8;
    // columns (x): the four gates, the output column (tanh and ×o), where h_t leaves upwards
    private static final double XF = 4.2;
    private static final double XI = 6.4;
    private static final double XG = 8.6;
    private static final double XO = 10.8;
    private static final double XT = 12.9;
    private static final double XOUT = 14.4;
    private static final double XIN = 3.0;
    private static final double TANH_W = 1.7;
    private static final double TANH_H = 0.95;
    /** The bus carries [h_{t-1}, x_t] from phase 0 to this phase, when it reaches the output gate's column. */
    private static final double BUS_TIME = 0.3;

    private LstmDiagram() {
    }

    /** Phase at which the bus's pulse passes column {@code x}. */
    private static double busTime(double x) {
        return BUS_TIME * (x - LEFT_PORT_EDGE) / (XO - LEFT_PORT_EDGE);
    }

    static DiagramLayout build() {
        LayoutBuilder b = new LayoutBuilder();
        double gateTop = ROW - GATE_H / 2;
        double gateBottom = ROW + GATE_H / 2;

        b.port(Quantity.C_PREV, LEFT_PORT_X, HIGHWAY, 0);
        b.port(Quantity.H_PREV, LEFT_PORT_X, BUS, 0);
        b.port(Quantity.X, XIN, BOTTOM_PORT_Y, 0);
        b.port(Quantity.C, RIGHT_PORT_X, HIGHWAY, 0.75);
        b.port(Quantity.H, RIGHT_PORT_X, BUS, 0.97);
        b.port(Quantity.H, XOUT, TOP_PORT_Y, 1.0);

        // gates: each arrives shortly after the bus's pulse passes its column
        b.gate(Gate.I, XI, ROW, busTime(XI) + 0.06);
        b.gate(Gate.F, XF, ROW, busTime(XF) + 0.06);
        b.gate(Gate.G, XG, ROW, busTime(XG) + 0.06);
        b.gate(Gate.O, XO, ROW, busTime(XO) + 0.06);

        b.op(Kind.MULTIPLY, XF, HIGHWAY);
        b.op(Kind.ADD, XG, HIGHWAY);
        b.op(Kind.MULTIPLY, XG, MID);
        b.op(Kind.TANH, XT, MID, TANH_W, TANH_H);
        b.op(Kind.MULTIPLY, XT, ROW);

        // the highway: c_{t-1} → ×f → + → (tap) → c_t
        double ff = busTime(XF) + 0.06;
        b.highway(true, 0, ff + 0.1, LEFT_PORT_EDGE, HIGHWAY, XF - OP_R, HIGHWAY);
        b.highway(true, ff + 0.1, 0.45, XF + OP_R, HIGHWAY, XG - OP_R, HIGHWAY);
        b.highway(false, 0.45, 0.55, XG + OP_R, HIGHWAY, XT, HIGHWAY);
        b.highway(true, 0.55, 0.75, XT, HIGHWAY, RIGHT_PORT_EDGE, HIGHWAY);
        b.junction(XT, HIGHWAY);

        // the bus: h_{t-1} from the left, x_t from below, up into every gate (the last turn feeds o)
        b.arrow(0, BUS_TIME + 0.04, LEFT_PORT_EDGE, BUS, XO, BUS, XO, gateBottom);
        b.line(0, busTime(XIN), XIN, BOTTOM_PORT_EDGE, XIN, BUS);
        b.junction(XIN, BUS);
        for (double x : new double[] {XF, XI, XG}) {
            b.arrow(busTime(x), busTime(x) + 0.05, x, BUS, x, gateBottom);
            b.junction(x, BUS);
        }

        // gate outputs: f scales the highway; i ⊙ g is added to it; o scales tanh(c_t)
        b.valve(Gate.F, ff, ff + 0.1, XF, gateTop, XF, HIGHWAY + OP_R);
        b.valve(Gate.I, busTime(XI) + 0.06, 0.38, XI, gateTop, XI, MID, XG - OP_R, MID);
        b.valve(Gate.G, busTime(XG) + 0.06, 0.38, XG, gateTop, XG, MID + OP_R);
        b.arrow(0.38, 0.45, XG, MID - OP_R, XG, HIGHWAY + OP_R);
        b.arrow(0.55, TANH_ARRIVAL - 0.02, XT, HIGHWAY, XT, MID - TANH_H / 2);
        b.arrow(TANH_ARRIVAL, 0.72, XT, MID + TANH_H / 2, XT, ROW - OP_R);
        b.valve(Gate.O, busTime(XO) + 0.06, 0.72, XO + GATE_W / 2, ROW, XT - OP_R, ROW);

        // h_t = o ⊙ tanh(c_t): down to the bottom line, out to the right and (over the highway) up
        b.line(0.72, 0.86, XT, ROW + OP_R, XT, BUS, XOUT, BUS);
        b.arrow(0.86, 0.97, XOUT, BUS, RIGHT_PORT_EDGE, BUS);
        b.over(0.86, 1.0, XOUT, BUS, XOUT, TOP_PORT_EDGE);
        b.bridge(XOUT, HIGHWAY - 0.2, XOUT, HIGHWAY + 0.2);
        b.junction(XOUT, BUS);

        b.caption("cell state", (XF + XG) / 2, HIGHWAY - 0.36);
        return b.build(CellKind.LSTM, Nonlinearity.TANH, new Rect(2.0, 1.3, 13.0, 7.15));
    }
}
