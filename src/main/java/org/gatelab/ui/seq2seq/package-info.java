/**
 * The sequence-to-sequence tab ({@link org.gatelab.ui.seq2seq.Seq2SeqView}): its form, the attention map that fills
 * in as the example is decoded, the bottleneck plot (accuracy against source length with and without attention),
 * the gradient from the output being written back to each input, and the cost table.
 *
 * <p>May use the seq2seq view model, render, engine.trace and the vocabulary, plus JavaFX.
 */
package org.gatelab.ui.seq2seq;
