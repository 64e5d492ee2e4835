package org.gatelab.tasks.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NgramBaselinesTest {
    /** Training "abab" (V = 3 with the unknown symbol), held out "ab": counted by hand. */
    @Test
    void addOneSmoothedUnigramAndBigramByHand() {
        int[] train = {1, 2, 1, 2};
        int[] held = {1, 2};
        NgramBaselines b = NgramBaselines.measure(train, held, 3, new TextStreams(held, 3, 1, 5));
        // targets of the training text: b a b; P(b) = (2 + 1) / (3 + 3)
        assertEquals(-Math.log(3.0 / 6) / Math.log(2), b.unigram(), 1e-15);
        // pairs: ab, ba, ab; P(b | a) = (2 + 1) / (2 + 3)
        assertEquals(-Math.log(3.0 / 5) / Math.log(2), b.bigram(), 1e-15);
    }
}
