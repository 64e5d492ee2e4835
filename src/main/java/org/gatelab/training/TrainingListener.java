package org.gatelab.training;

/**
 * Progress of a {@link TrainingRun}, called on the training thread. Implementations must return quickly (a UI
 * keeps the latest value and draws it once per frame). Every method does nothing by default.
 */
public interface TrainingListener {
    /** After each mini-batch step. */
    default void batchDone(int epoch, int batch, int batches, double loss) {
    }

    /** After each epoch's evaluation. */
    default void epochDone(EpochReport report) {
    }

    /** Once, when the run completes, is cancelled or diverges. */
    default void finished(TrainingResult result) {
    }
}
