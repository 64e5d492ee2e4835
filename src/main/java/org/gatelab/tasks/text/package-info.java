/**
 * Text for character models: the character {@link org.gatelab.tasks.text.Vocabulary} with its unknown-character
 * symbol, the corpora (the bundled first names and <i>Moby-Dick</i> as given to it, the bracket language generated
 * from a seed, any text), their split into training and held-out text, the parallel streams and windows that
 * truncated BPTT walks through, the unigram and bigram baselines in bits per character, a trained character model
 * with its vocabulary, and the per-character signals ("inside quotes", "bracket depth", ...) that the search for
 * a unit compares units with.
 *
 * <p>May use the engine, engine.trace, tasks and the vocabulary; no JavaFX. Reading a text file is io's.
 */
package org.gatelab.tasks.text;
