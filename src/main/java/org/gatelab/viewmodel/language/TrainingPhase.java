package org.gatelab.viewmodel.language;

/** Where the language lab's training stands. */
public enum TrainingPhase {
    /** No run yet (or the corpus changed since). */
    IDLE,
    /** Epochs are running on the worker. */
    RUNNING,
    /** Asked to stop; it stops after the current window. */
    STOPPING,
    /** Every epoch done. */
    COMPLETED,
    /** Stopped before the last epoch; the model so far is kept. */
    STOPPED,
    /** The loss blew up; the last good parameters are kept. */
    DIVERGED,
    /** The run failed (out of memory, a bug): the status says what. */
    FAILED;

    /** True while the worker trains. */
    public boolean live() {
        return this == RUNNING || this == STOPPING;
    }
}
