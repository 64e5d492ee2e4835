package org.gatelab.ui.diagram;

import org.gatelab.render.diagram.DiagramLayout;
import org.gatelab.render.diagram.DiagramValues;

/**
 * The display copy of the diagram's values while it animates from one step to the next (the model keeps the
 * exact values; this eases a copy toward them, as Medusa's gauges do with value and currentValue). Time runs
 * as a phase from 0 to 1 over the transition; each gate and state changes while the flow passes it
 * ({@link DiagramLayout#arrival}), so values update in the order data reaches them. No JavaFX: the view
 * drives it from an animation timer.
 */
final class DiagramTransition {
    /** Half the width of the phase window in which one value changes. */
    private static final double WINDOW = 0.09;

    private DiagramValues from;
    private DiagramValues target;
    private DiagramLayout layout;
    private double durationMillis;
    private double phase = 1;

    /** Jumps to {@code values}: nothing animates. */
    void snap(DiagramValues values) {
        from = values;
        target = values;
        phase = 1;
    }

    /**
     * Starts animating from what is shown now toward {@code values} over {@code millis}; jumps if millis is 0 or
     * the shapes differ (another cell).
     *
     * @return true if an animation started
     */
    boolean start(DiagramValues values, DiagramLayout layout, double millis) {
        DiagramValues now = shown();
        if (millis <= 0 || now == null || !now.sameShape(values)) {
            snap(values);
            return false;
        }
        this.from = now;
        this.target = values;
        this.layout = layout;
        this.durationMillis = millis;
        this.phase = 0;
        return true;
    }

    /** Advances to {@code elapsedMillis} since the start; returns false when the animation has ended. */
    boolean advance(double elapsedMillis) {
        phase = durationMillis <= 0 ? 1 : Math.min(1, elapsedMillis / durationMillis);
        if (phase >= 1) {
            from = target;
            return false;
        }
        return true;
    }

    /** True while animating. */
    boolean running() {
        return phase < 1;
    }

    /** The flow phase, 0..1 (1 at rest). */
    double phase() {
        return phase;
    }

    /** The exact values of the current step and unit. */
    DiagramValues target() {
        return target;
    }

    /** The values to draw now: the target at rest, in between while animating. */
    DiagramValues shown() {
        if (target == null || phase >= 1 || layout == null) {
            return target;
        }
        return DiagramValues.between(from, target, g -> progress(layout.arrival(g)),
                q -> progress(layout.arrival(q)));
    }

    /** Eased progress of a value the flow reaches at {@code arrival}: smoothstep over arrival ± WINDOW. */
    private double progress(double arrival) {
        double u = (phase - (arrival - WINDOW)) / (2 * WINDOW);
        u = Math.max(0, Math.min(1, u));
        return u * u * (3 - 2 * u);
    }
}
