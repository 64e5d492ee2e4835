/**
 * What a model costs on a device: its parameters and their bytes at float32 and int8, the multiply-adds of one
 * step, the state a stream must keep between steps set against a transformer's self-attention over the same
 * context ({@link org.gatelab.training.cost.ModelCost}), the measured time per step
 * ({@link org.gatelab.training.cost.StepTiming}), and what int8 post-training quantization does to a trained
 * model's accuracy ({@link org.gatelab.training.cost.QuantizationCheck}).
 *
 * <p>May use tasks, training, the engine, engine.trace and the vocabulary; no JavaFX.
 */
package org.gatelab.training.cost;
