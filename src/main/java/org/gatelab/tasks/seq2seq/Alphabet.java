package org.gatelab.tasks.seq2seq;

import java.util.List;

/**
 * The symbols of a task's source or target, in index order, as they are shown ("a", "7", "-", " ").
 *
 * @param symbols one short text per symbol index
 */
public record Alphabet(List<String> symbols) {
    public Alphabet {
        symbols = List.copyOf(symbols);
        if (symbols.size() < 2) {
            throw new IllegalArgumentException("an alphabet needs at least 2 symbols, got " + symbols.size());
        }
    }

    /** The first {@code n} lower-case letters a, b, c, ... (n up to 26). */
    public static Alphabet letters(int n) {
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = String.valueOf((char) ('a' + i));
        }
        return new Alphabet(List.of(s));
    }

    /** Each character of {@code chars} as one symbol. */
    public static Alphabet of(String chars) {
        return new Alphabet(chars.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    }

    public int size() {
        return symbols.size();
    }

    public String symbol(int index) {
        return symbols.get(index);
    }

    /** The index of a symbol, or -1. */
    public int indexOf(String symbol) {
        return symbols.indexOf(symbol);
    }

    /** A sequence of indices as text, each symbol's text in turn ("dcba"). */
    public String text(int[] sequence) {
        StringBuilder sb = new StringBuilder();
        for (int i : sequence) {
            sb.append(symbols.get(i));
        }
        return sb.toString();
    }

    /** The indices of a text whose every character is a symbol of this alphabet. */
    public int[] encode(String text) {
        int[] out = new int[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = indexOf(String.valueOf(text.charAt(i)));
            if (out[i] < 0) {
                throw new IllegalArgumentException("\"" + text.charAt(i) + "\" (position " + (i + 1) + " of \"" + text
                        + "\") is not one of the symbols " + String.join("", symbols));
            }
        }
        return out;
    }
}
