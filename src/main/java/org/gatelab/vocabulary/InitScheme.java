package org.gatelab.vocabulary;

import java.util.Locale;

/** How a model's parameters are drawn before training; the engine's {@code Initializer} has the exact rules. */
public enum InitScheme {
    /** PyTorch's default: every parameter ~ U(-1/√H, 1/√H). */
    PYTORCH_DEFAULT,
    /** Glorot/Xavier uniform for each weight block, zero biases. */
    XAVIER,
    /** Xavier for W_ih, a random orthogonal matrix for each block of W_hh, zero biases. */
    ORTHOGONAL,
    /** Le et al. 2015: W_hh = identity, W_ih ~ N(0, 0.001²), zero biases (vanilla RNN only; meant with ReLU). */
    IRNN,
    /** Tallec and Ollivier 2018: forget (LSTM) or update (GRU) bias ~ log U(1, T_max - 1), LSTM input bias = -that. */
    CHRONO;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static InitScheme parse(String text) {
        for (InitScheme s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown initialization \"" + text
                + "\" (expected pytorch-default, xavier, orthogonal, irnn or chrono)");
    }
}
