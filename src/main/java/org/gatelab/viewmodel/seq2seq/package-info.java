/**
 * The sequence-to-sequence tab's view model ({@link org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel}): its settings,
 * the job that trains an encoder-decoder without and with attention on the app's seq2seq pool, and what it
 * publishes once per frame: the bottleneck by length, an example's attention and input gradients, the cost table.
 *
 * <p>May use training, tasks, the engine, engine.trace and the vocabulary, plus JavaFX properties.
 */
package org.gatelab.viewmodel.seq2seq;
