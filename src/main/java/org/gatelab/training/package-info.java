/**
 * Training: the run ({@link org.gatelab.training.TrainingRun}: mini-batches, clipping, divergence, evaluation per
 * epoch), its configuration ({@link org.gatelab.training.TrainingConfig} and its defaults), the comparison of the
 * three cells and the sweep over lengths ({@link org.gatelab.training.Comparison}), and memory estimates.
 *
 * <p>Uses the engine, the tasks (the data it trains on) and the vocabulary; no JavaFX.
 */
package org.gatelab.training;
