package org.gatelab.vocabulary;

import java.util.Locale;

/**
 * Which way a recurrent layer reads its sequence. A bidirectional layer (PyTorch's {@code bidirectional=True})
 * has one of each: the forward direction reads t = 0 .. T-1, the reverse direction t = T-1 .. 0, and the layer's
 * output at t is the two hidden states side by side, forward first.
 */
public enum Direction {
    FORWARD(""),
    REVERSE("_reverse");

    private final String suffix;

    Direction(String suffix) {
        this.suffix = suffix;
    }

    /** What PyTorch appends to a parameter's name: nothing, or {@code _reverse} ({@code weight_ih_l0_reverse}). */
    public String parameterSuffix() {
        return suffix;
    }

    /** {@code forward} or {@code reverse}, as in files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code forward} or {@code reverse} (any case). */
    public static Direction parse(String text) {
        for (Direction d : values()) {
            if (d.id().equalsIgnoreCase(text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown direction \"" + text + "\" (expected forward or reverse)");
    }
}
