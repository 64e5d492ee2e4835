package org.gatelab.training.seq2seq;

/** Hears about an encoder-decoder's training as it goes; every method does nothing unless overridden. */
public interface Seq2SeqListener {
    default void batchDone(int epoch, int batch, int batches, double loss) {
    }

    default void epochDone(Seq2SeqEpochReport report) {
    }

    default void finished(Seq2SeqTrainingResult result) {
    }
}
