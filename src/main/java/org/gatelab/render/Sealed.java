package org.gatelab.render;

import java.util.List;
import org.gatelab.vocabulary.Gate;

/**
 * The numbers a lesson has sealed: what its unanswered predictions ask for, which every view masks ("?" and a
 * hatched cell) until the learner answers or skips, so a prediction cannot be read off the screen. The lesson
 * player publishes it; the figures take it as a parameter and leave the sealed number out of what they draw.
 * Immutable.
 *
 * @param readings the sealed numbers; their steps are resolved (0-based, never negative)
 */
public record Sealed(List<Reading> readings) {
    /** Nothing sealed. */
    public static final Sealed NONE = new Sealed(List.of());
    /** What a view shows instead of a sealed number. */
    public static final String MARK = "?";
    /** What hovering a sealed number says. */
    public static final String HOVER = "sealed until you answer the check";

    public Sealed {
        readings = List.copyOf(readings);
    }

    /** The kinds of number a check can seal. */
    public enum Kind {
        /** One gate's activation of one unit at one step. */
        GATE,
        /** h_t of one unit. */
        HIDDEN,
        /** The LSTM's c_t of one unit. */
        CELL,
        /** ‖dL/dh_t‖ over the layer's units. */
        GRAD_H,
        /** The LSTM's ‖dL/dc_t‖ over the layer's units. */
        GRAD_C,
        /** The step Jacobian's norm ‖∂h_t/∂h_{t−1}‖. */
        JACOBIAN,
        /** The loss. */
        LOSS,
        /** The prediction at the last step. */
        OUTPUT,
        /** The parameter counts (PyTorch's and the textbook's: either gives the other away). */
        PARAMS
    }

    /**
     * One sealed number.
     *
     * @param gate  the gate, for {@link Kind#GATE}; else null
     * @param layer the layer (0: the first)
     * @param step  the timestep, from 0, for the kinds read at a step
     * @param unit  the unit, for gates, h and c
     */
    public record Reading(Kind kind, Gate gate, int layer, int step, int unit) {
    }

    public static Sealed of(Reading... readings) {
        return new Sealed(List.of(readings));
    }

    /** True when something is sealed. */
    public boolean any() {
        return !readings.isEmpty();
    }

    private boolean has(Kind kind, Gate gate, int layer, int step, int unit) {
        for (Reading r : readings) {
            if (r.kind() == kind && (gate == null || r.gate() == gate) && r.layer() == layer && r.step() == step
                    && (unit < 0 || r.unit() == unit)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasKind(Kind kind) {
        return readings.stream().anyMatch(r -> r.kind() == kind);
    }

    /** Gate {@code gate} of {@code unit} at step {@code t}; the RNN's block a is h_t itself, sealed with it. */
    public boolean gate(int layer, int t, int unit, Gate gate) {
        return has(Kind.GATE, gate, layer, t, unit) || gate == Gate.A && has(Kind.HIDDEN, null, layer, t, unit);
    }

    /**
     * h_t of {@code unit}: also sealed by a prediction of the RNN's block a, which is h_t, and of the LSTM's c_t,
     * which h_t = o_t · tanh(c_t) gives away beside o_t (c_t = atanh(h_t / o_t)).
     */
    public boolean hidden(int layer, int t, int unit) {
        return has(Kind.HIDDEN, null, layer, t, unit) || has(Kind.GATE, Gate.A, layer, t, unit)
                || has(Kind.CELL, null, layer, t, unit);
    }

    /** c_t of {@code unit}. */
    public boolean cell(int layer, int t, int unit) {
        return has(Kind.CELL, null, layer, t, unit);
    }

    /** Whether any c of the layer is sealed (then the colour scale of c must not print the run's largest |c|). */
    public boolean anyCell(int layer) {
        return readings.stream().anyMatch(r -> r.kind() == Kind.CELL && r.layer() == layer);
    }

    /** Whether any h of the layer is sealed (then a ReLU's colour scale must not print the run's largest h). */
    public boolean anyHidden(int layer) {
        return readings.stream().anyMatch(r -> (r.kind() == Kind.HIDDEN || r.kind() == Kind.CELL
                || r.kind() == Kind.GATE && r.gate() == Gate.A) && r.layer() == layer);
    }

    /** ‖dL/dh_t‖ of the layer (and with it each unit's dL/dh_t, from which it adds up). */
    public boolean gradHidden(int layer, int t) {
        return has(Kind.GRAD_H, null, layer, t, -1);
    }

    /** ‖dL/dc_t‖ of the layer (and with it each unit's dL/dc_t). */
    public boolean gradCell(int layer, int t) {
        return has(Kind.GRAD_C, null, layer, t, -1);
    }

    public boolean jacobian(int layer, int t) {
        return has(Kind.JACOBIAN, null, layer, t, -1);
    }

    /**
     * The loss, and with it the backward pass's numbers; sealed also with the output, since the loss and the target
     * shown beside it give the output away (a target of 1.414 and a loss of 1.5e-5 say the forecast is 1.414).
     */
    public boolean loss() {
        return hasKind(Kind.LOSS) || hasKind(Kind.OUTPUT);
    }

    public boolean output() {
        return hasKind(Kind.OUTPUT);
    }

    public boolean params() {
        return hasKind(Kind.PARAMS);
    }

    /**
     * The range of a colour scale whose end would print a sealed number (the run's largest |c| when that c is
     * the one sealed): rounded up to 1, 2 or 5 times a power of ten, so the scale says no more than its size.
     */
    public static double roundedRange(double max) {
        if (!(max > 0) || !Double.isFinite(max)) {
            return max;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * decade >= max) {
                return m * decade;
            }
        }
        return 10 * decade;
    }
}
