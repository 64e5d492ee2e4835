package org.gatelab.vocabulary;

import java.util.Locale;

/**
 * The sequence-to-sequence tasks an encoder-decoder is trained on; {@link #id()} is the name on the command line
 * ({@code --task reverse}). They are apart from {@link TaskKind}, whose tasks map a sequence to outputs step by
 * step with one recurrent stack.
 */
public enum Seq2SeqTaskKind {
    REVERSE("reverse", "Reverse a sequence"),
    SORT("sort", "Sort digits"),
    DATES("dates", "Convert dates");

    private final String id;
    private final String title;

    Seq2SeqTaskKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** True when {@code text} names one of these tasks. */
    public static boolean isId(String text) {
        if (text == null) {
            return false;
        }
        for (Seq2SeqTaskKind k : values()) {
            if (k.id.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    public static Seq2SeqTaskKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Seq2SeqTaskKind k : values()) {
            if (k.id.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown sequence-to-sequence task \"" + text
                + "\" (expected reverse, sort or dates)");
    }
}
