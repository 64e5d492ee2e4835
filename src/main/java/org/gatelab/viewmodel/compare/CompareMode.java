package org.gatelab.viewmodel.compare;

/** What the comparison lab runs: one task, or the adding problem at several sequence lengths. */
public enum CompareMode {
    /** The three cells on one task: a table and their loss curves. */
    SINGLE,
    /** The three cells on the adding problem at each of several lengths T: final validation loss against T. */
    SWEEP
}
