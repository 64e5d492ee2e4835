package org.gatelab.tasks.text;

/**
 * The two lines a character model must beat, in bits per character on the held-out text: the unigram model
 * (each character with its frequency in the training text) and the bigram model (each character with its
 * frequency after the character before it). Both use add-one (Laplace) smoothing over the vocabulary, so a
 * character or a pair the training text lacks still gets a small probability:
 * <pre>
 *   P(c)     = (n(c) + 1) / (N + V)               n(c): c's count among the training text's targets, N of them
 *   P(c | a) = (n(a c) + 1) / (n(a ·) + V)        n(a c): the pair's count, n(a ·): pairs starting with a
 *   bits per character = -(1/M) Σ log2 P(target)   over the M held-out predictions the model makes too
 * </pre>
 * Measured on the same predictions as the model ({@link TextStreams}: every held-out character but the first,
 * up to the streams' end), each with the true character before it.
 *
 * @param unigram bits per character of the unigram model
 * @param bigram  bits per character of the bigram model
 */
public record NgramBaselines(double unigram, double bigram) {

    /**
     * @param train      the training text as vocabulary indices
     * @param validation the held-out text, read as {@code streams} says
     * @param size       V, the vocabulary's size
     */
    public static NgramBaselines measure(int[] train, int[] validation, int size, TextStreams streams) {
        long[] unigram = new long[size];
        long[] bigram = new long[size * size];
        long[] context = new long[size];
        for (int i = 1; i < train.length; i++) {
            unigram[train[i]]++;
            bigram[train[i - 1] * size + train[i]]++;
            context[train[i - 1]]++;
        }
        long targets = train.length - 1L;
        double uniBits = 0;
        double biBits = 0;
        long m = streams.predictions();
        for (int p = 1; p <= m; p++) {
            int c = validation[p];
            int a = validation[p - 1];
            uniBits -= log2((unigram[c] + 1.0) / (targets + size));
            biBits -= log2((bigram[a * size + c] + 1.0) / (context[a] + size));
        }
        return new NgramBaselines(uniBits / m, biBits / m);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
