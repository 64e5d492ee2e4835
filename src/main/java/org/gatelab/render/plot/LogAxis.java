package org.gatelab.render.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * A base-10 logarithmic axis from one power of ten to another, for quantities that span many orders of
 * magnitude (gradient norms). {@link #covering} pads the data's finite positive range out to whole decades,
 * but never below a floor (default {@value #DEFAULT_FLOOR}), so one gradient of 1e-300 does not squash
 * everything else into a line at the top: values under the floor are drawn clamped to the bottom edge.
 * Ticks sit at every decade, labelled {@code 10⁻³}; when the decades are few, minor ticks mark 2..9 x 10^k.
 */
public final class LogAxis implements Axis {
    /** The default lowest value shown: smaller values are clamped to the bottom edge. */
    public static final double DEFAULT_FLOOR = 1e-12;
    /** Most decades that still get minor ticks at 2..9 x 10^k. */
    public static final int MINOR_TICK_DECADES = 6;
    private static final int[] LABEL_STEPS = {1, 2, 3, 5, 10, 20, 25, 50, 100};

    private final int lowExponent;
    private final int highExponent;

    private LogAxis(int lowExponent, int highExponent) {
        this.lowExponent = lowExponent;
        this.highExponent = Math.max(highExponent, lowExponent + 1);
    }

    /** The axis from {@code 10^low} to {@code 10^high} (at least one decade). */
    public static LogAxis decades(int low, int high) {
        return new LogAxis(Math.min(low, high), Math.max(low, high));
    }

    /**
     * The smallest whole-decade axis that shows every finite positive value of the arrays, starting no lower
     * than the decade of {@code floor}. Without any such value: 10⁻¹..10¹.
     */
    public static LogAxis covering(double floor, double[]... data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] a : data) {
            for (double v : a) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return range(lo, hi, floor);
    }

    /** {@link #covering(double, double[]...)} with the default floor. */
    public static LogAxis covering(double[]... data) {
        return covering(DEFAULT_FLOOR, data);
    }

    /**
     * The whole decades around {@code min..max}: 10^floor(log10 min) to 10^ceil(log10 max), with the low end
     * raised to the floor's decade; a range inside one decade still spans one; all values below the floor
     * give the floor's decade and the one above it.
     */
    public static LogAxis range(double min, double max, double floor) {
        double f = floor > 0 && Double.isFinite(floor) ? floor : DEFAULT_FLOOR;
        int floorExp = floorLog(f);
        if (!(max > 0) || !Double.isFinite(max) || !(min > 0) || min > max) {
            return new LogAxis(-1, 1);
        }
        int lo = Math.max(floorExp, floorLog(min));
        int hi = Math.max(lo + 1, ceilLog(max));
        return new LogAxis(lo, hi);
    }

    // the tolerance keeps exact powers of ten (whose log10 may be off by an ulp) in their own decade
    private static int floorLog(double v) {
        return (int) Math.floor(Math.log10(v) + 1e-9);
    }

    private static int ceilLog(double v) {
        return (int) Math.ceil(Math.log10(v) - 1e-9);
    }

    /** The exponent of the bottom end, e.g. -12 for 10⁻¹². */
    public int lowExponent() {
        return lowExponent;
    }

    /** The exponent of the top end. */
    public int highExponent() {
        return highExponent;
    }

    /** Number of decades shown. */
    public int decadeCount() {
        return highExponent - lowExponent;
    }

    @Override
    public double min() {
        return Math.pow(10, lowExponent);
    }

    @Override
    public double max() {
        return Math.pow(10, highExponent);
    }

    @Override
    public boolean logarithmic() {
        return true;
    }

    /** (log10 v - low) / (high - low); NaN for values that are not finite and positive. */
    @Override
    public double fraction(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            return Double.NaN;
        }
        return (Math.log10(value) - lowExponent) / (highExponent - lowExponent);
    }

    /** True for a finite positive value below the bottom end: drawn clamped to the bottom edge. */
    public boolean below(double value) {
        return value > 0 && Double.isFinite(value) && value < min();
    }

    /**
     * The decade step between labels so that at most {@code maxLabels} decades are labelled: the smallest of
     * 1, 2, 3, 5, 10, ... that is few enough.
     */
    public int labelStep(int maxLabels) {
        int n = Math.max(1, maxLabels);
        for (int step : LABEL_STEPS) {
            if (labelledCount(step) <= n) {
                return step;
            }
        }
        return decadeCount();
    }

    private int labelledCount(int step) {
        // exponents e in [low, high] with e mod step == 0
        return Math.floorDiv(highExponent, step) - Math.floorDiv(lowExponent - 1, step);
    }

    /**
     * A tick at every decade: major and labelled when its exponent is a multiple of {@link #labelStep}, minor
     * and unlabelled otherwise; minor ticks at 2..9 x 10^k too when every decade is labelled and there are at
     * most {@value #MINOR_TICK_DECADES} decades.
     */
    @Override
    public List<Tick> ticks(int maxLabels) {
        int step = labelStep(maxLabels);
        boolean minor = step == 1 && decadeCount() <= MINOR_TICK_DECADES;
        List<Tick> ticks = new ArrayList<>();
        for (int e = lowExponent; e <= highExponent; e++) {
            double decade = Math.pow(10, e);
            boolean labelled = Math.floorMod(e, step) == 0;
            ticks.add(new Tick(decade, labelled ? TickFormat.powerOfTen(e) : "", labelled));
            if (minor && e < highExponent) {
                for (int m = 2; m <= 9; m++) {
                    ticks.add(new Tick(m * decade, "", false));
                }
            }
        }
        return ticks;
    }

    @Override
    public String toString() {
        return "LogAxis[10^" + lowExponent + ", 10^" + highExponent + "]";
    }
}
