/**
 * The workspace's heatmaps: gate activations and gradients per gate, units against time, one image per map,
 * click a cell to select its unit and step.
 *
 * <p>May use viewmodel.workspace, render, ui.canvas, engine.trace and the vocabulary.
 */
package org.gatelab.ui.heatmap;
