package org.gatelab.render.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis with "nice" ticks: multiples of 1, 2 or 5 times a power of ten, as many as fit. Either the
 * exact range it is given ({@link #of}, e.g. timesteps 0..T-1) or a range widened to whole tick steps around
 * the data ({@link #around}).
 */
public final class LinearAxis implements Axis {
    private static final double[] NICE = {1, 2, 5};

    private final double min;
    private final double max;
    private final boolean integers;

    private LinearAxis(double min, double max, boolean integers) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            min = 0;
            max = 1;
        }
        if (max < min) {
            double t = min;
            min = max;
            max = t;
        }
        if (max == min) {
            // a flat range: open it around the value so it has a middle
            double half = min == 0 ? 0.5 : Math.abs(min) * 0.1;
            min -= half;
            max += half;
        }
        this.min = min;
        this.max = max;
        this.integers = integers;
    }

    /** Exactly {@code min..max} (swapped if reversed; a flat or non-finite range is opened up). */
    public static LinearAxis of(double min, double max) {
        return new LinearAxis(min, max, false);
    }

    /**
     * The smallest range of whole tick steps that covers {@code dataMin..dataMax}, with the step chosen for
     * about {@code ticks} ticks: data 0.13..0.87 with 5 ticks gives 0..1 in steps of 0.2.
     */
    public static LinearAxis around(double dataMin, double dataMax, int ticks) {
        LinearAxis raw = new LinearAxis(dataMin, dataMax, false);
        double step = niceStep(raw.max - raw.min, Math.max(1, ticks - 1));
        // lo = floor(min / step) * step, hi = ceil(max / step) * step
        return new LinearAxis(Math.floor(raw.min / step + 1e-9) * step, Math.ceil(raw.max / step - 1e-9) * step, false);
    }

    /** This axis with ticks at whole numbers only (steps of 1, 2, 5, 10, ...): timesteps, counts. */
    public LinearAxis integerTicks() {
        return new LinearAxis(min, max, true);
    }

    /**
     * The smallest nice step (1, 2 or 5 x 10^k) that splits {@code range} into at most {@code intervals}
     * intervals.
     */
    public static double niceStep(double range, int intervals) {
        if (!(range > 0) || !Double.isFinite(range)) {
            return 1;
        }
        int n = Math.max(1, intervals);
        // start a decade below the raw step range / n and walk up the 1-2-5 ladder
        double decade = Math.pow(10, Math.floor(Math.log10(range / n)) - 1);
        for (int k = 0; k < 40; k++, decade *= 10) {
            for (double m : NICE) {
                double step = m * decade;
                if (range / step <= n + 1e-9) {
                    return step;
                }
            }
        }
        return range;
    }

    @Override
    public double min() {
        return min;
    }

    @Override
    public double max() {
        return max;
    }

    @Override
    public boolean logarithmic() {
        return false;
    }

    @Override
    public double fraction(double value) {
        if (!Double.isFinite(value)) {
            return Double.NaN;
        }
        return (value - min) / (max - min);
    }

    /**
     * The distance between neighbouring ticks for at most {@code maxLabels} ticks: the smallest nice step that
     * leaves at most {@code maxLabels - 1} whole intervals, made smaller while no multiple of it falls inside
     * a narrow range (so there is always a tick, unless an integer axis spans no integer).
     */
    public double step(int maxLabels) {
        double step = niceStep(max - min, Math.max(1, maxLabels - 1));
        while (count(step) == 0 && !(integers && step <= 1)) {
            step = smallerNice(step);
        }
        return integers ? Math.max(1, step) : step;
    }

    private long count(double step) {
        return (long) Math.floor(max / step + 1e-9) - (long) Math.ceil(min / step - 1e-9) + 1;
    }

    /** The next step down the 1-2-5 ladder: 5 -> 2 -> 1 -> 0.5. */
    private static double smallerNice(double step) {
        double decade = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double m = Math.round(step / decade);
        return m >= 5 ? 2 * decade : m >= 2 ? decade : 0.5 * decade;
    }

    /** Ticks at every multiple of the nice step inside the range, all labelled. */
    @Override
    public List<Tick> ticks(int maxLabels) {
        double step = step(Math.max(2, maxLabels));
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        for (long k = first; k <= last && ticks.size() < 1000; k++) {
            double v = k * step;
            ticks.add(new Tick(v, TickFormat.linear(v, step), true));
        }
        return ticks;
    }

    @Override
    public String toString() {
        return "LinearAxis[" + min + ", " + max + "]";
    }
}
