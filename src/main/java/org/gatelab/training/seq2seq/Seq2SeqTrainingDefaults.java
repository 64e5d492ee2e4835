package org.gatelab.training.seq2seq;

import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * An encoder-decoder's default training settings, in one place: the lab's defaults ({@link TrainingDefaults})
 * where they serve, and what a sequence-to-sequence task needs beyond them (a wider state and fewer passes over a
 * larger set). The tasks' own defaults are in {@code tasks.seq2seq.Seq2SeqDefaults}.
 */
public final class Seq2SeqTrainingDefaults {
    private Seq2SeqTrainingDefaults() {
    }

    public static final CellKind CELL = CellKind.GRU;
    public static final int HIDDEN = 64;
    /** Adam at the lab's 0.01 swings between epochs on these tasks once it is close; 0.003 settles. */
    public static final double LEARNING_RATE = 0.003;
    public static final int EPOCHS = 15;
    public static final AttentionKind ATTENTION = AttentionKind.GENERAL;

    /** The default training settings for {@code kind} (the same for every task at present). */
    public static TrainingConfig config(Seq2SeqTaskKind kind) {
        return TrainingDefaults.config().withCell(CELL).withHidden(HIDDEN).withLearningRate(LEARNING_RATE)
                .withEpochs(EPOCHS);
    }

    public static Seq2SeqTrainingConfig seq2seq(Seq2SeqTaskKind kind) {
        return new Seq2SeqTrainingConfig(config(kind), ATTENTION);
    }
}
