package org.gatelab.viewmodel.seq2seq;

/**
 * One line of the cost table, as text: what is counted, the model without attention's figure, the model with
 * attention's, and a transformer's of the same width and depth where the line compares with one (else empty).
 */
public record CostRow(String label, String without, String with, String transformer) {
}
