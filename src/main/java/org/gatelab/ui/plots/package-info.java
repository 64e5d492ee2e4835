/**
 * The workspace's gradient views: the vanishing-gradient curve with its W_hh-scale and gate-bias sliders, and the
 * connectivity and saturation plot.
 *
 * <p>May use viewmodel.workspace, render, ui.canvas, engine.trace and the vocabulary.
 */
package org.gatelab.ui.plots;
