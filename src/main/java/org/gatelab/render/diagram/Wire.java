package org.gatelab.render.diagram;

import java.util.Arrays;
import org.gatelab.vocabulary.Gate;

/**
 * A wire of the diagram: a polyline in layout units along which data flows from its first point to its last.
 * Immutable.
 *
 * <p>Timing: during a step's animation (phase 0 to 1) a pulse runs along the wire from phase {@link #from()}
 * to phase {@link #to()}, so data is seen leaving the inputs, passing the gates and reaching the outputs in
 * order.
 */
public final class Wire {
    /** How heavy a wire is drawn. */
    public enum Weight {
        /** An ordinary wire. */
        NORMAL,
        /** A state's highway (the LSTM's cell state, the GRU's hidden state): drawn thicker. */
        HIGHWAY
    }

    private final double[] xs;
    private final double[] ys;
    private final double[] cumulative;
    private final boolean arrow;
    private final Gate valve;
    private final Weight weight;
    private final boolean over;
    private final double from;
    private final double to;

    /**
     * @param xy     the points, x0, y0, x1, y1, ... (at least two points)
     * @param arrow  an arrowhead at the last point
     * @param valve  the gate whose output this wire carries (drawn wider the more open the gate is), or null
     * @param weight how heavy
     * @param over   drawn after the other wires with a gap around it, where it crosses another wire
     * @param from   the animation phase at which a pulse leaves the first point
     * @param to     the phase at which it reaches the last point
     */
    public Wire(double[] xy, boolean arrow, Gate valve, Weight weight, boolean over, double from, double to) {
        if (xy.length < 4 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a wire needs at least two points (x, y pairs)");
        }
        int n = xy.length / 2;
        xs = new double[n];
        ys = new double[n];
        cumulative = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = xy[2 * i];
            ys[i] = xy[2 * i + 1];
            if (i > 0) {
                cumulative[i] = cumulative[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            }
        }
        this.arrow = arrow;
        this.valve = valve;
        this.weight = weight;
        this.over = over;
        this.from = from;
        this.to = to;
    }

    public int size() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    /** Copies of the x coordinates. */
    public double[] xs() {
        return Arrays.copyOf(xs, xs.length);
    }

    /** Copies of the y coordinates. */
    public double[] ys() {
        return Arrays.copyOf(ys, ys.length);
    }

    /** Total length in layout units. */
    public double length() {
        return cumulative[cumulative.length - 1];
    }

    /** The point at fraction {@code f} (0..1) of the wire's length: {x, y}. */
    public double[] pointAt(double f) {
        double d = Math.max(0, Math.min(1, f)) * length();
        int i = 1;
        while (i < xs.length - 1 && cumulative[i] < d) {
            i++;
        }
        double seg = cumulative[i] - cumulative[i - 1];
        double u = seg == 0 ? 0 : (d - cumulative[i - 1]) / seg;
        return new double[] {xs[i - 1] + u * (xs[i] - xs[i - 1]), ys[i - 1] + u * (ys[i] - ys[i - 1])};
    }

    public boolean arrow() {
        return arrow;
    }

    /** The gate whose output this wire carries, or null. */
    public Gate valve() {
        return valve;
    }

    public Weight weight() {
        return weight;
    }

    /** Drawn on top of the other wires with a gap around it. */
    public boolean over() {
        return over;
    }

    public double from() {
        return from;
    }

    public double to() {
        return to;
    }

    /**
     * Where the pulse is at animation phase {@code phase}, as a fraction of the wire's length, or NaN when
     * no pulse is on this wire then: (phase - from) / (to - from), inside (0, 1).
     */
    public double pulseAt(double phase) {
        if (!(phase > from && phase < to)) {
            return Double.NaN;
        }
        return (phase - from) / (to - from);
    }
}
