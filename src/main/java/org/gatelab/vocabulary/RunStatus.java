package org.gatelab.vocabulary;

/** Where a training run stands (the training package's {@code TrainingRun}). */
public enum RunStatus {
    /** Created, no epoch run yet. */
    READY,
    /** Between or inside epochs. */
    RUNNING,
    /** All epochs done. */
    COMPLETED,
    /** Stopped on request between two batches. */
    CANCELLED,
    /** Stopped because a loss or gradient was not finite; the last good parameters were kept. */
    DIVERGED;

    /** True when the run will do nothing more. */
    public boolean isFinished() {
        return this == COMPLETED || this == CANCELLED || this == DIVERGED;
    }
}
