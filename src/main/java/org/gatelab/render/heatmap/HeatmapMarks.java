package org.gatelab.render.heatmap;

/**
 * What a heatmap marks on top of its data.
 *
 * @param step        the current timestep (outlined column), or -1 for none
 * @param unit        the selected unit (row marker), or -1 for none
 * @param hoverRow    the row under the mouse, or -1
 * @param hoverCol    the column under the mouse, or -1
 * @param timeLabels  true to print the time axis's numbers under this map (false: ticks only, so a stack
 *                    of maps prints them once, under the lowest)
 * @param highlighted true when a lesson highlights this map's gate (its title is drawn in the accent colour)
 */
public record HeatmapMarks(int step, int unit, int hoverRow, int hoverCol, boolean timeLabels, boolean highlighted) {

    /** No markers, with time labels. */
    public static HeatmapMarks none() {
        return new HeatmapMarks(-1, -1, -1, -1, true, false);
    }

    /** The current step and selected unit, with time labels, nothing hovered. */
    public static HeatmapMarks of(int step, int unit) {
        return new HeatmapMarks(step, unit, -1, -1, true, false);
    }

    public HeatmapMarks withTimeLabels(boolean shown) {
        return new HeatmapMarks(step, unit, hoverRow, hoverCol, shown, highlighted);
    }

    public HeatmapMarks withHover(int row, int col) {
        return new HeatmapMarks(step, unit, row, col, timeLabels, highlighted);
    }

    public HeatmapMarks withHighlighted(boolean on) {
        return new HeatmapMarks(step, unit, hoverRow, hoverCol, timeLabels, on);
    }
}
