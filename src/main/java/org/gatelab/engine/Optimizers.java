package org.gatelab.engine;

import org.gatelab.vocabulary.OptimizerKind;

/** Makes the optimizer an {@link OptimizerKind} names. */
public final class Optimizers {
    private Optimizers() {
    }

    /** A fresh optimizer of {@code kind}; momentum applies to SGD only. */
    public static Optimizer create(OptimizerKind kind, double learningRate, double momentum) {
        return kind == OptimizerKind.SGD ? new SgdMomentum(learningRate, momentum) : new Adam(learningRate);
    }
}
