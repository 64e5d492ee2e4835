package org.gatelab.tasks;

import java.util.Locale;
import org.gatelab.engine.Adam;
import org.gatelab.engine.Optimizer;
import org.gatelab.engine.SgdMomentum;

/** The optimizers the lab offers, with PyTorch's semantics. */
public enum OptimizerKind {
    /** {@code torch.optim.SGD(lr, momentum)}. */
    SGD,
    /** {@code torch.optim.Adam(lr)} with betas (0.9, 0.999), eps 1e-8. */
    ADAM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A fresh optimizer; momentum applies to SGD only. */
    public Optimizer create(double learningRate, double momentum) {
        return this == SGD ? new SgdMomentum(learningRate, momentum) : new Adam(learningRate);
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
