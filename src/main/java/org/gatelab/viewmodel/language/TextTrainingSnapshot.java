package org.gatelab.viewmodel.language;

import java.util.List;

/**
 * What the language lab shows of a training run at one moment: progress, the bits-per-character curves and the
 * baselines, the samples and a status line. Immutable; the arrays are copied in and out.
 *
 * @param state          where the run stands
 * @param epoch          epochs finished
 * @param epochs         epochs asked for
 * @param window         windows done in the current epoch
 * @param windows        windows per epoch
 * @param windowX        x of each window's point: epoch - 1 + window / windows
 * @param windowBpc      each window's bits per character, before its update
 * @param epochTrainBpc  each finished epoch's training bits per character
 * @param epochHeldOutBpc each finished epoch's held-out bits per character
 * @param unigram        the unigram model's held-out bits per character
 * @param bigram         the bigram model's held-out bits per character
 * @param samples        the sample after each finished epoch
 * @param status         one sentence for the status line
 */
public record TextTrainingSnapshot(TrainingPhase state, int epoch, int epochs, int window, int windows,
                                   double[] windowX, double[] windowBpc, double[] epochTrainBpc,
                                   double[] epochHeldOutBpc, double unigram, double bigram, List<String> samples,
                                   String status) {
    public TextTrainingSnapshot {
        windowX = windowX.clone();
        windowBpc = windowBpc.clone();
        epochTrainBpc = epochTrainBpc.clone();
        epochHeldOutBpc = epochHeldOutBpc.clone();
        samples = List.copyOf(samples);
    }

    /** Before any run: the baselines only (NaN until the data is ready). */
    public static TextTrainingSnapshot idle(double unigram, double bigram, int epochs, String status) {
        return new TextTrainingSnapshot(TrainingPhase.IDLE, 0, epochs, 0, 0, new double[0], new double[0],
                new double[0], new double[0], unigram, bigram, List.of(), status);
    }

    @Override
    public double[] windowX() {
        return windowX.clone();
    }

    @Override
    public double[] windowBpc() {
        return windowBpc.clone();
    }

    @Override
    public double[] epochTrainBpc() {
        return epochTrainBpc.clone();
    }

    @Override
    public double[] epochHeldOutBpc() {
        return epochHeldOutBpc.clone();
    }

    /** The last finished epoch's held-out bits per character, NaN before. */
    public double lastHeldOut() {
        return epochHeldOutBpc.length == 0 ? Double.NaN : epochHeldOutBpc[epochHeldOutBpc.length - 1];
    }
}
