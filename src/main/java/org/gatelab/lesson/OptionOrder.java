package org.gatelab.lesson;

import java.nio.charset.StandardCharsets;

/**
 * The order in which one learner sees the options of one multiple-choice check: a shuffle drawn from the learner's
 * seed (kept with their progress), the lesson's id and the check's place, so it differs between checks and
 * learners and stays the same for one learner every time the check is shown. The shuffle is this class's own
 * (SplitMix64 and Fisher–Yates), so a new Java version cannot reorder a learner's options.
 */
public final class OptionOrder {
    private OptionOrder() {
    }

    /**
     * The shown order: element k is the authored index (0-based) of the option shown k-th.
     *
     * @param seed    the learner's seed
     * @param lesson  the lesson's id
     * @param step    the step's index
     * @param check   the check's index in the step
     * @param options how many options the check has
     */
    public static int[] of(long seed, String lesson, int step, int check, int options) {
        long state = seed;
        for (byte b : lesson.getBytes(StandardCharsets.UTF_8)) {
            state = mix(state ^ (b & 0xff));
        }
        state = mix(mix(state ^ step) ^ check);
        int[] order = new int[options];
        for (int k = 0; k < options; k++) {
            order[k] = k;
        }
        // Fisher–Yates: for k from the end, swap k with a uniform j in 0..k
        for (int k = options - 1; k > 0; k--) {
            state = mix(state);
            int j = (int) Long.remainderUnsigned(state, k + 1);
            int t = order[k];
            order[k] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** SplitMix64's step: adds the golden gamma and scrambles (Steele, Lea and Flood 2014). */
    static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
