package org.gatelab.viewmodel.compare;

import org.gatelab.vocabulary.CellKind;

/**
 * Where a running comparison stands. Immutable.
 *
 * @param text     one line for the status bar, e.g. "T = 100 (3 of 4) · LSTM (2 of 3) · epoch 5 of 8"
 * @param fraction share of the whole job done, 0..1 (runs finished plus the current run's epochs)
 * @param cell     the cell being trained, null before the first one starts
 * @param epoch    epochs the current cell has finished
 * @param epochs   epochs per run
 * @param run      1-based index of the current run (a cell at one length)
 * @param runs     runs in the whole job (cells x lengths)
 * @param length   the current task's sequence length T
 */
public record CompareProgress(String text, double fraction, CellKind cell, int epoch, int epochs, int run, int runs,
                              int length) {
    /** Nothing running. */
    public static final CompareProgress IDLE = new CompareProgress("", 0, null, 0, 0, 0, 0, 0);
}
