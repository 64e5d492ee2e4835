package org.gatelab.viewmodel.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.vocabulary.CellKind;

/**
 * Everything the training lab shows about the current run at one moment, published to the FX thread at most
 * once per frame by {@link TrainingLabViewModel#drain()}. Immutable: arrays are copied in and out.
 *
 * @param state          where the run stands
 * @param epochsDone     finished epochs
 * @param epochsTotal    epochs the run was asked for
 * @param batch          mini-batches done in the epoch under way (0 between epochs)
 * @param batches        mini-batches per epoch (0 before the first)
 * @param epochs         one point per finished epoch
 * @param batchX         x of each recorded mini-batch loss, in epochs: epoch - 1 + batch / batches (thinned by
 *                       averaging neighbours when there are very many)
 * @param batchLoss      the mini-batch training losses
 * @param predictions    the last good model's predictions on the validation set, or null
 * @param cell           the model's cell (for its colour)
 * @param modelLabel     the model in words, e.g. "LSTM, hidden 32, 4,513 parameters"
 * @param baselineLoss   the best constant prediction's validation loss (NaN before the data exists)
 * @param naiveLoss      the naive forecast's validation loss (NaN where it does not apply)
 * @param chanceAccuracy guessing's accuracy (NaN without accuracy)
 * @param clipNorm       the run's clip norm (0: off)
 * @param lossName       the loss in words
 * @param message        one sentence on where the run stands
 * @param divergence     the lesson when the run diverged, else null
 */
public record TrainingSnapshot(TrainingState state, int epochsDone, int epochsTotal, int batch, int batches,
                               List<EpochPoint> epochs, double[] batchX, double[] batchLoss,
                               ValidationPredictions predictions, CellKind cell, String modelLabel,
                               double baselineLoss, double naiveLoss, double chanceAccuracy, double clipNorm,
                               String lossName, String message, DivergenceNote divergence) {
    /** The extra figures that are scores between 0 and 1, plotted with the accuracy. */
    public static final List<String> SCORE_EXTRAS = List.of("echo_accuracy", "precision", "recall");

    public TrainingSnapshot {
        epochs = List.copyOf(epochs);
        batchX = batchX.clone();
        batchLoss = batchLoss.clone();
        if (batchX.length != batchLoss.length) {
            throw new IllegalArgumentException("batch x and loss differ in length");
        }
    }

    @Override
    public double[] batchX() {
        return batchX.clone();
    }

    @Override
    public double[] batchLoss() {
        return batchLoss.clone();
    }

    /** The last finished epoch, or null. */
    public EpochPoint lastEpoch() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }

    /** True when the task measures an accuracy. */
    public boolean hasAccuracy() {
        return !Double.isNaN(chanceAccuracy);
    }

    /** The score curves to plot beside the loss: "accuracy" if the task has one, then extras such as recall. */
    public List<String> scoreNames() {
        List<String> out = new ArrayList<>();
        if (hasAccuracy()) {
            out.add("accuracy");
        }
        EpochPoint last = lastEpoch();
        if (last != null) {
            for (String name : SCORE_EXTRAS) {
                if (last.extras().containsKey(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** True while an epoch is part-way done (some of its batches are). */
    public boolean insideEpoch() {
        return batches > 0 && batch > 0 && batch < batches
                && (state == TrainingState.RUNNING || state == TrainingState.PAUSING || state == TrainingState.PAUSED);
    }

    /** The share of the run done, 0..1: finished epochs plus the part of the epoch under way. */
    public double progress() {
        if (epochsTotal < 1) {
            return 0;
        }
        double part = insideEpoch() ? (double) batch / batches : 0;
        return Math.min(1, (epochsDone + part) / epochsTotal);
    }

    /** E.g. "epoch 4 of 20 · batch 12 of 125", "epoch 20 of 20", "diverged in epoch 1 of 20". */
    public String progressText() {
        return switch (state) {
            case IDLE, LOADED, FAILED -> String.format(Locale.ROOT, "%d epoch%s", epochsTotal,
                    epochsTotal == 1 ? "" : "s");
            case PREPARING -> "preparing the data…";
            case RUNNING, PAUSING -> String.format(Locale.ROOT, "epoch %d of %d", Math.min(epochsTotal, epochsDone + 1),
                    epochsTotal) + (insideEpoch() ? String.format(Locale.ROOT, " · batch %d of %d", batch, batches) : "");
            case PAUSED -> insideEpoch()
                    ? String.format(Locale.ROOT, "epoch %d of %d · batch %d of %d", epochsDone + 1, epochsTotal, batch,
                    batches)
                    : String.format(Locale.ROOT, "epoch %d of %d done", epochsDone, epochsTotal);
            case COMPLETED -> String.format(Locale.ROOT, "epoch %d of %d", epochsDone, epochsTotal);
            case DIVERGED -> String.format(Locale.ROOT, "diverged in epoch %d of %d", epochsDone + 1, epochsTotal);
        };
    }
}
