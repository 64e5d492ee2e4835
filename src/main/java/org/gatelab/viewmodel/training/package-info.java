/**
 * The training lab's view model ({@link org.gatelab.viewmodel.training.TrainingLabViewModel}), which edits the
 * settings ({@link org.gatelab.viewmodel.training.ExperimentEditor}) and hands the rest to one class per job: the
 * run's lifecycle, the model in the workspace, model files, settings and CSV files, the divergence remedies; and
 * the snapshots it publishes (losses, gradients, predictions) once per frame.
 *
 * <p>May use training, tasks, the engine, io, viewmodel.workspace and the vocabulary, plus JavaFX properties.
 */
package org.gatelab.viewmodel.training;
