package org.gatelab.render.diagram;

import static org.gatelab.render.diagram.LayoutBuilder.BOTTOM_PORT_EDGE;
import static org.gatelab.render.diagram.LayoutBuilder.BOTTOM_PORT_Y;
import static org.gatelab.render.diagram.LayoutBuilder.LEFT_PORT_EDGE;
import static org.gatelab.render.diagram.LayoutBuilder.LEFT_PORT_X;
import static org.gatelab.render.diagram.LayoutBuilder.OP_R;
import static org.gatelab.render.diagram.LayoutBuilder.RIGHT_PORT_EDGE;
import static org.gatelab.render.diagram.LayoutBuilder.RIGHT_PORT_X;
import static org.gatelab.render.diagram.LayoutBuilder.TOP_PORT_EDGE;
import static org.gatelab.render.diagram.LayoutBuilder.TOP_PORT_Y;

import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.diagram.OpNode.Kind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The vanilla RNN: the recurrent part (from h_{t-1}, on the left) and the input part (from x_t, below) of the
 * pre-activation are summed and pass one squashing box,
 * <pre>
 *   a = (W_ih x_t + b_ih) + (W_hh h_{t-1} + b_hh)      h_t = tanh(a)   (or ReLU)
 * </pre>
 * whose output leaves on the right (to the next step) and at the top. Both parts are labelled with their
 * recorded values.
 */
final class RnnDiagram {
    private static final double LINE = 5.0;
    private static final double XSUM = 5.0;
    private static final double XBOX = 8.7;
    private static final double XOUT = 13.0;
    private static final double BOX_W = 2.8;
    private static final double BOX_H = 2.2;
    private static final double ARRIVES = 0.5;

    private RnnDiagram() {
    }

    static DiagramLayout build(Nonlinearity nonlinearity) {
        LayoutBuilder b = new LayoutBuilder();
        b.port(Quantity.H_PREV, LEFT_PORT_X, LINE, 0);
        b.port(Quantity.X, XSUM, BOTTOM_PORT_Y, 0);
        b.port(Quantity.H, RIGHT_PORT_X, LINE, 0.9);
        b.port(Quantity.H, XOUT, TOP_PORT_Y, 1.0);
        b.gate(Gate.A, XBOX, LINE, BOX_W, BOX_H, ARRIVES);
        b.op(Kind.ADD, XSUM, LINE);

        // W_hh h_{t-1} + b_hh from the left, W_ih x_t + b_ih from below, summed into a
        b.arrow(0, 0.25, LEFT_PORT_EDGE, LINE, XSUM - OP_R, LINE);
        b.arrow(0, 0.25, XSUM, BOTTOM_PORT_EDGE, XSUM, LINE + OP_R);
        b.arrow(0.25, ARRIVES - 0.02, XSUM + OP_R, LINE, XBOX - BOX_W / 2, LINE);
        b.line(ARRIVES + 0.02, 0.72, XBOX + BOX_W / 2, LINE, XOUT, LINE);
        b.arrow(0.72, 0.9, XOUT, LINE, RIGHT_PORT_EDGE, LINE);
        b.arrow(0.72, 1.0, XOUT, LINE, XOUT, TOP_PORT_EDGE);
        b.junction(XOUT, LINE);

        b.partLabel(new PartLabel(Gate.A, false, "W\u2095\u2095 h\u209C\u208B\u2081 + b\u2095\u2095",
                (LEFT_PORT_EDGE + XSUM - OP_R) / 2 + 0.1, LINE - 0.62, HAlign.CENTER));
        b.partLabel(new PartLabel(Gate.A, true, "W\u1D62\u2095 x\u209C + b\u1D62\u2095", XSUM - 0.22, LINE + 1.45,
                HAlign.RIGHT));

        String f = nonlinearity == Nonlinearity.RELU ? "ReLU" : "tanh";
        b.caption("h\u209C = " + f + "(W\u1D62\u2095 x\u209C + b\u1D62\u2095 + W\u2095\u2095 h\u209C\u208B\u2081 + b\u2095\u2095)",
                (XSUM + XOUT) / 2 + 0.4, 3.15);
        // two short lines under the box, clear of the x_t arrow and of its part's value on the left
        b.caption("no gates: the whole state", XBOX + 0.9, LINE + BOX_H / 2 + 0.6);
        b.caption("is rewritten at every step", XBOX + 0.9, LINE + BOX_H / 2 + 1.08);
        return b.build(CellKind.RNN, nonlinearity, new Rect(2.0, 2.55, 13.0, 4.9));
    }
}
