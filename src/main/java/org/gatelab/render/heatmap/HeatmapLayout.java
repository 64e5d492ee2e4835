package org.gatelab.render.heatmap;

import java.util.Optional;

/**
 * Where a painted heatmap's cells are: its plot rectangle (the image) divided into {@code rows} x
 * {@code cols} equal cells, and the box the whole map (title, labels, colour bar) occupies. The painter
 * returns one per map so views can hit-test the mouse against exactly what was drawn.
 */
public record HeatmapLayout(double boxX, double boxY, double boxW, double boxH,
                            double plotX, double plotY, double plotW, double plotH, int rows, int cols) {

    /** A cell of the grid. */
    public record Cell(int row, int col) {
    }

    /** Width of one column (one timestep): plotW / cols. */
    public double cellWidth() {
        return cols == 0 ? 0 : plotW / cols;
    }

    /** Height of one row (one unit): plotH / rows. */
    public double cellHeight() {
        return rows == 0 ? 0 : plotH / rows;
    }

    /** Left edge of column {@code col}. */
    public double colX(int col) {
        return plotX + col * cellWidth();
    }

    /** Top edge of row {@code row}. */
    public double rowY(int row) {
        return plotY + row * cellHeight();
    }

    /** Centre of column {@code col}. */
    public double centerX(int col) {
        return colX(col) + cellWidth() / 2;
    }

    /** Centre of row {@code row}. */
    public double centerY(int row) {
        return rowY(row) + cellHeight() / 2;
    }

    /**
     * The cell under a point, if the point is inside the plot.
     * col = floor((x - plotX) / cellWidth), row = floor((y - plotY) / cellHeight).
     */
    public Optional<Cell> cellAt(double x, double y) {
        if (rows == 0 || cols == 0 || x < plotX || y < plotY || x >= plotX + plotW || y >= plotY + plotH) {
            return Optional.empty();
        }
        int col = Math.min(cols - 1, (int) Math.floor((x - plotX) / cellWidth()));
        int row = Math.min(rows - 1, (int) Math.floor((y - plotY) / cellHeight()));
        return Optional.of(new Cell(row, col));
    }

    /** True when the point lies in the map's box (title and labels included). */
    public boolean boxContains(double x, double y) {
        return x >= boxX && y >= boxY && x < boxX + boxW && y < boxY + boxH;
    }
}
