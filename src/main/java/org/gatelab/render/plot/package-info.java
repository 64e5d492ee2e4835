/**
 * Plots as textbooks draw them, with no JavaFX: nice axis ticks ({@link org.gatelab.render.plot.LinearAxis}
 * with 1-2-5 steps, {@link org.gatelab.render.plot.LogAxis} with powers of ten), a line plot painter
 * ({@link org.gatelab.render.plot.LinePlotPainter}: frame, grid, ticks, titles, named series, legend, the current
 * step's marker) and a stacked horizontal bar painter ({@link org.gatelab.render.plot.BarPainter}). They draw on a
 * {@link org.gatelab.render.Surface}, so the screen and the exports show the same figure.
 *
 * <p>May use render, engine.trace and the vocabulary.
 */
package org.gatelab.render.plot;
