package org.gatelab.viewmodel.compare;

import org.gatelab.vocabulary.CellKind;

/**
 * What one cell will be trained with, shown before the run: its hidden size and its parameter counts.
 *
 * @param cell                rnn, lstm or gru
 * @param hidden              the hidden size it gets (the shared one, or the one closest to the budget)
 * @param pytorchParameters   parameters as PyTorch counts them (two bias vectors per layer), plus the readout
 * @param textbookParameters  parameters as textbooks count them (one bias vector per layer), plus the readout
 */
public record ComparePlan(CellKind cell, int hidden, long pytorchParameters, long textbookParameters) {
}
