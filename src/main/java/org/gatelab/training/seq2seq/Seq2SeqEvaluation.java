package org.gatelab.training.seq2seq;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.gatelab.engine.Seq2SeqBatch;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.engine.Seq2SeqRunner;
import org.gatelab.tasks.seq2seq.SymbolPairs;

/**
 * How well a model answers a set of pairs by greedy decoding (the decoder reads its own choices, as it would in
 * use): the share of target symbols right, the share of pairs entirely right, both per source length, and the
 * teacher-forced loss. Immutable.
 *
 * @param loss               cross-entropy per symbol with teacher forcing, averaged over every symbol of the set
 * @param symbolAccuracy     the share of target symbols the greedy decoding gets right
 * @param sequenceAccuracy   the share of pairs whose every symbol is right
 * @param symbolAccuracyByLength   per source length, the share of symbols right
 * @param sequenceAccuracyByLength per source length, the share of pairs right
 */
public record Seq2SeqEvaluation(double loss, double symbolAccuracy, double sequenceAccuracy,
                                Map<Integer, Double> symbolAccuracyByLength,
                                Map<Integer, Double> sequenceAccuracyByLength) {
    /** Pairs per forward pass. */
    static final int CHUNK = 256;

    public Seq2SeqEvaluation {
        symbolAccuracyByLength = Collections.unmodifiableMap(new TreeMap<>(symbolAccuracyByLength));
        sequenceAccuracyByLength = Collections.unmodifiableMap(new TreeMap<>(sequenceAccuracyByLength));
    }

    /** Decodes every pair of {@code set} with {@code model}, one group of equal lengths at a time. */
    public static Seq2SeqEvaluation of(Seq2SeqRunner runner, Seq2SeqModel model, SymbolPairs set) {
        double lossSum = 0;
        long symbols = 0;
        long right = 0;
        int sequencesRight = 0;
        Map<Integer, long[]> byLength = new TreeMap<>();
        for (Map.Entry<SymbolPairs.Lengths, int[]> group : set.groups().entrySet()) {
            int[] indices = group.getValue();
            int tl = group.getKey().target();
            long[] counts = byLength.computeIfAbsent(group.getKey().source(), k -> new long[4]);
            for (int from = 0; from < indices.length; from += CHUNK) {
                int[] chunk = java.util.Arrays.copyOfRange(indices, from, Math.min(indices.length, from + CHUNK));
                Seq2SeqBatch batch = set.batch(chunk);
                lossSum += runner.loss(model, batch) * tl * chunk.length;
                int[] answers = runner.decode(model, batch);
                for (int k = 0; k < chunk.length; k++) {
                    int ok = 0;
                    for (int s = 0; s < tl; s++) {
                        ok += answers[s * chunk.length + k] == batch.target(s, k) ? 1 : 0;
                    }
                    right += ok;
                    symbols += tl;
                    sequencesRight += ok == tl ? 1 : 0;
                    counts[0] += ok;
                    counts[1] += tl;
                    counts[2] += ok == tl ? 1 : 0;
                    counts[3] += 1;
                }
            }
        }
        Map<Integer, Double> symbolByLength = new TreeMap<>();
        Map<Integer, Double> sequenceByLength = new TreeMap<>();
        byLength.forEach((length, c) -> {
            symbolByLength.put(length, (double) c[0] / c[1]);
            sequenceByLength.put(length, (double) c[2] / c[3]);
        });
        return new Seq2SeqEvaluation(lossSum / symbols, (double) right / symbols, (double) sequencesRight / set.size(),
                symbolByLength, sequenceByLength);
    }
}
