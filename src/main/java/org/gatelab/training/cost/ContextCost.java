package org.gatelab.training.cost;

/**
 * Memory and work for one more token after {@code context} tokens: this model's, and a transformer's of the same
 * width and depth ({@link TransformerEstimate}).
 *
 * @param context          n, the tokens already seen
 * @param modelFloats      what this model keeps to take the next token
 * @param modelMacs        the multiply-adds this model spends on it
 * @param transformerFloats the transformer's key-value cache
 * @param transformerMacs  the transformer's multiply-adds
 */
public record ContextCost(long context, long modelFloats, long modelMacs, long transformerFloats,
                          long transformerMacs) {
}
