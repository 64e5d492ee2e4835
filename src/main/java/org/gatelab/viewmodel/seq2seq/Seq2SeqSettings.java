package org.gatelab.viewmodel.seq2seq;

import java.util.Objects;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.tasks.seq2seq.DatesTask;
import org.gatelab.tasks.seq2seq.ReverseTask;
import org.gatelab.tasks.seq2seq.Seq2SeqDefaults;
import org.gatelab.tasks.seq2seq.Seq2SeqTask;
import org.gatelab.tasks.seq2seq.SortTask;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.seq2seq.Seq2SeqTrainingConfig;
import org.gatelab.training.seq2seq.Seq2SeqTrainingDefaults;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * What the sequence-to-sequence tab trains: the task and its longest source, the cell, the attention the model
 * with attention uses (the other model has none), the hidden size, the epochs and the training pairs. Every other
 * setting is the sequence-to-sequence default ({@link Seq2SeqTrainingDefaults}, {@link Seq2SeqDefaults}).
 * Immutable; the constructor checks every value against its range.
 */
public record Seq2SeqSettings(Seq2SeqTaskKind task, int length, CellKind cell, AttentionKind attention, int hidden,
                              int epochs, int trainSize) {
    /** The training pairs the tab accepts (the tasks' own range). */
    public static final Range TRAIN_SIZE = TrainingTask.SET_SIZE;
    /** The epochs the tab accepts (each trains two models). */
    public static final Range EPOCHS = Range.of(1, 200);

    public Seq2SeqSettings {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(attention, "attention");
        if (!attention.attends()) {
            throw new IllegalArgumentException("the model with attention needs an attention other than none");
        }
        if (takesLength(task)) {
            lengthRange(task).check("longest source", length);
        }
        Ranges.HIDDEN.check("hidden size", hidden);
        EPOCHS.check("epochs", epochs);
        TRAIN_SIZE.check("training pairs", trainSize);
    }

    /** The defaults: reversing up to 20 symbols, a GRU of 64 with general attention, 15 epochs, 8000 pairs. */
    public static Seq2SeqSettings defaults() {
        TrainingConfig t = Seq2SeqTrainingDefaults.config(Seq2SeqTaskKind.REVERSE);
        return new Seq2SeqSettings(Seq2SeqTaskKind.REVERSE, Seq2SeqDefaults.REVERSE_MAX_LENGTH, t.cell(),
                Seq2SeqTrainingDefaults.ATTENTION, t.hidden(), t.epochs(), Seq2SeqDefaults.TRAIN_SIZE);
    }

    /** The longest sources {@code kind} accepts (the dates' lengths are fixed by their formats: unchecked). */
    public static Range lengthRange(Seq2SeqTaskKind kind) {
        return kind == Seq2SeqTaskKind.SORT ? SortTask.LENGTH : ReverseTask.LENGTH;
    }

    /** The default longest source for {@code kind}. */
    public static int defaultLength(Seq2SeqTaskKind kind) {
        return switch (kind) {
            case REVERSE -> Seq2SeqDefaults.REVERSE_MAX_LENGTH;
            case SORT -> Seq2SeqDefaults.SORT_MAX_LENGTH;
            case DATES -> DatesTask.defaults().maxLength();
        };
    }

    /** Whether the task takes a length (the dates do not). */
    public static boolean takesLength(Seq2SeqTaskKind kind) {
        return kind != Seq2SeqTaskKind.DATES;
    }

    /** The task: sources from the task's shortest default (or {@code length}, if shorter) to {@code length}. */
    public Seq2SeqTask createTask() {
        int validation = Math.max(30, Math.min(Seq2SeqDefaults.VALIDATION_SIZE, trainSize / 4));
        return switch (task) {
            case REVERSE -> ReverseTask.defaults().withLengths(Math.min(Seq2SeqDefaults.REVERSE_MIN_LENGTH, length),
                    length).withSizes(trainSize, validation);
            case SORT -> SortTask.defaults().withLengths(Math.min(Seq2SeqDefaults.SORT_MIN_LENGTH, length), length)
                    .withSizes(trainSize, validation);
            case DATES -> DatesTask.defaults().withSizes(trainSize, validation);
        };
    }

    /** The training settings of the model with {@code kind} of attention. */
    public Seq2SeqTrainingConfig training(AttentionKind kind) {
        TrainingConfig t = Seq2SeqTrainingDefaults.config(task).withCell(cell).withHidden(hidden).withEpochs(epochs);
        return new Seq2SeqTrainingConfig(t, kind);
    }

    public Seq2SeqSettings withTask(Seq2SeqTaskKind kind) {
        return new Seq2SeqSettings(kind, defaultLength(kind), cell, attention, hidden, epochs, trainSize);
    }

    public Seq2SeqSettings withLength(int n) {
        return new Seq2SeqSettings(task, n, cell, attention, hidden, epochs, trainSize);
    }

    public Seq2SeqSettings withCell(CellKind c) {
        return new Seq2SeqSettings(task, length, c, attention, hidden, epochs, trainSize);
    }

    public Seq2SeqSettings withAttention(AttentionKind a) {
        return new Seq2SeqSettings(task, length, cell, a, hidden, epochs, trainSize);
    }

    public Seq2SeqSettings withHidden(int h) {
        return new Seq2SeqSettings(task, length, cell, attention, h, epochs, trainSize);
    }

    public Seq2SeqSettings withEpochs(int e) {
        return new Seq2SeqSettings(task, length, cell, attention, hidden, e, trainSize);
    }

    public Seq2SeqSettings withTrainSize(int n) {
        return new Seq2SeqSettings(task, length, cell, attention, hidden, epochs, n);
    }
}
