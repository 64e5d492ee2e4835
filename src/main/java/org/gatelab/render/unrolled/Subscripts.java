package org.gatelab.render.unrolled;

/** Whole numbers as Unicode subscripts, for state names such as h₁₂ and x₋₁ drawn as plain text. */
public final class Subscripts {
    private Subscripts() {
    }

    /** {@code 12} as {@code ₁₂}, {@code -1} as {@code ₋₁}. */
    public static String of(int n) {
        String digits = Integer.toString(n);
        StringBuilder b = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            b.append(c == '-' ? '\u208B' : (char) ('\u2080' + (c - '0')));
        }
        return b.toString();
    }
}
