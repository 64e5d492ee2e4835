package org.gatelab.ui.heatmap;

/**
 * A heatmap cell under a point: which map, which unit (row) and which timestep (column).
 *
 * @param map  the map's name, e.g. {@code "f"}
 * @param unit the hidden unit, 0..H-1
 * @param t    the timestep, 0..T-1
 */
public record HeatmapHit(String map, int unit, int t) {
}
