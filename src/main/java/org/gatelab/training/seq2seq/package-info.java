/**
 * Training an encoder-decoder on a sequence-to-sequence task: the run epoch by epoch with teacher forcing, the
 * evaluation by greedy decoding (the share of symbols right, of whole sequences right, and both by length: the
 * curve that shows the bottleneck), and the same task trained with and without attention at several lengths.
 *
 * <p>May use tasks, the engine, engine.trace and the vocabulary; no JavaFX.
 */
package org.gatelab.training.seq2seq;
