/**
 * The workspace's figures without a toolkit: what each view draws from a {@link org.gatelab.engine.trace.Trace}
 * and a {@link org.gatelab.render.figures.FigureSelection} (step, unit, layer, highlighted gate): the cell
 * diagram, the activation and gradient heatmaps, the gradient-flow and connectivity plots. The JavaFX views
 * ({@code ui.*}) and the exports ({@code export}) both call them, so an exported picture is the one on screen.
 *
 * <p>May use render and its diagram, equations, heatmap and plot packages, engine.trace and the vocabulary.
 */
package org.gatelab.render.figures;
