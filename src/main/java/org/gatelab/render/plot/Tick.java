package org.gatelab.render.plot;

/**
 * One tick of an axis.
 *
 * @param value where it sits, in data units
 * @param label its text; empty when the tick is drawn but not labelled (thinned labels, minor ticks)
 * @param major true for a tick with a grid line (every tick of a linear axis, every decade of a log axis);
 *              false for the log axis's minor ticks at 2..9 x 10^k
 */
public record Tick(double value, String label, boolean major) {
    public Tick {
        if (label == null) {
            label = "";
        }
    }

    /** True when the tick carries a label. */
    public boolean labelled() {
        return !label.isEmpty();
    }
}
