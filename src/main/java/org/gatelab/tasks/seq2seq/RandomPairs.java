package org.gatelab.tasks.seq2seq;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Pairs of a random source of symbols and the task's answer to it, the source's length drawn from a range. */
final class RandomPairs {
    private RandomPairs() {
    }

    /**
     * {@code count} pairs whose sources have lengths from {@code min} to {@code max} and symbols from
     * {@code 0 .. alphabet-1}, uniformly. With {@code evenLengths} every length gets the same share of the pairs
     * (the remainder to the longest), so that an accuracy per length is measured on as many pairs at each length.
     */
    static SymbolPairs generate(Random random, int count, int min, int max, int alphabet, boolean evenLengths,
                                UnaryOperator<int[]> answer) {
        List<int[]> sources = new ArrayList<>(count);
        List<int[]> targets = new ArrayList<>(count);
        int lengths = max - min + 1;
        for (int i = 0; i < count; i++) {
            int length = evenLengths ? min + Math.min(lengths - 1, i / Math.max(1, count / lengths))
                    : min + random.nextInt(lengths);
            int[] source = new int[length];
            for (int t = 0; t < length; t++) {
                source[t] = random.nextInt(alphabet);
            }
            sources.add(source);
            targets.add(answer.apply(source));
        }
        return new SymbolPairs(sources, targets);
    }
}
