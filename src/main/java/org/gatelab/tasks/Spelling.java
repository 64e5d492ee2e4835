package org.gatelab.tasks;

import java.util.Locale;

/** "Did you mean ...?" for mistyped names in files: the known name nearest by edit distance. */
public final class Spelling {
    private Spelling() {
    }

    /**
     * The known name closest to {@code word} (case-insensitive), if at most {@code maxDistance} edits away;
     * else null.
     */
    public static String closest(String word, Iterable<String> known, int maxDistance) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = word.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = distance(w, k, maxDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= maxDistance ? best : null;
    }

    /** Levenshtein distance, or a number above {@code limit} when the lengths alone rule it out. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit || a.length() > 64) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
