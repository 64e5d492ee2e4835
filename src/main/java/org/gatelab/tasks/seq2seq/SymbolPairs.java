package org.gatelab.tasks.seq2seq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gatelab.engine.Seq2SeqBatch;

/**
 * An immutable set of (source, target) pairs of symbol sequences, with their indices grouped by length: the
 * sequences of a mini-batch must all have one source length and one target length (the engine runs equal-length
 * batches), so batches are drawn from one group at a time and nothing is padded.
 */
public final class SymbolPairs {
    /** A group's lengths. */
    public record Lengths(int source, int target) implements Comparable<Lengths> {
        @Override
        public int compareTo(Lengths o) {
            return source != o.source ? Integer.compare(source, o.source) : Integer.compare(target, o.target);
        }
    }

    private final int[][] sources;
    private final int[][] targets;
    private final Map<Lengths, int[]> groups;

    /** Copies the sequences; pair i is (sources[i], targets[i]). */
    public SymbolPairs(List<int[]> sources, List<int[]> targets) {
        if (sources.size() != targets.size() || sources.isEmpty()) {
            throw new IllegalArgumentException("a set needs as many targets as sources, at least one: got "
                    + sources.size() + " and " + targets.size());
        }
        this.sources = new int[sources.size()][];
        this.targets = new int[targets.size()][];
        Map<Lengths, List<Integer>> byLength = new TreeMap<>();
        for (int i = 0; i < sources.size(); i++) {
            this.sources[i] = sources.get(i).clone();
            this.targets[i] = targets.get(i).clone();
            if (this.sources[i].length == 0 || this.targets[i].length == 0) {
                throw new IllegalArgumentException("pair " + i + " has an empty sequence");
            }
            byLength.computeIfAbsent(new Lengths(this.sources[i].length, this.targets[i].length),
                    k -> new ArrayList<>()).add(i);
        }
        Map<Lengths, int[]> g = new TreeMap<>();
        byLength.forEach((k, v) -> g.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.groups = java.util.Collections.unmodifiableMap(g);
    }

    public int size() {
        return sources.length;
    }

    /** A copy of pair i's source. */
    public int[] source(int i) {
        return sources[i].clone();
    }

    /** A copy of pair i's target. */
    public int[] target(int i) {
        return targets[i].clone();
    }

    public int sourceLength(int i) {
        return sources[i].length;
    }

    public int targetLength(int i) {
        return targets[i].length;
    }

    /** The pairs' indices by lengths, shortest first (copies). */
    public Map<Lengths, int[]> groups() {
        Map<Lengths, int[]> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    /** The pairs {@code indices}, which must share their lengths, as one batch (time-major). */
    public Seq2SeqBatch batch(int[] indices) {
        int sl = sources[indices[0]].length;
        int tl = targets[indices[0]].length;
        int b = indices.length;
        int[] src = new int[sl * b];
        int[] tgt = new int[tl * b];
        for (int k = 0; k < b; k++) {
            int i = indices[k];
            if (sources[i].length != sl || targets[i].length != tl) {
                throw new IllegalArgumentException("a batch needs pairs of one length: pair " + i + " is "
                        + sources[i].length + " -> " + targets[i].length + ", pair " + indices[0] + " " + sl + " -> "
                        + tl);
            }
            for (int t = 0; t < sl; t++) {
                src[t * b + k] = sources[i][t];
            }
            for (int s = 0; s < tl; s++) {
                tgt[s * b + k] = targets[i][s];
            }
        }
        return new Seq2SeqBatch(sl, tl, b, src, tgt);
    }

    /** The longest source. */
    public int maxSourceLength() {
        int m = 0;
        for (int[] s : sources) {
            m = Math.max(m, s.length);
        }
        return m;
    }
}
