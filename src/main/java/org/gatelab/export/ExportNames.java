package org.gatelab.export;

import java.util.Locale;

/** File names that say what was exported: {@code lstm-sine-diagram-t05.png} (cell, input, view, timestep). */
public final class ExportNames {
    private ExportNames() {
    }

    /** The name without step or extension: {@code lstm-sine-diagram}. */
    public static String base(ExportSource src, ExportSubject view) {
        return slug(src.cellName()) + "-" + slug(src.inputName()) + "-" + view.key();
    }

    /** The timestep as the names write it, zero-padded to the run's length: {@code t05}, {@code t099}. */
    public static String step(ExportSource src, int t) {
        int digits = Math.max(2, Integer.toString(Math.max(0, src.trace().length() - 1)).length());
        return "t" + String.format(Locale.ROOT, "%0" + digits + "d", Math.max(0, t));
    }

    /** The suggested file name of {@code req}, e.g. {@code lstm-sine-diagram-t05.png}. */
    public static String suggest(ExportSource src, ExportRequest req) {
        int t = req.selection().stepIn(req.selection().layerOf(src.trace()));
        return base(src, req.view()) + "-" + step(src, t) + "." + req.format().extension();
    }

    /** The suggested base name of an animation from {@code from} to {@code to}: {@code lstm-sine-diagram-t00-t29}. */
    public static String animation(ExportSource src, ExportSubject view, int from, int to) {
        return base(src, view) + "-" + step(src, from) + "-" + step(src, to);
    }

    /** Lower case letters, digits and single hyphens only. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
