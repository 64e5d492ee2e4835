package org.gatelab.render.heatmap;

import java.util.ArrayList;
import java.util.List;

/**
 * Arranges a stack of heatmaps that share their axes (same units, same timesteps) in a grid of one to three
 * columns, filled row by row, and says which of them print the time axis's numbers (the lowest in each
 * column). The column count is the one whose cells come out most readable (see {@code score}), so wide
 * panels get two or three columns and tall ones one.
 */
public final class HeatmapGrid {
    /** Fewest pixels per unit row for a map to count as readable. */
    public static final double MIN_ROW_PIXELS = 2;

    /** Fewest body-font heights a plot may have, however few units it shows. */
    public static final double MIN_PLOT_FONTS = 2.5;

    /** A column (timestep) this many times as wide as a row is high reads as well as the row. */
    static final double COLUMN_WEIGHT = 0.4;

    /** A map's box in the grid. */
    public record Box(double x, double y, double w, double h, boolean timeLabels) {
    }

    /** The chosen arrangement: column count and one box per map, in the maps' order. */
    public record Arrangement(int columns, List<Box> boxes) {
        public Arrangement {
            boxes = List.copyOf(boxes);
        }
    }

    private HeatmapGrid() {
    }

    /**
     * Arranges {@code n} maps of {@code units} rows and {@code steps} columns in ({@code x, y, w, h}).
     *
     * @param font body font size: the chrome around each plot (title, axis, colour bar) scales with it
     */
    public static Arrangement arrange(int n, double x, double y, double w, double h, int units, int steps,
                                      double font) {
        if (n <= 0) {
            return new Arrangement(1, List.of());
        }
        int best = 1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 1; c <= Math.min(3, n); c++) {
            double score = score(n, c, w, h, units, steps, font);
            // prefer fewer columns on ties: the time axis stays long
            if (score > bestScore + 1e-9) {
                best = c;
                bestScore = score;
            }
        }
        return layout(n, best, x, y, w, h, font);
    }

    /** The arrangement with a given column count. */
    public static Arrangement layout(int n, int columns, double x, double y, double w, double h, double font) {
        int gridRows = (n + columns - 1) / columns;
        double gapX = 1.2 * font;
        double gapY = 0.5 * font;
        double boxW = (w - gapX * (columns - 1)) / columns;
        double boxH = (h - gapY * (gridRows - 1)) / gridRows;
        List<Box> boxes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int row = i / columns;
            int col = i % columns;
            boolean lowest = i + columns >= n;
            boxes.add(new Box(x + col * (boxW + gapX), y + row * (boxH + gapY), boxW, boxH, lowest));
        }
        return new Arrangement(columns, boxes);
    }

    /**
     * True when {@code n} maps fit readably: every plot gets at least {@link #MIN_ROW_PIXELS} per unit and
     * {@link #MIN_PLOT_FONTS} font heights.
     */
    public static boolean fits(int n, double w, double h, int units, int steps, double font) {
        Arrangement a = arrange(n, 0, 0, w, h, units, steps, font);
        double need = Math.max(units * MIN_ROW_PIXELS, MIN_PLOT_FONTS * font);
        for (Box b : a.boxes()) {
            if (HeatmapPainter.plotHeight(b.h(), font, b.timeLabels()) < need || plotWidth(b.w(), font) < steps) {
                return false;
            }
        }
        return true;
    }

    /** The most maps (at most {@code n}) that fit, at least 1. */
    public static int fitting(int n, double w, double h, int units, int steps, double font) {
        for (int k = n; k > 1; k--) {
            if (fits(k, w, h, units, steps, font)) {
                return k;
            }
        }
        return 1;
    }

    /**
     * How readable a column count makes the smallest map: its row height, or its column width divided by
     * {@link #COLUMN_WEIGHT} if that is smaller (a timestep reads well narrower than a unit, because rows
     * are read as strips along time). Larger is better.
     */
    private static double score(int n, int columns, double w, double h, int units, int steps, double font) {
        Arrangement a = layout(n, columns, 0, 0, w, h, font);
        double worst = Double.POSITIVE_INFINITY;
        for (Box b : a.boxes()) {
            double pw = plotWidth(b.w(), font);
            double ph = HeatmapPainter.plotHeight(b.h(), font, b.timeLabels());
            if (pw < 8 * font) {
                return Double.NEGATIVE_INFINITY;
            }
            double cell = Math.min(pw / Math.max(1, steps) / COLUMN_WEIGHT, ph / Math.max(1, units));
            worst = Math.min(worst, cell);
        }
        return worst;
    }

    /** Estimated plot width in a box of width {@code boxW}: the box less unit labels and colour bar. */
    static double plotWidth(double boxW, double font) {
        return boxW - 7.5 * font;
    }
}
