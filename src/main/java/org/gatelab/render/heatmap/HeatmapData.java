package org.gatelab.render.heatmap;

import java.util.Objects;
import org.gatelab.render.ColorMap;

/**
 * One heatmap's numbers, ready to paint: {@code rows} x {@code cols} values (row-major, rows = hidden units
 * top to bottom, columns = timesteps), the colour scale they are drawn on and the words around them.
 * Immutable: the values are copied in and handed out one at a time or as a copy.
 *
 * @param name        short key the view and its tests use, e.g. {@code "f"}
 * @param title       heading drawn above the map, e.g. {@code "f · forget gate"}
 * @param rows        number of rows (hidden units)
 * @param cols        number of columns (timesteps)
 * @param values      {@code values[row * cols + col]}; copied
 * @param min         value drawn with the colour map's first colour (lower values are clamped)
 * @param max         value drawn with the colour map's last colour (higher values are clamped)
 * @param colorMap    the colour scale
 * @param legendLabel what the colour bar measures, e.g. {@code "gate value"}
 * @param logDecades  0 for a linear colour scale; otherwise a symmetric logarithmic one over this many
 *                    decades below {@code max} (needs {@code min = -max}), which keeps values that are
 *                    orders of magnitude smaller, such as vanishing gradients, visible
 */
public record HeatmapData(String name, String title, int rows, int cols, double[] values, double min, double max,
                          ColorMap colorMap, String legendLabel, double logDecades) {

    public HeatmapData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(colorMap, "colorMap");
        Objects.requireNonNull(legendLabel, "legendLabel");
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException(name + ": negative size " + rows + " x " + cols);
        }
        if (values.length != rows * cols) {
            throw new IllegalArgumentException(name + ": " + rows + " x " + cols + " needs " + rows * cols
                    + " values, got " + values.length);
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException(name + ": colour range " + min + ".." + max + " is empty");
        }
        if (!(logDecades >= 0) || logDecades > 0 && !(max > 0 && min == -max)) {
            throw new IllegalArgumentException(name + ": a logarithmic scale needs a range -m..m and decades > 0");
        }
        values = values.clone();
    }

    /** A map on a linear colour scale. */
    public HeatmapData(String name, String title, int rows, int cols, double[] values, double min, double max,
                       ColorMap colorMap, String legendLabel) {
        this(name, title, rows, cols, values, min, max, colorMap, legendLabel, 0);
    }

    /** True for a symmetric logarithmic colour scale. */
    public boolean logarithmic() {
        return logDecades > 0;
    }

    /**
     * Where {@code v} falls on the colour scale, 0..1 (clamped; NaN stays NaN).
     * Linear: u = (v - min) / (max - min).
     * Symmetric log over d decades: u = 1/2 + 1/2 sign(v) clamp((log10(|v| / max) + d) / d, 0, 1),
     * so |v| = max lands on the ends, |v| &lt;= max 10^-d on the middle.
     */
    public double position(double v) {
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        if (!logarithmic()) {
            return max <= min ? 0.5 : Math.max(0, Math.min(1, (v - min) / (max - min)));
        }
        double a = Math.abs(v) / max;
        double p = a <= 0 ? 0 : Math.max(0, Math.min(1, (Math.log10(a) + logDecades) / logDecades));
        return 0.5 + 0.5 * Math.signum(v) * p;
    }

    /** The colour of {@code v} on this map's scale, packed ARGB. */
    public int argbOf(double v) {
        return colorMap.at(position(v)).argb();
    }

    /** A copy of the values, row-major. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value at ({@code row}, {@code col}). */
    public double value(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException(name + ": no cell (" + row + ", " + col + ") in " + rows + " x " + cols);
        }
        return values[row * cols + col];
    }

    /** The colour of the value at ({@code row}, {@code col}), packed ARGB. */
    public int argb(int row, int col) {
        return argbOf(value(row, col));
    }

    /** Every cell's colour, row-major, packed ARGB: the pixels of the heatmap image. */
    public int[] pixels() {
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            argb[i] = argbOf(values[i]);
        }
        return argb;
    }

    /** True when the scale is centred on zero (a diverging map over a symmetric range). */
    public boolean symmetric() {
        return min < 0 && max > 0 && Math.abs(min + max) <= 1e-12 * Math.max(1, max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeatmapData d && name.equals(d.name) && title.equals(d.title) && rows == d.rows
                && cols == d.cols && java.util.Arrays.equals(values, d.values) && Double.compare(min, d.min) == 0
                && Double.compare(max, d.max) == 0 && colorMap.equals(d.colorMap) && legendLabel.equals(d.legendLabel)
                && Double.compare(logDecades, d.logDecades) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, title, rows, cols, java.util.Arrays.hashCode(values), min, max, colorMap, legendLabel,
                logDecades);
    }

    @Override
    public String toString() {
        return "HeatmapData[" + name + ", " + rows + " x " + cols + ", " + min + ".." + max + ", " + colorMap.name()
                + (logarithmic() ? ", log " + logDecades + " decades" : "") + "]";
    }
}
