package org.gatelab.viewmodel.compare;

/** How the compared cells are sized. */
public enum CompareSizing {
    /** Every cell gets the same hidden size (the LSTM then has about 4x the RNN's parameters). */
    SAME_HIDDEN,
    /** Every cell gets the hidden size whose parameter count is closest to one budget. */
    SAME_BUDGET
}
