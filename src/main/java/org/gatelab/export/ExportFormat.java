package org.gatelab.export;

import java.util.Locale;

/** The file formats a view exports to. */
public enum ExportFormat {
    /** A bitmap drawn at 1x, 2x or 4x the figure's logical size. */
    PNG("png", "PNG image"),
    /** Vectors: shapes and text stay editable in Inkscape, PowerPoint or Keynote. */
    SVG("svg", "SVG vector drawing"),
    /** Vectors, one page per view. */
    PDF("pdf", "PDF document");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The file name extension, without the dot: {@code "png"}. */
    public String extension() {
        return extension;
    }

    /** For file choosers: {@code "PNG image"}. */
    public String description() {
        return description;
    }

    /** True for the formats that keep vectors (the scale does not apply to them). */
    public boolean isVector() {
        return this != PNG;
    }

    /** Parses {@code png}, {@code svg} or {@code pdf} (any case). */
    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + text + "\" (use png, svg or pdf)");
    }

    @Override
    public String toString() {
        return name().toUpperCase(Locale.ROOT);
    }
}
