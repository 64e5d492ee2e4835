package org.gatelab.viewmodel.training;

/** Where the training lab stands; decides which buttons are enabled. */
public enum TrainingState {
    /** No run: press Start. */
    IDLE("Ready"),
    /** Generating the task's data before the first epoch. */
    PREPARING("Preparing the data"),
    /** Epochs are running on the worker thread. */
    RUNNING("Training"),
    /** Asked to pause: the batch under way is finishing. */
    PAUSING("Pausing"),
    /** Stopped between two batches or two epochs; Resume or Step go on. */
    PAUSED("Paused"),
    /** All epochs done. */
    COMPLETED("Completed"),
    /** A loss or gradient blew up; the last good parameters were kept. */
    DIVERGED("Diverged"),
    /** The data could not be made or the run failed (e.g. out of memory). */
    FAILED("Failed"),
    /** A model read from a file is shown (its predictions); Start trains a fresh one. */
    LOADED("Loaded model");

    private final String title;

    TrainingState(String title) {
        this.title = title;
    }

    /** In words, e.g. "Paused". */
    public String title() {
        return title;
    }

    /** True while a run is under way (preparing, running or paused): the settings are locked. */
    public boolean live() {
        return this == PREPARING || this == RUNNING || this == PAUSING || this == PAUSED;
    }

    /** True when Start begins a new run (or, when paused, resumes). */
    public boolean canStart() {
        return this != PREPARING && this != RUNNING && this != PAUSING;
    }

    public boolean canPause() {
        return this == RUNNING;
    }

    public boolean canResume() {
        return this == PAUSED || this == PAUSING;
    }

    /** True when Step can run one epoch. */
    public boolean canStep() {
        return this != PREPARING;
    }

    /** True when there is something to reset. */
    public boolean canReset() {
        return this != IDLE;
    }

    /** True when a model exists (trained, even for zero epochs, or loaded) to inspect or save. */
    public boolean hasModel() {
        return this == RUNNING || this == PAUSING || this == PAUSED || this == COMPLETED || this == DIVERGED
                || this == LOADED;
    }
}
