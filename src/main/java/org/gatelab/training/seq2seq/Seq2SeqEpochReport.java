package org.gatelab.training.seq2seq;

/**
 * What one epoch of an encoder-decoder's training did. Immutable.
 *
 * @param epoch        1-based
 * @param trainLoss    mean of the epoch's mini-batch losses (teacher forcing, each before its update)
 * @param validation   the validation set decoded greedily after the epoch
 * @param gradNormMean mean global gradient norm before clipping
 * @param gradNormMax  largest global gradient norm before clipping
 * @param seconds      wall-clock time of the epoch, training and validation
 */
public record Seq2SeqEpochReport(int epoch, double trainLoss, Seq2SeqEvaluation validation, double gradNormMean,
                                 double gradNormMax, double seconds) {
}
