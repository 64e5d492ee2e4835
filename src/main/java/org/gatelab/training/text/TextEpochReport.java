package org.gatelab.training.text;

/**
 * What one epoch over the training text did. Immutable.
 *
 * @param epoch           1-based
 * @param trainBpc        bits per character over the epoch's windows, each measured before its update
 * @param validationBpc   bits per character on the held-out text after the epoch
 * @param gradNormMean    mean global gradient norm before clipping
 * @param gradNormMax     largest global gradient norm before clipping
 * @param clippedFraction share of the epoch's updates whose gradient was clipped
 * @param seconds         wall-clock time of the epoch: training, evaluation and the sample
 * @param sample          text the model wrote after the epoch
 */
public record TextEpochReport(int epoch, double trainBpc, double validationBpc, double gradNormMean,
                              double gradNormMax, double clippedFraction, double seconds, String sample) {
}
