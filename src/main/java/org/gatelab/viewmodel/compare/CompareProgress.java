package org.gatelab.viewmodel.compare;

/**
 * Where a running comparison stands. Immutable.
 *
 * @param text     one line for the status bar, e.g. "T = 100: LSTM epoch 4, GRU epoch 2 (of at most 10) · 7 of 15
 *                 models done": the cells being trained (two at once) and the runs finished
 * @param fraction share of the whole job done, 0..1 (runs finished plus the running ones' epochs)
 * @param epochs   epochs per run (with a stopping fraction: at most)
 * @param done     runs finished
 * @param runs     runs in the whole job (cells x lengths x seeds)
 * @param length   the sequence length T of the curves shown
 */
public record CompareProgress(String text, double fraction, int epochs, int done, int runs, int length) {
    /** Nothing running. */
    public static final CompareProgress IDLE = new CompareProgress("", 0, 0, 0, 0, 0);
}
