package org.gatelab.training;

import java.util.List;
import org.gatelab.engine.ModelConfig;
import org.gatelab.vocabulary.RunStatus;

/**
 * How a training run ended. Immutable.
 *
 * @param status          completed, cancelled or diverged
 * @param message         a sentence for the user (why it stopped, what to change)
 * @param epochs          one report per finished epoch
 * @param model           the model's shape
 * @param parameters      number of parameters (PyTorch's count, with the head)
 * @param baselineValLoss the best constant prediction's validation loss
 * @param naiveValLoss    the naive forecast's validation loss, NaN where it does not apply
 */
public record TrainingResult(RunStatus status, String message, List<EpochReport> epochs, ModelConfig model,
                             long parameters, double baselineValLoss, double naiveValLoss) {
    public TrainingResult {
        epochs = List.copyOf(epochs);
    }

    /** The last finished epoch's report, or null if none finished. */
    public EpochReport last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }

    public boolean diverged() {
        return status == RunStatus.DIVERGED;
    }

    /** Mean wall-clock seconds per finished epoch (NaN if none). */
    public double secondsPerEpoch() {
        return epochs.stream().mapToDouble(EpochReport::seconds).average().orElse(Double.NaN);
    }
}
