package org.gatelab.render.plot;

import java.util.List;

/** A mapping of data values to a position along a plot side, with the ticks to draw there. */
public interface Axis {
    /** The smallest value the axis shows (its start). */
    double min();

    /** The largest value the axis shows (its end). */
    double max();

    /** True for a logarithmic axis. */
    boolean logarithmic();

    /**
     * Where {@code value} sits along the axis: 0 at {@link #min()}, 1 at {@link #max()}, beyond for values
     * outside; NaN for values the axis cannot place (non-finite, or not positive on a log axis).
     */
    double fraction(double value);

    /** True when {@link #fraction} can place the value. */
    default boolean placeable(double value) {
        return !Double.isNaN(fraction(value));
    }

    /**
     * The ticks, in increasing order, with at most {@code maxLabels} of them labelled (the rest, if any, are
     * drawn but not labelled, so labels never crowd).
     */
    List<Tick> ticks(int maxLabels);
}
