package org.gatelab.render.plot;

/**
 * Where a line plot was drawn: its frame (the data area) and its axes, to map data to pixels and back
 * (hit tests, tests).
 *
 * @param clampedPoints how many points lay below a log axis's floor and were drawn on the bottom edge
 */
public record PlotLayout(Box frame, Axis xAxis, Axis yAxis, int clampedPoints) {
    /** The pixel column of x value {@code v} (NaN if the axis cannot place it). */
    public double px(double v) {
        return frame.x() + xAxis.fraction(v) * frame.w();
    }

    /** The pixel row of y value {@code v} (NaN if the axis cannot place it). */
    public double py(double v) {
        return frame.bottom() - yAxis.fraction(v) * frame.h();
    }

    /** The x value at pixel column {@code px} (linear x axes). */
    public double xAt(double px) {
        double u = (px - frame.x()) / frame.w();
        return xAxis.min() + u * (xAxis.max() - xAxis.min());
    }
}
