package org.gatelab.export;

import java.util.Locale;
import org.gatelab.render.Palette;

/** The colours of an export, chosen independently of the screen's theme. */
public enum ExportTheme {
    LIGHT(Palette.LIGHT),
    DARK(Palette.DARK);

    private final Palette palette;

    ExportTheme(Palette palette) {
        this.palette = palette;
    }

    public Palette palette() {
        return palette;
    }

    /** Parses {@code light} or {@code dark} (any case). */
    public static ExportTheme parse(String text) {
        for (ExportTheme t : values()) {
            if (t.name().equalsIgnoreCase(text.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown theme \"" + text + "\" (use light or dark)");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
