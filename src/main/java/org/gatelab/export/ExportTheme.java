package org.gatelab.export;

import java.util.Locale;
import org.gatelab.render.Palette;

/**
 * The colours of an export, chosen independently of the screen's theme: light or dark, each also with the
 * colour-vision-safe line colours ({@link Palette#colourVisionSafe()}).
 */
public enum ExportTheme {
    LIGHT(Palette.LIGHT),
    DARK(Palette.DARK),
    LIGHT_SAFE(Palette.LIGHT.colourVisionSafe()),
    DARK_SAFE(Palette.DARK.colourVisionSafe());

    private final Palette palette;

    ExportTheme(Palette palette) {
        this.palette = palette;
    }

    public Palette palette() {
        return palette;
    }

    /** Light or dark, with the default or the colour-vision-safe line colours. */
    public static ExportTheme of(boolean dark, boolean colourVisionSafe) {
        if (colourVisionSafe) {
            return dark ? DARK_SAFE : LIGHT_SAFE;
        }
        return dark ? DARK : LIGHT;
    }

    /** Whether this is one of the dark themes. */
    public boolean dark() {
        return this == DARK || this == DARK_SAFE;
    }

    /** Whether this theme uses the colour-vision-safe line colours. */
    public boolean colourVisionSafe() {
        return this == LIGHT_SAFE || this == DARK_SAFE;
    }

    /** Parses {@code light}, {@code dark}, {@code light-safe} or {@code dark-safe} (any case). */
    public static ExportTheme parse(String text) {
        for (ExportTheme t : values()) {
            if (t.toString().equalsIgnoreCase(text.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown theme \"" + text + "\" (use light or dark)");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
