/**
 * The comparison tab: {@link org.gatelab.ui.compare.CompareView} on its
 * {@code viewmodel.compare.CompareViewModel}, with its form, the plan of each cell's size, the results table and
 * the loss and sweep plots.
 *
 * <p>May use viewmodel.compare, render, ui.canvas, ui.forms and the vocabulary; builds no view model, runner or
 * thread.
 */
package org.gatelab.ui.compare;
