package org.gatelab.render.heatmap;

/**
 * Chooses how often to label a discrete axis (timesteps, units) so labels don't collide: the smallest
 * step from 1, 2, 5, 10, 20, 50, ... whose spacing on screen fits a label.
 */
public final class AxisTicks {
    private AxisTicks() {
    }

    /**
     * The label step: the smallest "nice" k with {@code k * pixelsPerItem >= labelExtent}.
     *
     * @param pixelsPerItem screen distance between neighbouring items (a cell's width or height)
     * @param labelExtent   room one label needs along the axis, gap included
     */
    public static int step(double pixelsPerItem, double labelExtent) {
        if (!(pixelsPerItem > 0)) {
            return Integer.MAX_VALUE;
        }
        // nice steps 1, 2, 5 x 10^k
        for (long decade = 1; decade < Integer.MAX_VALUE / 10; decade *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                long k = m * decade;
                if (k * pixelsPerItem >= labelExtent) {
                    return (int) k;
                }
            }
        }
        return Integer.MAX_VALUE;
    }
}
