/**
 * The sequence-to-sequence tasks an encoder-decoder learns: reverse a sequence of symbols, sort digits, convert a
 * date to ISO 8601. Each is an immutable record that checks its settings against ranges it defines and generates
 * its pairs of symbol sequences from a seed ({@link org.gatelab.tasks.seq2seq.Seq2SeqData}), grouped by length
 * so that every mini-batch holds sequences of one length and needs no padding.
 *
 * <p>May use the engine, engine.trace, the vocabulary and {@code tasks} (its seeds); no JavaFX.
 */
package org.gatelab.tasks.seq2seq;
