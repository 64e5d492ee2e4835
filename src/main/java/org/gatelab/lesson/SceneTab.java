package org.gatelab.lesson;

import java.util.Locale;

/** Which part of the app a scene opens. */
public enum SceneTab {
    WORKSPACE("workspace"),
    TRAINING("training"),
    COMPARE("compare"),
    MEMORY("memory"),
    LANGUAGE("language"),
    SEQ2SEQ("seq2seq");

    private final String id;

    SceneTab(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The tab named {@code text}, or null. */
    public static SceneTab byId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (SceneTab v : values()) {
            if (v.id.equals(t)) {
                return v;
            }
        }
        return null;
    }
}
