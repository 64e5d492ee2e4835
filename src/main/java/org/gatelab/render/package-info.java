/**
 * Drawing without a toolkit: the {@link org.gatelab.render.Surface} every figure paints on (the screen's
 * {@code ui.canvas.FxSurface}, the exports' {@code Graphics2DSurface}), colours, palettes and colour maps. The
 * subpackages hold the figures: the cell diagram, the equations, the heatmaps, the plots and the workspace's
 * figures built from them.
 *
 * <p>May use engine.trace and the vocabulary; no JavaFX, no AWT, nothing of the engine's computation.
 */
package org.gatelab.render;
