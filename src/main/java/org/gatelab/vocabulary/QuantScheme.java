package org.gatelab.vocabulary;

import java.util.Locale;

/**
 * How int8 post-training quantization scales a weight matrix: one scale for the whole tensor, or one per row
 * (per output unit: for a stacked recurrent matrix, one per gate and unit).
 */
public enum QuantScheme {
    PER_TENSOR("per-tensor", "one scale per tensor"),
    PER_ROW("per-row", "one scale per row");

    private final String id;
    private final String title;

    QuantScheme(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static QuantScheme parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (QuantScheme q : values()) {
            if (q.id.equals(t)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown quantization \"" + text + "\" (expected per-tensor or per-row)");
    }
}
