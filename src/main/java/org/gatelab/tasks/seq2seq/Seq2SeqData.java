package org.gatelab.tasks.seq2seq;

import java.util.Objects;

/**
 * What a sequence-to-sequence task generated for one seed. Immutable.
 *
 * @param task           the task and its settings
 * @param train          the training pairs
 * @param validation     the validation pairs (never trained on)
 * @param chanceAccuracy the share of symbols a uniform guess among the target symbols gets right
 */
public record Seq2SeqData(Seq2SeqTask task, SymbolPairs train, SymbolPairs validation, double chanceAccuracy) {
    public Seq2SeqData {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(train, "training pairs");
        Objects.requireNonNull(validation, "validation pairs");
    }
}
