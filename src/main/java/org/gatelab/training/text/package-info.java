/**
 * Character models: training over a text with truncated BPTT ({@link org.gatelab.training.text.TextTrainingRun}:
 * windows with the state carried across them, bits per character against the unigram and bigram baselines, a
 * sample after each epoch), sampling with a temperature, a prime and a seed ({@link
 * org.gatelab.training.text.Sampler}), and what the language lab looks at: a model's reading of a text with its
 * next-character predictions ({@link org.gatelab.training.text.TextReading}), the search for the unit that
 * follows a pattern ({@link org.gatelab.training.text.UnitSearch}) and what a prediction depends on
 * ({@link org.gatelab.training.text.Dependence}).
 *
 * <p>Uses the engine, the tasks (the text, its vocabulary and signals), training's configuration and the
 * vocabulary; no JavaFX.
 */
package org.gatelab.training.text;
