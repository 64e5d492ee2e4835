package org.gatelab.tasks.seq2seq;

/** The sequence-to-sequence tasks' default settings, in one place (the UI and the command line start from these). */
public final class Seq2SeqDefaults {
    private Seq2SeqDefaults() {
    }

    public static final int REVERSE_ALPHABET = 10;
    public static final int REVERSE_MIN_LENGTH = 2;
    public static final int REVERSE_MAX_LENGTH = 20;
    public static final int SORT_MIN_LENGTH = 2;
    public static final int SORT_MAX_LENGTH = 12;
    public static final int TRAIN_SIZE = 8000;
    public static final int VALIDATION_SIZE = 950;
}
