package org.gatelab.lesson;

import java.util.Locale;

/** How much a lesson expects the learner to know already. */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level named {@code text}, or null. */
    public static Level byId(String text) {
        for (Level l : values()) {
            if (l.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        return null;
    }
}
