package org.gatelab.vocabulary;

import java.util.Locale;

/** The vanilla RNN's squashing function (PyTorch's {@code nonlinearity} argument). */
public enum Nonlinearity {
    TANH, RELU;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Nonlinearity parse(String text) {
        for (Nonlinearity n : values()) {
            if (n.id().equalsIgnoreCase(text.trim())) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown nonlinearity \"" + text + "\" (expected tanh or relu)");
    }
}
