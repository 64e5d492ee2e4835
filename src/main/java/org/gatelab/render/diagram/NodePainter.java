package org.gatelab.render.diagram;

import java.util.List;
import org.gatelab.render.Hatch;
import org.gatelab.render.Rgb;
import org.gatelab.render.Sealed;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/** Draws the gate boxes (as valves), the operator nodes and the ports, with their values. */
final class NodePainter {

    /**
     * A gate's box: filled with its activation's colour; its symbol and squashing function on top, the value
     * (three decimals) in the middle, its short name, and at the bottom the valve: a bar filled as far as the
     * gate is open (from the centre for tanh values).
     */
    void gate(Surface s, DiagramStyle st, GateBox box, DiagramValues v, boolean highlighted, boolean hovered) {
        Gate gate = box.gate();
        Rect b = box.bounds();
        double x = st.px(b.x());
        double y = st.py(b.y());
        double w = st.len(b.w());
        double h = st.len(b.h());
        double arc = 0.22 * Math.min(w, h);
        boolean sealed = v.sealed(gate);
        // a sealed gate: no colour, no valve, no number, only "?" on a hatch
        Rgb fill = sealed ? st.palette.background() : DiagramStyle.gateFill(v, gate);
        Rgb ink = sealed ? st.palette.text() : DiagramStyle.inkOn(fill);

        if (highlighted) {
            double m = Math.max(3, 0.09 * st.u);
            s.setFill(st.palette.accent().withAlpha(60));
            s.fillRoundRect(x - m, y - m, w + 2 * m, h + 2 * m, arc + 2 * m);
        }
        if (sealed) {
            Hatch.fillRound(s, st.palette, x, y, w, h, arc, 0.09 * Math.min(w, h));
        } else {
            s.setFill(fill);
            s.fillRoundRect(x, y, w, h, arc);
        }
        s.setStroke(ink.withAlpha(90));
        s.setLineWidth(Math.max(1, 0.6 * st.line));
        s.setDashes();
        s.strokeRoundRect(x, y, w, h, arc);

        double pad = 0.09 * w;
        boolean rnn = gate == Gate.A;
        String function = function(gate, v.nonlinearity());
        s.setFill(ink);
        if (rnn) {
            fitFont(s, st.labelFont * 1.1, true, false, function, w - 2 * pad);
            s.text(function, x + w / 2, y + 0.17 * h, HAlign.CENTER, VAlign.CENTER);
        } else {
            fitFont(s, st.labelFont * 1.15, true, false, "M", w);
            s.text(gate.symbol(), x + pad, y + 0.2 * h, HAlign.LEFT, VAlign.CENTER);
            s.setFont(st.labelFont * 0.95, false, false);
            s.text(function, x + w - pad, y + 0.2 * h, HAlign.RIGHT, VAlign.CENTER);
        }

        // at small sizes the fonts stop shrinking before the box does: drop the name row rather than overlap
        // (as drawn: a type floor lifts the fonts above what the box's size alone would give them)
        double floor = s.typeFloor();
        boolean named = h >= 1.2 * (Math.max(floor, st.labelFont) + Math.max(floor, st.numberFont)
                + Math.max(floor, st.smallFont)) + 0.15 * h;
        String value = sealed ? Sealed.MARK : DiagramFormat.value(v.numbers().activation(gate));
        fitFont(s, st.numberFont * (rnn ? 1.25 : 1), true, true, "\u22120.000", w - 2 * pad);
        if (sealed) {
            clearBehind(s, st, value, x + w / 2, y + (rnn ? 0.42 : named ? 0.48 : 0.54) * h);
            s.setFill(ink);
        }
        s.text(value, x + w / 2, y + (rnn ? 0.42 : named ? 0.48 : 0.54) * h, HAlign.CENTER, VAlign.CENTER);

        if (named) {
            String caption = rnn ? "a = " + DiagramFormat.value(v.numbers().preActivation(gate), sealed)
                    : shortName(gate);
            s.setFill(ink.withAlpha(200));
            fitFont(s, st.smallFont, false, rnn, caption, w - 2 * pad);
            s.text(caption, x + w / 2, y + (rnn ? 0.64 : 0.7) * h, HAlign.CENTER, VAlign.CENTER);
        }

        if (!sealed) {
            valveBar(s, x + pad, y + 0.84 * h, w - 2 * pad, Math.max(3, 0.075 * h), ink, v, gate);
        }

        if (highlighted) {
            s.setStroke(st.palette.accent());
            s.setLineWidth(Math.max(2, 2.2 * st.line));
            double m = Math.max(2, 0.05 * st.u);
            s.strokeRoundRect(x - m, y - m, w + 2 * m, h + 2 * m, arc + 2 * m);
        } else if (hovered) {
            s.setStroke(st.palette.text());
            s.setLineWidth(Math.max(1.5, 1.2 * st.line));
            double m = Math.max(2, 0.05 * st.u);
            s.strokeRoundRect(x - m, y - m, w + 2 * m, h + 2 * m, arc + 2 * m);
        }
    }

    /**
     * The valve bar: a track across the box, filled from the left by a sigmoid gate's value (0..1), from the
     * centre to the value for tanh (-1..1), from the left by a ReLU output relative to the run's largest.
     */
    private static void valveBar(Surface s, double x, double y, double w, double h, Rgb ink, DiagramValues v,
                                 Gate gate) {
        double a = v.activation(gate);
        boolean centred = !gate.isSigmoid() && !(gate == Gate.A && v.nonlinearity() == Nonlinearity.RELU);
        s.setFill(ink.withAlpha(55));
        s.fillRoundRect(x, y - h / 2, w, h, h);
        s.setFill(ink.withAlpha(225));
        if (Double.isNaN(a)) {
            return;
        }
        if (centred) {
            double f = DiagramStyle.clamp(-1, a, 1);
            double mid = x + w / 2;
            double end = mid + f * w / 2;
            s.fillRoundRect(Math.min(mid, end), y - h / 2, Math.max(1, Math.abs(end - mid)), h, h);
            s.fillRect(mid - 0.5, y - h, 1, 2 * h);
        } else {
            double f = DiagramStyle.openness(v, gate);
            s.fillRoundRect(x, y - h / 2, Math.max(h, f * w), h, h);
        }
    }

    /** An operator: a circle with ×, + or 1−, or the tanh(c_t) node, filled with its value's colour. */
    void op(Surface s, DiagramStyle st, OpNode op, DiagramValues v) {
        Rect b = op.bounds();
        double x = st.px(b.x());
        double y = st.py(b.y());
        double w = st.len(b.w());
        double h = st.len(b.h());
        s.setDashes();
        s.setLineWidth(st.line);
        s.setStroke(st.palette.wire());
        if (op.kind() == OpNode.Kind.TANH) {
            boolean sealed = v.sealed(Quantity.TANH_C);
            Rgb fill = sealed ? st.palette.background() : st.stateFill(v, Quantity.TANH_C);
            Rgb ink = sealed ? st.palette.text() : DiagramStyle.inkOn(fill);
            if (sealed) {
                Hatch.fillRound(s, st.palette, x, y, w, h, h, 0.25 * h);
                s.setStroke(st.palette.wire());
            } else {
                s.setFill(fill);
                s.fillRoundRect(x, y, w, h, h);
            }
            s.strokeRoundRect(x, y, w, h, h);
            s.setFill(ink);
            fitFont(s, st.smallFont, false, false, "tanh(c\u209C)", w - 0.3 * h);
            if (sealed) {
                clearBehind(s, st, "tanh(c\u209C)", x + w / 2, y + 0.3 * h);
                s.setFill(ink);
            }
            s.text("tanh(c\u209C)", x + w / 2, y + 0.3 * h, HAlign.CENTER, VAlign.CENTER);
            fitFont(s, 0.85 * st.numberFont, true, true, "\u22120.000", w - 0.3 * h);
            if (sealed) {
                clearBehind(s, st, Sealed.MARK, x + w / 2, y + 0.68 * h);
                s.setFill(ink);
            }
            s.text(sealed ? Sealed.MARK : DiagramFormat.value(v.numbers().state(Quantity.TANH_C)), x + w / 2,
                    y + 0.68 * h, HAlign.CENTER, VAlign.CENTER);
            return;
        }
        s.setFill(st.palette.background());
        s.fillOval(x, y, w, h);
        s.strokeOval(x, y, w, h);
        s.setFill(st.palette.text());
        boolean wide = op.kind() == OpNode.Kind.ONE_MINUS;
        s.setFont(wide ? 0.48 * w : 0.9 * w, !wide, false);
        // the glyphs × and + sit a little high in most fonts: nudge them to the optical centre
        s.text(op.kind().symbol(), x + w / 2, y + h / 2 + (wide ? 0 : 0.03 * h), HAlign.CENTER, VAlign.CENTER);
    }

    /**
     * A port: a pill with the state's symbol and value, filled with the value's colour (x_t: neutral). x_t shows
     * every feature of the input (the adding problem's value and its marker), its pill widened around its wire.
     */
    void port(Surface s, DiagramStyle st, Port port, DiagramValues v) {
        Rect b = port.bounds();
        double x = st.px(b.x());
        double y = st.py(b.y());
        double w = st.len(b.w());
        double h = st.len(b.h());
        Quantity q = port.quantity();
        boolean sealed = v.sealed(q);
        String number = q == Quantity.X && v.inputSize() > 1 ? inputText(v.numbers())
                : sealed ? Sealed.MARK : DiagramFormat.value(v.numbers().state(q));
        if (q == Quantity.X && v.inputSize() > 1) {
            s.setFont(0.9 * st.numberFont, false, true);
            if (s.textWidth(number) + 0.8 * h > s.width()) {
                // too many features to print in the figure's width (55 symbols, one-hot): say what x_t is
                number = inputSummary(v.numbers());
            }
            double wide = s.textWidth(number) + 0.4 * h;
            if (wide > w) {
                x -= (wide - w) / 2;
                w = wide;
            }
        }
        Rgb fill = sealed ? st.palette.background() : st.stateFill(v, q);
        Rgb ink = q == Quantity.X || sealed ? st.palette.text() : DiagramStyle.inkOn(fill);
        if (sealed) {
            Hatch.fillRound(s, st.palette, x, y, w, h, 0.5 * h, 0.22 * h);
        } else {
            s.setFill(fill);
            s.fillRoundRect(x, y, w, h, 0.5 * h);
        }
        s.setStroke(st.palette.wire());
        s.setLineWidth(Math.max(1, 0.8 * st.line));
        s.setDashes();
        s.strokeRoundRect(x, y, w, h, 0.5 * h);
        String label = portLabel(q, v);
        s.setFill(ink);
        fitFont(s, st.labelFont, true, false, label, w - 0.2 * h);
        if (sealed) {
            clearBehind(s, st, label, x + w / 2, y + 0.31 * h);
            s.setFill(ink);
        }
        s.text(label, x + w / 2, y + 0.31 * h, HAlign.CENTER, VAlign.CENTER);
        fitFont(s, 0.9 * st.numberFont, sealed, true, q == Quantity.X ? number : "\u22120.000", w - 0.2 * h);
        if (sealed) {
            clearBehind(s, st, number, x + w / 2, y + 0.7 * h);
            s.setFill(ink);
        }
        s.text(number, x + w / 2, y + 0.7 * h, HAlign.CENTER, VAlign.CENTER);
    }

    /** A background chip behind text drawn on a hatch, so the hatch never crosses the letters. */
    private static void clearBehind(Surface s, DiagramStyle st, String text, double cx, double cy) {
        double em = s.textWidth("M");
        double w = s.textWidth(text) + 0.5 * em;
        double h = 1.25 * em;
        s.setFill(st.palette.background());
        s.fillRoundRect(cx - w / 2, cy - h / 2, w, h, 0.4 * h);
    }

    /** x_t's features as the port prints them: {@code 0.421} or, for several, {@code 0.421  1.000}. */
    static String inputText(DiagramValues v) {
        if (v.inputs().size() <= 1) {
            return DiagramFormat.value(v.state(Quantity.X));
        }
        StringBuilder b = new StringBuilder();
        for (double x : v.inputs()) {
            b.append(b.length() == 0 ? "" : "  ").append(Double.isNaN(x) ? Sealed.MARK : DiagramFormat.value(x));
        }
        return b.toString();
    }

    /**
     * x_t's features in words where they are too many to print: {@code one-hot: 1 at 7 of 55}, or their count and
     * range ({@code 12 values, −0.310 to 0.952}); a sealed feature keeps them all hidden.
     */
    static String inputSummary(DiagramValues v) {
        List<Double> xs = v.inputs();
        if (xs.stream().anyMatch(x -> Double.isNaN(x))) {
            return Sealed.MARK;
        }
        int ones = 0;
        int at = -1;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.size(); i++) {
            double x = xs.get(i);
            if (x == 1) {
                ones++;
                at = i;
            } else if (x != 0) {
                ones = -xs.size();
            }
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return ones == 1 ? "one-hot: 1 at " + at + " of " + xs.size()
                : xs.size() + " values, " + DiagramFormat.value(min) + " to " + DiagramFormat.value(max);
    }

    /**
     * The port's label: the state's symbol; for the reverse direction of a bidirectional layer, which reads the
     * sequence from its end, the state entering step t is the one of t+1 ({@code hₜ₊₁}, {@code cₜ₊₁}).
     */
    static String portLabel(Quantity q, DiagramValues v) {
        boolean earlier = q == Quantity.H_PREV || q == Quantity.C_PREV;
        return earlier && v.reverse() ? q.symbol().replace("\u209C\u208B\u2081", "\u209C\u208A\u2081") : q.symbol();
    }

    /** The squashing function printed in a gate's box: σ, tanh or ReLU. */
    static String function(Gate gate, Nonlinearity nonlinearity) {
        return switch (gate.squash()) {
            case SIGMOID -> "\u03C3";
            case TANH -> "tanh";
            case CELL_NONLINEARITY -> nonlinearity == Nonlinearity.RELU ? "ReLU" : "tanh";
        };
    }

    /** A one-word name for the box: forget, input, candidate, output, reset, update. */
    static String shortName(Gate gate) {
        return switch (gate) {
            case I -> "input";
            case F -> "forget";
            case G, N -> "candidate";
            case O -> "output";
            case R -> "reset";
            case Z -> "update";
            case A -> "pre-activation";
        };
    }

    /** Sets the font at {@code size}, or smaller so that {@code sample} fits {@code maxWidth}. */
    static void fitFont(Surface s, double size, boolean bold, boolean mono, String sample, double maxWidth) {
        s.setFont(size, bold, mono);
        double w = s.textWidth(sample);
        if (w > maxWidth && w > 0) {
            s.setFont(Math.max(6, size * maxWidth / w), bold, mono);
        }
    }
}
