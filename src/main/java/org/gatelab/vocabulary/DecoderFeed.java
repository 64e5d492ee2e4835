package org.gatelab.vocabulary;

import java.util.Locale;

/** What an encoder-decoder's decoder reads at step s > 0: the right previous symbol, or its own last guess. */
public enum DecoderFeed {
    /** The target's symbol s-1 (teacher forcing): how the model is trained. */
    TEACHER_FORCING("teacher-forcing", "teacher forcing"),
    /** The symbol it chose at step s-1 (greedy decoding): how the model is used, and evaluated. */
    GREEDY("greedy", "greedy decoding");

    private final String id;
    private final String title;

    DecoderFeed(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static DecoderFeed parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DecoderFeed f : values()) {
            if (f.id.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown decoder feed \"" + text + "\" (expected teacher-forcing or greedy)");
    }
}
