package org.gatelab.viewmodel.compare;

import org.gatelab.engine.ModelConfig;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.ComparisonRow;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.RunStatus;

/**
 * One row of the comparison table: one cell trained on one task (at one length in a sweep), as the engine
 * reported it. Immutable.
 *
 * @param seed               the seed of the run (data, initial weights, batch order)
 * @param length             the task's sequence length T
 * @param cell               rnn, lstm or gru
 * @param hidden             the hidden size used
 * @param parameters         parameters as PyTorch counts them (two biases), plus the readout
 * @param textbookParameters parameters as textbooks count them (one bias), plus the readout
 * @param secondsPerEpoch    mean wall-clock seconds per epoch
 * @param trainLoss          the last epoch's mean training loss
 * @param valLoss            the last epoch's validation loss
 * @param baselineValLoss    the best constant prediction's validation loss
 * @param relativeValLoss    valLoss / baselineValLoss: below 1, the cell learnt something a constant cannot
 * @param accuracy           the last epoch's validation accuracy, NaN where the task has none
 * @param epochs             epochs finished
 * @param status             completed, cancelled or diverged
 */
public record CompareRow(long seed, int length, CellKind cell, int hidden, long parameters, long textbookParameters,
                         double secondsPerEpoch, double trainLoss, double valLoss, double baselineValLoss,
                         double relativeValLoss, double accuracy, int epochs, RunStatus status) {

    /** True when the task reports an accuracy. */
    public boolean hasAccuracy() {
        return !Double.isNaN(accuracy);
    }

    /** The table's row for an engine row of {@code task} trained with {@code layers} layers from {@code seed}. */
    static CompareRow of(ComparisonRow r, TrainingTask task, int layers, long seed) {
        ModelConfig shape = new ModelConfig(r.cell(), Nonlinearity.TANH, task.inputSize(), r.hidden(), layers,
                task.outputSize());
        return new CompareRow(seed, r.length(), r.cell(), r.hidden(), r.parameters(),
                shape.textbookRecurrentParameterCount() + shape.headParameterCount(), r.secondsPerEpoch(),
                r.trainLoss(), r.valLoss(), r.baselineValLoss(), r.relativeValLoss(), r.accuracy(), r.epochs(),
                r.status());
    }
}
