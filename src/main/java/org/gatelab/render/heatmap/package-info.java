/**
 * Heatmaps of units over time: the grid and its colour bar, axis ticks, the selected cell's marks, painted on a
 * {@link org.gatelab.render.Surface} as one image per map.
 *
 * <p>May use render, engine.trace and the vocabulary.
 */
package org.gatelab.render.heatmap;
