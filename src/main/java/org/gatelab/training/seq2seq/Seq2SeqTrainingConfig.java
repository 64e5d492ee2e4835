package org.gatelab.training.seq2seq;

import java.util.Objects;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Seq2SeqConfig;
import org.gatelab.tasks.seq2seq.Seq2SeqTask;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.AttentionKind;

/**
 * Everything that decides an encoder-decoder's training besides the data: the settings every training run has
 * (cell, hidden size, layers, optimizer, batch, clipping, epochs, seed, initialization; checked by
 * {@link TrainingConfig}) and the attention.
 */
public record Seq2SeqTrainingConfig(TrainingConfig training, AttentionKind attention) {
    public Seq2SeqTrainingConfig {
        Objects.requireNonNull(training, "training settings");
        Objects.requireNonNull(attention, "attention");
    }

    /** The model's shape for {@code task}. */
    public Seq2SeqConfig modelConfig(Seq2SeqTask task) {
        return new Seq2SeqConfig(training.cell(), training.nonlinearity(), task.sourceAlphabet().size(),
                task.targetAlphabet().size(), training.hidden(), training.layers(), attention);
    }

    /** The initial parameters' spec; chrono's T_max is the longest source (at least 3). */
    public InitSpec initSpec(Seq2SeqTask task) {
        return new InitSpec(training.init(), training.seed(), training.gateBias(), 1.0,
                Math.max(3, task.maxLength()));
    }

    public Seq2SeqTrainingConfig withAttention(AttentionKind kind) {
        return new Seq2SeqTrainingConfig(training, kind);
    }

    public Seq2SeqTrainingConfig withTraining(TrainingConfig t) {
        return new Seq2SeqTrainingConfig(t, attention);
    }

    /** E.g. "gru, hidden 64, adam lr 0.01, ..., attention general". */
    public String describe() {
        return training.describe() + ", attention " + attention.id();
    }
}
