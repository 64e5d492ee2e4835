package org.gatelab.export;

import java.util.Locale;

/** What to export: one of the workspace's views, or the whole workspace on one page. */
public enum ExportSubject {
    /** The cell diagram for the selected unit and step. */
    DIAGRAM("diagram", "Cell diagram", 1200, 800),
    /** The equations with the recorded numbers. */
    EQUATIONS("equations", "Equations with numbers", 1200, 800),
    /** Units x time heatmaps of every gate and state. */
    ACTIVATIONS("activations", "Gate activations", 1200, 800),
    /** Units x time heatmap of dL/d(pre-activation) of one block. */
    GRADIENT_HEATMAP("gradients", "Gradients per gate", 1200, 800),
    /** ||dL/dh_t|| on a log axis (or the RNN/LSTM/GRU overlay). */
    GRADIENT_FLOW("gradient-flow", "Vanishing gradient", 1200, 800),
    /** ||dL/dx_t|| and gate saturation. */
    CONNECTIVITY("connectivity", "Connectivity and saturation", 1200, 800),
    /** The cell copied across a window of timesteps, with the backward pass through it. */
    UNROLLED("unrolled", "Unrolled through time", 1400, 760),
    /** The recurrent matrix W_hh as a heatmap and its eigenvalues in the complex plane. */
    WEIGHTS("whh", "Recurrent matrix W_hh", 1200, 800),
    /** The diagram, the equations, the activations and the gradient flow on one page, as in the window. */
    WORKSPACE("workspace", "Workspace", 1600, 1000);

    private final String key;
    private final String title;
    private final double width;
    private final double height;

    ExportSubject(String key, String title, double width, double height) {
        this.key = key;
        this.title = title;
        this.width = width;
        this.height = height;
    }

    /** The short name used in file names and on the command line: {@code "diagram"}, {@code "gradient-flow"}. */
    public String key() {
        return key;
    }

    /** The view's title as the window shows it. */
    public String title() {
        return title;
    }

    /** The default logical width in pixels (the PNG's width at scale 1; points in PDF). */
    public double defaultWidth() {
        return width;
    }

    /** The default logical height in pixels. */
    public double defaultHeight() {
        return height;
    }

    /** Parses a {@link #key()} or an enum name (any case, {@code _} or {@code -}). */
    public static ExportSubject parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ExportSubject v : values()) {
            if (v.key.equals(t) || v.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view \"" + text + "\" (use " + keys() + ")");
    }

    /** Every view's key, comma-separated, for help texts and messages. */
    public static String keys() {
        StringBuilder b = new StringBuilder();
        for (ExportSubject v : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(v.key);
        }
        return b.toString();
    }
}
