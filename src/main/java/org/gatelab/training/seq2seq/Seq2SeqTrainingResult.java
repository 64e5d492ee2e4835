package org.gatelab.training.seq2seq;

import java.util.List;
import org.gatelab.engine.Seq2SeqConfig;
import org.gatelab.vocabulary.RunStatus;

/**
 * How an encoder-decoder's training ended. Immutable.
 *
 * @param status         completed, cancelled or diverged
 * @param message        a sentence for the user
 * @param epochs         one report per finished epoch
 * @param model          the model's shape
 * @param parameters     its number of parameters
 * @param chanceAccuracy the share of symbols a uniform guess gets right
 */
public record Seq2SeqTrainingResult(RunStatus status, String message, List<Seq2SeqEpochReport> epochs,
                                    Seq2SeqConfig model, long parameters, double chanceAccuracy) {
    public Seq2SeqTrainingResult {
        epochs = List.copyOf(epochs);
    }

    /** The last finished epoch's report, or null. */
    public Seq2SeqEpochReport last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }

    public boolean diverged() {
        return status == RunStatus.DIVERGED;
    }

    /** Mean wall-clock seconds per finished epoch (NaN if none). */
    public double secondsPerEpoch() {
        return epochs.stream().mapToDouble(Seq2SeqEpochReport::seconds).average().orElse(Double.NaN);
    }
}
