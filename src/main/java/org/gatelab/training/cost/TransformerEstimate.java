package org.gatelab.training.cost;

/**
 * A decoder-only transformer of the same width (d = H) and depth (L layers, a feed-forward layer of 4d), generating
 * one new token with n tokens of context, counted as the recurrent model is:
 * <pre>
 *   key-value cache   2 · L · n · d floats          (every earlier token's key and value, in every layer)
 *   multiply-adds     12 · L · d²  +  2 · L · n · d
 *                     (Q, K, V and output projections 4d², feed-forward 8d²; the new query against n keys and the
 *                      weighted sum of n values)
 * </pre>
 * the usual count (Kaplan et al. 2020, "Scaling Laws for Neural Language Models", Table 1, counts the same terms in
 * FLOPs, leaving out the weighted sum). Embeddings, layer norms and softmaxes are left out.
 */
public record TransformerEstimate(int width, int layers) {
    public TransformerEstimate {
        if (width < 1 || layers < 1) {
            throw new IllegalArgumentException("a transformer needs a width and a depth of at least 1");
        }
    }

    /** Floats kept to generate the next token after n. */
    public long cacheFloats(long context) {
        return 2L * layers * context * width;
    }

    /** Multiply-adds to generate the next token after n. */
    public long macsPerToken(long context) {
        long d = width;
        return 12L * layers * d * d + 2L * layers * context * d;
    }

    /** The weights of its layers: 12 · L · d² (biases and embeddings left out). */
    public long parameters() {
        return 12L * layers * width * width;
    }
}
