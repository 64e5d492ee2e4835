package org.gatelab.viewmodel.seq2seq;

import java.util.List;

/**
 * One finished run of the tab: the same task, data and settings trained without attention and with it, an example
 * pair from the validation set (one of the longest), and the cost table of both models. Immutable.
 *
 * @param title          e.g. "Reverse a sequence, up to 20 symbols, GRU, hidden 64"
 * @param source         the example's source symbols
 * @param target         the example's right answer
 * @param without        the model without attention
 * @param with           the model with attention
 * @param chanceAccuracy the share of symbols a uniform guess gets right
 * @param cost           the cost table
 */
public record Seq2SeqResults(String title, List<String> source, List<String> target, ModelOutcome without,
                             ModelOutcome with, double chanceAccuracy, List<CostRow> cost) {
    public Seq2SeqResults {
        source = List.copyOf(source);
        target = List.copyOf(target);
        cost = List.copyOf(cost);
    }

    /** Decoder steps of the example (its target's length). */
    public int decoderSteps() {
        return target.size();
    }
}
