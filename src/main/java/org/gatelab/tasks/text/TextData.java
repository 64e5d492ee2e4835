package org.gatelab.tasks.text;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link TextTask} made for one seed: the vocabulary, the training and the held-out text as indices, the
 * baselines, and notes for the user. Immutable: the arrays are kept and handed out as copies only.
 */
public final class TextData {
    private final TextTask task;
    private final Vocabulary vocabulary;
    private final int[] train;
    private final int[] validation;
    private final NgramBaselines baselines;
    private final List<String> notes;

    TextData(TextTask task, Vocabulary vocabulary, int[] train, int[] validation, NgramBaselines baselines,
             List<String> notes) {
        this.task = Objects.requireNonNull(task);
        this.vocabulary = Objects.requireNonNull(vocabulary);
        if (train.length < 2 || validation.length < 2) {
            throw new IllegalArgumentException(task.corpus().name() + ": the split leaves " + train.length
                    + " training and " + validation.length + " held-out characters; each part needs at least 2");
        }
        this.train = train;
        this.validation = validation;
        this.baselines = baselines;
        this.notes = List.copyOf(notes);
    }

    public TextTask task() {
        return task;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public NgramBaselines baselines() {
        return baselines;
    }

    public List<String> notes() {
        return notes;
    }

    /** Characters in the training text. */
    public int trainLength() {
        return train.length;
    }

    /** Characters in the held-out text. */
    public int validationLength() {
        return validation.length;
    }

    /** The training text read by {@code batch} streams in windows of the task's T. */
    public TextStreams trainStreams(int batch) {
        return new TextStreams(train, vocabulary.size(), batch, task.window());
    }

    /** The held-out text read by {@code batch} streams in windows of the task's T. */
    public TextStreams validationStreams(int batch) {
        return new TextStreams(validation, vocabulary.size(), batch, task.window());
    }

    /** The held-out text, {@code from} for {@code count} characters (fewer at its end), as text. */
    public String validationText(int from, int count) {
        int to = Math.min(validation.length, from + count);
        return vocabulary.decode(java.util.Arrays.copyOfRange(validation, Math.max(0, from), to));
    }

    /** The training text's first character: where a sample starts when nothing else is given. */
    public int firstSymbol() {
        return train[0];
    }
}
