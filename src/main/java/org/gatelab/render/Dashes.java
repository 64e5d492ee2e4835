package org.gatelab.render;

/** A {@link Surface}'s dash pattern as the screen and the exports both draw it. */
public final class Dashes {
    private Dashes() {
    }

    /**
     * The pattern to stroke with: {@code dashes} (on, off, ...) times {@code weight}, negative lengths taken as 0;
     * null for a solid line (no pattern, or one with no positive length).
     */
    public static double[] pattern(double[] dashes, double weight) {
        if (dashes == null || dashes.length == 0) {
            return null;
        }
        double[] out = new double[dashes.length];
        boolean positive = false;
        for (int i = 0; i < dashes.length; i++) {
            out[i] = Math.max(0, dashes[i]) * weight;
            positive |= out[i] > 0;
        }
        return positive ? out : null;
    }
}
