package org.gatelab.engine;

/** Updates a model's parameters in place from their gradients. Holds its own state (momentum, moments). */
public interface Optimizer {
    /** One update with PyTorch's semantics for this optimizer. */
    void step(ParameterSet model, Gradients gradients);

    /** Forgets all state (momentum buffers, moment estimates, step count). */
    void reset();

    /** The learning rate. */
    double learningRate();
}
