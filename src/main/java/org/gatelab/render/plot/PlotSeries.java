package org.gatelab.render.plot;

import java.util.Objects;
import java.util.Set;
import org.gatelab.render.Rgb;

/**
 * One named line of a plot: points (x[i], y[i]), drawn in one colour, solid or dashed, with optional
 * point markers. Points the y axis cannot place (NaN, infinities, values ≤ 0 on a log axis) leave gaps.
 * The arrays are copied in and out.
 *
 * @param name     the key the view and its tests use, e.g. {@code "||dL/dh_t||"}
 * @param label    the text of its legend entry
 * @param emphasis drawn a little thicker (the selected cell among several)
 * @param sealed   indices of points a lesson has sealed: their y is NaN (a gap), and the readout says "?"
 */
public record PlotSeries(String name, String label, double[] x, double[] y, Rgb colour, boolean dashed,
                         boolean markers, boolean emphasis, Set<Integer> sealed) {
    public PlotSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        label = label == null ? name : label;
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
        sealed = Set.copyOf(sealed);
        for (int i : sealed) {
            if (i >= 0 && i < y.length) {
                y[i] = Double.NaN;
            }
        }
    }

    /** A series with nothing sealed. */
    public PlotSeries(String name, String label, double[] x, double[] y, Rgb colour, boolean dashed, boolean markers,
                      boolean emphasis) {
        this(name, label, x, y, colour, dashed, markers, emphasis, Set.of());
    }

    /** True when point {@code i} is sealed. */
    public boolean sealedAt(int i) {
        return sealed.contains(i);
    }

    /** The same series with the points at {@code indices} sealed. */
    public PlotSeries withSealed(Set<Integer> indices) {
        return new PlotSeries(name, label, x, y, colour, dashed, markers, emphasis, indices);
    }

    /** A solid line without markers. */
    public static PlotSeries line(String name, String label, double[] x, double[] y, Rgb colour) {
        return new PlotSeries(name, label, x, y, colour, false, false, false);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    /** x[i] without a copy. */
    public double xAt(int i) {
        return x[i];
    }

    /** y[i] without a copy. */
    public double yAt(int i) {
        return y[i];
    }

    /** The index of the point whose x is nearest {@code value}, or -1 for an empty series. */
    public int indexNearest(double value) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double d = Math.abs(x[i] - value);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    public PlotSeries withDashed(boolean on) {
        return new PlotSeries(name, label, x, y, colour, on, markers, emphasis, sealed);
    }

    public PlotSeries withMarkers(boolean on) {
        return new PlotSeries(name, label, x, y, colour, dashed, on, emphasis, sealed);
    }

    public PlotSeries withEmphasis(boolean on) {
        return new PlotSeries(name, label, x, y, colour, dashed, markers, on, sealed);
    }
}
