/**
 * The training lab: {@link org.gatelab.ui.training.TrainingLabView} on its
 * {@code viewmodel.training.TrainingLabViewModel}: the task and training forms, the run bar, the task card, the
 * divergence callout, and the loss, gradient, score and prediction figures.
 *
 * <p>May use viewmodel.training, render, ui.canvas and the vocabulary; builds no view model, runner or thread.
 */
package org.gatelab.ui.training;
