/**
 * What every drawn view builds on: {@link org.gatelab.ui.canvas.CanvasView} (a canvas that paints once per pulse
 * at the screen's scale), {@link org.gatelab.ui.canvas.FxSurface} (render's Surface on a JavaFX canvas), and the
 * light and dark {@link org.gatelab.ui.canvas.Theme}s with their stylesheets and palettes.
 *
 * <p>May use render and the vocabulary.
 */
package org.gatelab.ui.canvas;
