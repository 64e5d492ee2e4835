package org.gatelab.vocabulary;

import java.util.Locale;

/** The training lab's tasks; {@link #id()} is the name used on the command line ({@code --task adding}). */
public enum TaskKind {
    SINE("sine"),
    ADDING("adding"),
    COPY("copy"),
    REBER("reber"),
    RANDOM_WALK("random-walk"),
    ANOMALY("anomaly"),
    CSV("csv"),
    /** A recording from the gallery of real data ({@link RealDataSet}). */
    REAL("real");

    private final String id;

    TaskKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses an id ({@code adding}, {@code random-walk}, ...), any case; {@code random_walk} is accepted too. */
    public static TaskKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (TaskKind k : values()) {
            if (k.id.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown task \"" + text
                + "\" (expected sine, adding, copy, reber, random-walk, anomaly, csv or real)");
    }
}
