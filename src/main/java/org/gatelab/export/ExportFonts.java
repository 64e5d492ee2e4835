package org.gatelab.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts of every export: DejaVu Sans and DejaVu Sans Mono 2.37 (regular and bold; free licence, see
 * {@code org/gatelab/export/fonts/LICENSE}), loaded from the class path, so a PNG, an SVG and a PDF look the
 * same on every system, measure the same as they draw, and cover the Greek letters, subscripts and symbols the figures use.
 * The PDF embeds them; the SVG names them with generic fallbacks. If they cannot be loaded, the JDK's logical
 * sans-serif and monospaced fonts are used instead.
 */
final class ExportFonts {
    private static final String DIR = "/org/gatelab/export/fonts/";

    /** One face: its file's bytes (for embedding) and the AWT font made from them, or null if unavailable. */
    record Face(String file, byte[] bytes, Font font) {
    }

    private static final class Faces {
        static final Face SANS = load("DejaVuSans.ttf");
        static final Face SANS_BOLD = load("DejaVuSans-Bold.ttf");
        static final Face MONO = load("DejaVuSansMono.ttf");
        static final Face MONO_BOLD = load("DejaVuSansMono-Bold.ttf");
    }

    private ExportFonts() {
    }

    private static Face load(String file) {
        try (InputStream in = ExportFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                return new Face(file, null, null);
            }
            byte[] bytes = in.readAllBytes();
            Font font = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
            return new Face(file, bytes, font);
        } catch (IOException | FontFormatException e) {
            return new Face(file, null, null);
        }
    }

    /** The face for a style. */
    static Face face(boolean bold, boolean mono) {
        if (mono) {
            return bold ? Faces.MONO_BOLD : Faces.MONO;
        }
        return bold ? Faces.SANS_BOLD : Faces.SANS;
    }

    /** The four faces, for embedding. */
    static Face[] all() {
        return new Face[] {Faces.SANS, Faces.SANS_BOLD, Faces.MONO, Faces.MONO_BOLD};
    }

    /** A font of {@code size} pixels in the export's face for the style (or a logical font as a fallback). */
    static Font font(double size, boolean bold, boolean mono) {
        Face f = face(bold, mono);
        int style = bold ? Font.BOLD : Font.PLAIN;
        if (f.font() != null) {
            // the style marks a bold face as bold (SVG's font-weight); it adds no synthetic emboldening
            return f.font().deriveFont(style, (float) size);
        }
        return logical(size, bold, mono);
    }

    /** The JDK's logical font for a style: the fallback for text the export's face cannot show. */
    static Font logical(double size, boolean bold, boolean mono) {
        return new Font(mono ? Font.MONOSPACED : Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12)
                .deriveFont((float) size);
    }

    /** The CSS font-family list an SVG names for an AWT family (double quotes: JFreeSVG quotes attributes with single ones). */
    static String cssFamily(String family) {
        if (family.contains("Mono") || family.equalsIgnoreCase(Font.MONOSPACED)) {
            return "\"DejaVu Sans Mono\", Menlo, Consolas, monospace";
        }
        return "\"DejaVu Sans\", Verdana, Arial, sans-serif";
    }
}
