package org.gatelab.render.diagram;

import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.vocabulary.CellKind;

/** Draws the wires with their arrowheads, the junction dots and the pulses of data flowing along them. */
final class WirePainter {

    /** Every wire: the ordinary ones first, then those that cross others, over a gap. */
    void wires(Surface s, DiagramStyle st, DiagramLayout layout, DiagramValues values) {
        for (Wire w : layout.wires()) {
            if (!w.over()) {
                wire(s, st, w, values);
            }
        }
        s.setFill(st.palette.wire());
        for (double[] j : layout.junctions()) {
            double r = 1.3 * st.line + 0.6;
            s.fillOval(st.px(j[0]) - r, st.py(j[1]) - r, 2 * r, 2 * r);
        }
        // bridges: clear the crossing in the body's colour, then draw the upper wire over the gap
        s.setStroke(st.palette.panel());
        s.setLineWidth(2.2 * 1.8 * st.line + 2); // a little more than twice the highway's width
        for (double[] b : layout.bridges()) {
            s.line(st.px(b[0]), st.py(b[1]), st.px(b[2]), st.py(b[3]));
        }
        for (Wire w : layout.wires()) {
            if (w.over()) {
                wire(s, st, w, values);
            }
        }
    }

    /** Width of a wire in pixels: highways are heavier; a gate's output is wider the more open the gate is. */
    private static double width(DiagramStyle st, Wire w, DiagramValues values) {
        if (w.weight() == Wire.Weight.HIGHWAY) {
            return 1.8 * st.line;
        }
        if (w.valve() != null && values.sealed(w.valve())) {
            // a sealed gate's opening is not shown by its wire either
            return st.line;
        }
        if (w.valve() != null) {
            // width = line (0.4 + 1.6 openness): a closed valve lets a thread through, an open one a pipe
            return st.line * (0.4 + 1.6 * DiagramStyle.openness(values, w.valve()));
        }
        return st.line;
    }

    private void wire(Surface s, DiagramStyle st, Wire w, DiagramValues values) {
        double[] xs = pixelsX(st, w);
        double[] ys = pixelsY(st, w);
        int n = xs.length;
        double lw = width(st, w, values);
        double head = Math.max(st.arrow, 2.6 * lw);
        if (w.arrow()) {
            // stop the line inside the arrowhead so its end does not blunt the tip
            double dx = xs[n - 1] - xs[n - 2];
            double dy = ys[n - 1] - ys[n - 2];
            double d = Math.hypot(dx, dy);
            if (d > 0) {
                double cut = Math.min(0.7 * head, d);
                xs[n - 1] -= dx / d * cut;
                ys[n - 1] -= dy / d * cut;
            }
        }
        s.setStroke(st.palette.wire());
        s.setLineWidth(lw);
        s.setDashes();
        s.polyline(xs, ys, n);
        if (w.arrow()) {
            arrowHead(s, st, w, head);
        }
    }

    private static void arrowHead(Surface s, DiagramStyle st, Wire w, double head) {
        int n = w.size();
        double tx = st.px(w.x(n - 1));
        double ty = st.py(w.y(n - 1));
        double dx = tx - st.px(w.x(n - 2));
        double dy = ty - st.py(w.y(n - 2));
        double d = Math.hypot(dx, dy);
        if (d == 0) {
            return;
        }
        dx /= d;
        dy /= d;
        // tip at the end point; base corners at tip - head·dir ± (head/2)·normal
        double bx = tx - head * dx;
        double by = ty - head * dy;
        double half = 0.45 * head;
        s.setFill(st.palette.wire());
        s.fillPolygon(new double[] {tx, bx - dy * half, bx + dy * half},
                new double[] {ty, by + dx * half, by - dx * half}, 3);
    }

    /**
     * The pulses at the animation phase: on each wire whose interval holds the phase, a dot in the cell's
     * series colour with a short fading trail.
     */
    void pulses(Surface s, DiagramStyle st, DiagramLayout layout, double phase) {
        Rgb colour = st.palette.series(seriesIndex(layout.cell()));
        for (Wire w : layout.wires()) {
            double f = w.pulseAt(phase);
            if (Double.isNaN(f)) {
                continue;
            }
            double r = st.len(w.weight() == Wire.Weight.HIGHWAY ? 0.17 : 0.13);
            r = Math.max(r, 2.5 * st.line);
            double step = 0.22 / Math.max(1e-9, w.length());
            for (int k = 3; k >= 0; k--) {
                double g = f - k * step;
                if (g < 0) {
                    continue;
                }
                double[] p = w.pointAt(g);
                double rk = r * (1 - 0.18 * k);
                int alpha = k == 0 ? 255 : 150 - 35 * k;
                if (k == 0) {
                    // a ring in the body's colour so the dot stands out on the wire
                    s.setFill(st.palette.panel());
                    s.fillOval(st.px(p[0]) - rk - st.line, st.py(p[1]) - rk - st.line, 2 * (rk + st.line),
                            2 * (rk + st.line));
                }
                s.setFill(colour.withAlpha(alpha));
                s.fillOval(st.px(p[0]) - rk, st.py(p[1]) - rk, 2 * rk, 2 * rk);
            }
        }
    }

    /** Palette series index of a cell: RNN 0, LSTM 1, GRU 2. */
    static int seriesIndex(CellKind cell) {
        return switch (cell) {
            case RNN -> 0;
            case LSTM -> 1;
            case GRU -> 2;
        };
    }

    private static double[] pixelsX(DiagramStyle st, Wire w) {
        double[] xs = w.xs();
        for (int i = 0; i < xs.length; i++) {
            xs[i] = st.px(xs[i]);
        }
        return xs;
    }

    private static double[] pixelsY(DiagramStyle st, Wire w) {
        double[] ys = w.ys();
        for (int i = 0; i < ys.length; i++) {
            ys[i] = st.py(ys[i]);
        }
        return ys;
    }
}
