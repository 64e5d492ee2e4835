package org.gatelab.training;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.RunStatus;

/**
 * One cell's result in a {@link Comparison}. Immutable.
 *
 * @param task            task id
 * @param length          the task's sequence length T
 * @param cell            rnn, lstm or gru
 * @param hidden          hidden size used
 * @param parameters      parameters, PyTorch's count plus the head
 * @param trainLoss       the last epoch's mean training loss
 * @param valLoss         the last epoch's validation loss
 * @param baselineValLoss the best constant prediction's validation loss
 * @param accuracy        the last epoch's validation accuracy, NaN where it does not apply
 * @param secondsPerEpoch mean wall-clock seconds per epoch
 * @param epochs          epochs finished
 * @param status          how the run ended
 */
public record ComparisonRow(String task, int length, CellKind cell, int hidden, long parameters, double trainLoss,
                            double valLoss, double baselineValLoss, double accuracy, double secondsPerEpoch,
                            int epochs, RunStatus status) {
    public boolean diverged() {
        return status == RunStatus.DIVERGED;
    }

    /** valLoss / baselineValLoss: below 1 means the model learnt something a constant cannot. */
    public double relativeValLoss() {
        return valLoss / baselineValLoss;
    }
}
