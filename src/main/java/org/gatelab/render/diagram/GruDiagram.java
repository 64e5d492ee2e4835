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
 * The GRU in PyTorch's convention, drawn in Olah's style with the hidden state along the top:
 * <pre>
 *   r = σ(W_ir x + b_ir + W_hr h + b_hr)      z = σ(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
 *   h_t = (1 - z) ⊙ n + z ⊙ h_{t-1}
 * </pre>
 * h_{t-1} runs along the top, where z scales it at the first ×; it also drops to the bus that, with x_t, feeds
 * z, r and n. r scales the recurrent part of n's input (the × before n); 1 - z scales n; the + adds both
 * into h_t, which leaves on the right and at the top.
 */
final class GruDiagram {
    private static final double TOP = 2.0;
    private static final double MID = 3.9;
    private static final double ROW = 5.7;
    private static final double BUS = 7.8;
    private static final double XBRANCH = 2.5;
    private static final double XIN = 3.6;
    private static final double XZ = 5.0;
    private static final double XR = 7.6;
    private static final double XONE = 8.3;
    private static final double XRMUL = 9.8;
    private static final double XN = 11.6;
    private static final double XOUT = 14.4;
    private static final double ONE_R = 0.38;
    private static final double BUS_TIME = 0.32;

    private GruDiagram() {
    }

    /** Phase at which the bus's pulse passes column {@code x} (the bus starts where h_{t-1} drops down). */
    private static double busTime(double x) {
        double drop = BUS - TOP;
        double along = x - XBRANCH;
        double total = drop + (XN - XBRANCH);
        return 0.04 + (BUS_TIME - 0.04) * (drop + along) / total;
    }

    static DiagramLayout build() {
        LayoutBuilder b = new LayoutBuilder();
        double gateTop = ROW - GATE_H / 2;
        double gateBottom = ROW + GATE_H / 2;
        double zArrives = busTime(XZ) + 0.06;
        double rArrives = busTime(XR) + 0.06;
        double nArrives = 0.56;

        b.port(Quantity.H_PREV, LEFT_PORT_X, TOP, 0);
        b.port(Quantity.X, XIN, BOTTOM_PORT_Y, 0);
        b.port(Quantity.H, RIGHT_PORT_X, TOP, 0.96);
        b.port(Quantity.H, XOUT, TOP_PORT_Y, 1.0);

        b.gate(Gate.R, XR, ROW, rArrives);
        b.gate(Gate.Z, XZ, ROW, zArrives);
        b.gate(Gate.N, XN, ROW, nArrives);

        b.op(Kind.MULTIPLY, XZ, TOP);
        b.op(Kind.ADD, XN, TOP);
        b.op(Kind.ONE_MINUS, XONE, MID, 2 * ONE_R, 2 * ONE_R);
        b.op(Kind.MULTIPLY, XN, MID);
        b.op(Kind.MULTIPLY, XRMUL, ROW);

        // the top line: h_{t-1} → ×z → + → h_t
        b.highway(false, 0, 0.04, LEFT_PORT_EDGE, TOP, XBRANCH, TOP);
        b.junction(XBRANCH, TOP);
        b.highway(true, 0.04, zArrives + 0.1, XBRANCH, TOP, XZ - OP_R, TOP);
        b.highway(true, zArrives + 0.1, 0.76, XZ + OP_R, TOP, XN - OP_R, TOP);
        b.highway(false, 0.76, 0.86, XN + OP_R, TOP, XOUT, TOP);
        b.highway(true, 0.86, 0.96, XOUT, TOP, RIGHT_PORT_EDGE, TOP);
        b.arrow(0.86, 1.0, XOUT, TOP, XOUT, TOP_PORT_EDGE);
        b.junction(XOUT, TOP);

        // the bus: h_{t-1} drops down, x_t joins from below, both feed z, r, the r-scaled product and n
        b.arrow(0.04, nArrives - 0.04, XBRANCH, TOP, XBRANCH, BUS, XN, BUS, XN, gateBottom);
        b.line(0, busTime(XIN), XIN, BOTTOM_PORT_EDGE, XIN, BUS);
        b.junction(XIN, BUS);
        for (double x : new double[] {XZ, XR}) {
            b.arrow(busTime(x), busTime(x) + 0.05, x, BUS, x, gateBottom);
            b.junction(x, BUS);
        }
        b.arrow(busTime(XRMUL), 0.46, XRMUL, BUS, XRMUL, ROW + OP_R);
        b.junction(XRMUL, BUS);

        // r scales the recurrent part of n's input
        b.valve(Gate.R, rArrives, 0.46, XR + GATE_W / 2, ROW, XRMUL - OP_R, ROW);
        b.arrow(0.46, nArrives - 0.02, XRMUL + OP_R, ROW, XN - GATE_W / 2, ROW);

        // z keeps h_{t-1}; 1 - z lets the candidate n in
        b.valve(Gate.Z, zArrives, zArrives + 0.1, XZ, gateTop, XZ, TOP + OP_R);
        b.valve(Gate.Z, zArrives + 0.03, 0.5, XZ, MID, XONE - ONE_R, MID);
        b.junction(XZ, MID);
        b.arrow(0.5, 0.66, XONE + ONE_R, MID, XN - OP_R, MID);
        b.valve(Gate.N, nArrives, 0.66, XN, gateTop, XN, MID + OP_R);
        b.arrow(0.66, 0.76, XN, MID - OP_R, XN, TOP + OP_R);

        b.caption("hidden state", (XZ + XN) / 2, TOP - 0.36);
        return b.build(CellKind.GRU, Nonlinearity.TANH, new Rect(2.0, 1.3, 13.0, 7.15));
    }
}
