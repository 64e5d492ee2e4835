package org.gatelab.tasks.text;

import java.util.Objects;

/**
 * A text to train a character model on, with how its held-out part is chosen. Immutable.
 *
 * @param name   a short name for files and the command line, e.g. {@code names} or the file's name
 * @param title  what the UI calls it, e.g. "English first names"
 * @param text   the whole text
 * @param split  how the held-out text is taken
 * @param source one line on where the text comes from (and what part of it is used)
 */
public record TextCorpus(String name, String title, String text, Split split, String source) {
    /** How a corpus is split into training and held-out text. */
    public enum Split {
        /**
         * By line: the lines are shuffled with the seed and the last share held out, so whole names (or bracket
         * strings) the model never trained on are what it is measured on.
         */
        LINES,
        /**
         * The end of the text: the held-out part is the last share, starting at the line start nearest to the
         * cut (when one leaves it between half and twice its share), so the model is measured on a stretch it
         * never read.
         */
        END
    }

    /** Characters a corpus needs: a training and a held-out part with a few predictions each. */
    public static final int MIN_CHARACTERS = 20;

    public TextCorpus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(split, "split");
        source = source == null ? "" : source;
        int n = text.codePointCount(0, text.length());
        if (n < MIN_CHARACTERS) {
            throw new IllegalArgumentException(name + ": " + (n == 0 ? "the text is empty" : "the text has only " + n
                    + " character" + (n == 1 ? "" : "s")) + "; a character model needs at least " + MIN_CHARACTERS);
        }
    }

    /** A text held out at its end: prose, a file the user opened. */
    public static TextCorpus prose(String name, String title, String text, String source) {
        return new TextCorpus(name, title, text, Split.END, source);
    }

    /** Characters (code points) in the text. */
    public int length() {
        return text.codePointCount(0, text.length());
    }
}
