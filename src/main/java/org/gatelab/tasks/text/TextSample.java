package org.gatelab.tasks.text;

import java.util.Arrays;
import org.gatelab.engine.Targets;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.vocabulary.LossKind;

/**
 * A typed text as one sequence for the workspace: the model reads every character but the last (one-hot over the
 * vocabulary) and at each step its target is the character after ({@code ce-all}), so "((())" is read as
 * "((()" with targets "(())". Characters outside the vocabulary are read (and scored) as the unknown character.
 */
public final class TextSample {
    /** Characters a workspace text may have: 2 (one step) to 1001 (the workspace's 1000 steps). */
    public static final int MIN_CHARACTERS = 2;
    public static final int MAX_CHARACTERS = 1001;

    private TextSample() {
    }

    /**
     * The sequence of {@code text} over {@code vocabulary}.
     *
     * @throws IllegalArgumentException for fewer than 2 or more than 1001 characters
     */
    public static SampleSequence of(Vocabulary vocabulary, String text) {
        int[] symbols = vocabulary.encode(text);
        if (symbols.length < MIN_CHARACTERS || symbols.length > MAX_CHARACTERS) {
            throw new IllegalArgumentException("type " + MIN_CHARACTERS + " to " + MAX_CHARACTERS + " characters: the "
                    + "model reads each but the last and predicts the next (got " + symbols.length + ")");
        }
        int[] read = Arrays.copyOf(symbols, symbols.length - 1);
        int[] next = Arrays.copyOfRange(symbols, 1, symbols.length);
        int[] cps = text.codePoints().toArray();
        String shownRead = shorten(new String(cps, 0, cps.length - 1));
        String shownNext = shorten(new String(cps, 1, cps.length - 1));
        return new SampleSequence(TextStreams.oneHot(read, vocabulary.size()), Targets.classes(LossKind.CE_ALL, next),
                "text: reads \"" + shownRead + "\", predicts \"" + shownNext + "\"");
    }

    /** Steps the text gives: one per character but the last. */
    public static int steps(String text) {
        return text.codePointCount(0, text.length()) - 1;
    }

    private static String shorten(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(40).forEach(cp -> sb.append(cp == '\n' ? "\u21B5" : new String(Character.toChars(cp))));
        return sb + (s.codePointCount(0, s.length()) > 40 ? "…" : "");
    }
}
