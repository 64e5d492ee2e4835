package org.gatelab.vocabulary;

import java.util.Locale;

/** The optimizers the lab offers, with PyTorch's semantics (the engine's {@code Optimizers.create} makes one). */
public enum OptimizerKind {
    /** {@code torch.optim.SGD(lr, momentum)}. */
    SGD,
    /** {@code torch.optim.Adam(lr)} with betas (0.9, 0.999), eps 1e-8. */
    ADAM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OptimizerKind parse(String text) {
        for (OptimizerKind k : values()) {
            if (k.id().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown optimizer \"" + text + "\" (expected sgd or adam)");
    }
}
