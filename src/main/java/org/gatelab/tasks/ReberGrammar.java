package org.gatelab.tasks;

import java.util.Random;

/**
 * The Reber grammar and the embedded Reber grammar (Reber 1967; Fahlman 1991; Hochreiter and Schmidhuber 1997),
 * over the alphabet {@code B T P S X V E}.
 *
 * <pre>
 *   Reber:    0 -B-> 1;  1 -T-> 2, 1 -P-> 3;  2 -S-> 2, 2 -X-> 4;  3 -T-> 3, 3 -V-> 5;
 *             4 -X-> 3, 4 -S-> 6;  5 -P-> 4, 5 -V-> 6;  6 -E-> end          (e.g. BTXSE, BPVVE, BTSXXTVVE)
 *   embedded: B c R c E,  with c = T or P and R a Reber string               (e.g. BTBTXSETE, BPBPVVEPE)
 * </pre>
 *
 * Where a state has two ways out, each is taken with probability 1/2. Predicting the second-to-last symbol
 * (the echo of c) is the long-range part: it depends on the second symbol, a whole Reber string earlier.
 */
public final class ReberGrammar {
    /** The symbols; a symbol's index here is its one-hot feature and its class. */
    public static final String ALPHABET = "BTPSXVE";
    public static final int B = 0;
    public static final int T = 1;
    public static final int P = 2;
    public static final int S = 3;
    public static final int X = 4;
    public static final int V = 5;
    public static final int E = 6;

    /** Inner grammar: per state, the two (or one) symbols out and the states they lead to; -1: none. */
    private static final int[][] SYMBOLS = {{B, -1}, {T, P}, {S, X}, {T, V}, {X, S}, {P, V}, {E, -1}};
    private static final int END = 7;
    private static final int[][] NEXT = {{1, -1}, {2, 3}, {2, 4}, {3, 5}, {3, 6}, {4, 6}, {END, -1}};

    private ReberGrammar() {
    }

    /** A random Reber string, e.g. "BTSXXTVVE". */
    public static String reber(Random random) {
        StringBuilder sb = new StringBuilder();
        int state = 0;
        while (state != END) {
            int k = SYMBOLS[state][1] < 0 ? 0 : random.nextInt(2);
            sb.append(ALPHABET.charAt(SYMBOLS[state][k]));
            state = NEXT[state][k];
        }
        return sb.toString();
    }

    /** A random embedded Reber string, e.g. "BPBTXSEPE". */
    public static String embedded(Random random) {
        char c = random.nextBoolean() ? 'T' : 'P';
        return "B" + c + reber(random) + c + "E";
    }

    /** True when {@code s} is a Reber string. */
    public static boolean isReber(String s) {
        int state = 0;
        for (int i = 0; i < s.length(); i++) {
            if (state == END) {
                return false;
            }
            int symbol = ALPHABET.indexOf(s.charAt(i));
            int k = symbol < 0 ? -1 : SYMBOLS[state][0] == symbol ? 0 : SYMBOLS[state][1] == symbol ? 1 : -1;
            if (k < 0) {
                return false;
            }
            state = NEXT[state][k];
        }
        return state == END;
    }

    /** True when {@code s} is an embedded Reber string. */
    public static boolean isEmbeddedReber(String s) {
        int n = s.length();
        return n >= 9 && s.charAt(0) == 'B' && (s.charAt(1) == 'T' || s.charAt(1) == 'P')
                && s.charAt(n - 2) == s.charAt(1) && s.charAt(n - 1) == 'E' && isReber(s.substring(2, n - 2));
    }

    /**
     * Reads embedded Reber strings written back to back and says, after each symbol, which symbols may
     * legally come next (a bit mask over {@link #ALPHABET}); after a complete string the next one's B.
     */
    static final class Reader {
        // outer states: 0 expect B, 1 expect c, 2 inside the Reber string, 3 expect the echo, 4 expect E
        private int outer;
        private int inner;
        private int c;

        /** Consumes {@code symbol}; throws if it is not legal here. */
        void accept(int symbol) {
            if ((legalNext() >>> symbol & 1) == 0) {
                throw new IllegalStateException("symbol " + ALPHABET.charAt(symbol) + " is not legal here");
            }
            switch (outer) {
                case 0 -> outer = 1;
                case 1 -> {
                    c = symbol;
                    outer = 2;
                    inner = 0;
                }
                case 2 -> {
                    inner = NEXT[inner][SYMBOLS[inner][0] == symbol ? 0 : 1];
                    if (inner == END) {
                        outer = 3;
                    }
                }
                case 3 -> outer = 4;
                default -> outer = 0;
            }
        }

        /** The symbols that may come next, as a bit mask. */
        int legalNext() {
            return switch (outer) {
                case 0 -> 1 << B;
                case 1 -> 1 << T | 1 << P;
                case 2 -> (1 << SYMBOLS[inner][0]) | (SYMBOLS[inner][1] < 0 ? 0 : 1 << SYMBOLS[inner][1]);
                case 3 -> 1 << c;
                default -> 1 << E;
            };
        }

        /** True when the next symbol is the echo of c: the step that needs the long memory. */
        boolean expectsEcho() {
            return outer == 3;
        }
    }
}
