package org.gatelab.tasks;

import java.util.Random;

/**
 * Independent, reproducible random streams from one user seed: {@code stream(seed, salt)} gives the same
 * numbers for the same pair on every machine, and unrelated numbers for different salts (train set,
 * validation set, shuffling), so changing one part never shifts another.
 */
public final class Seeds {
    /** Salt of the training set's stream. */
    public static final long TRAIN = 0x7472_6169_6eL;
    /** Salt of the validation set's stream. */
    public static final long VALIDATION = 0x7661_6c69_64L;
    /** Salt of the mini-batch shuffling stream. */
    public static final long SHUFFLE = 0x7368_7566_66L;
    /** Salt of a task's fixed structure (e.g. the sine task's frequencies). */
    public static final long STRUCTURE = 0x7374_7275_63L;

    private Seeds() {
    }

    /** SplitMix64's finalizer of {@code seed} mixed with {@code salt}. */
    public static long mix(long seed, long salt) {
        long z = seed + salt * 0x9E3779B97F4A7C15L + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A {@link Random} for the stream {@code (seed, salt)}. */
    public static Random stream(long seed, long salt) {
        return new Random(mix(seed, salt));
    }
}
