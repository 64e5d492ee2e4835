package org.gatelab.tasks.seq2seq;

import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * A sequence-to-sequence task: its settings, what the UI says about it, its alphabets, and a deterministic
 * generator of training and validation pairs. Implementations are immutable records whose constructors check
 * every setting.
 */
public interface Seq2SeqTask {
    Seq2SeqTaskKind kind();

    default String id() {
        return kind().id();
    }

    default String title() {
        return kind().title();
    }

    /** One paragraph for the UI: what the task is and what it asks of a model. */
    String explanation();

    /** The symbols a source is made of. */
    Alphabet sourceAlphabet();

    /** The symbols a target is made of (the decoder's start symbol is not one of them). */
    Alphabet targetAlphabet();

    /** The longest source the task generates. */
    int maxLength();

    /** The shortest source the task generates. */
    int minLength();

    /** The settings in one line. */
    String describe();

    /** The pairs for {@code seed}: the same seed gives the same pairs. */
    Seq2SeqData generate(long seed);

    /** The target for one source, as the task defines it (what a perfect model answers). */
    int[] answer(int[] source);
}
