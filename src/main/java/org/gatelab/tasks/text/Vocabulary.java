package org.gatelab.tasks.text;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The characters a character model reads and predicts, each a one-hot position: index 0 is the unknown
 * character (what any character outside the vocabulary is read as), then the corpus's characters in code-point
 * order. Characters are Unicode code points, so a character outside the Basic Multilingual Plane is one symbol.
 * Immutable.
 */
public final class Vocabulary {
    /** The index of the unknown character. */
    public static final int UNKNOWN = 0;
    /** How the unknown character is shown. */
    public static final String UNKNOWN_SHOWN = "\uFFFD";
    /** The most characters a vocabulary holds (the unknown one included): the engine's largest layer. */
    public static final int MAX_SIZE = 4096;

    private final int[] codePoints;

    private Vocabulary(int[] sortedCodePoints) {
        this.codePoints = sortedCodePoints;
    }

    /** The vocabulary of {@code text}: every distinct character in it, plus the unknown character. */
    public static Vocabulary of(String text) {
        Set<Integer> seen = new TreeSet<>();
        text.codePoints().forEach(seen::add);
        return fromCodePoints(seen.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The vocabulary whose characters are those of {@code characters}, each once and in code-point order, as
     * {@link #characters()} gives them (a model file stores them so).
     *
     * @throws IllegalArgumentException when a character repeats, the order is another, or there are none
     */
    public static Vocabulary parse(String characters) {
        int[] cps = characters.codePoints().toArray();
        for (int i = 1; i < cps.length; i++) {
            if (cps[i] == cps[i - 1]) {
                throw new IllegalArgumentException("the vocabulary lists the character " + describe(cps[i]) + " twice");
            }
            if (cps[i] < cps[i - 1]) {
                throw new IllegalArgumentException("the vocabulary's characters are not in code-point order ("
                        + describe(cps[i - 1]) + " before " + describe(cps[i]) + "): the model's symbols would "
                        + "not be the ones it was trained with");
            }
        }
        return fromCodePoints(cps);
    }

    private static Vocabulary fromCodePoints(int[] cps) {
        if (cps.length == 0) {
            throw new IllegalArgumentException("a vocabulary needs at least one character");
        }
        if (cps.length + 1 > MAX_SIZE) {
            throw new IllegalArgumentException("the text has " + cps.length + " distinct characters; a character "
                    + "model reads at most " + (MAX_SIZE - 1));
        }
        int[] sorted = cps.clone();
        Arrays.sort(sorted);
        return new Vocabulary(sorted);
    }

    /** Symbols, the unknown character included: the model's input and output size. */
    public int size() {
        return codePoints.length + 1;
    }

    /** The known characters in order, as one string (what a model file stores). */
    public String characters() {
        return new String(codePoints, 0, codePoints.length);
    }

    /** The index of a character, or {@link #UNKNOWN} when it is not in the vocabulary. */
    public int index(int codePoint) {
        int k = Arrays.binarySearch(codePoints, codePoint);
        return k < 0 ? UNKNOWN : k + 1;
    }

    /** True when the vocabulary has the character. */
    public boolean contains(int codePoint) {
        return Arrays.binarySearch(codePoints, codePoint) >= 0;
    }

    /** The character of a symbol; -1 for the unknown one. */
    public int codePoint(int index) {
        checkIndex(index);
        return index == UNKNOWN ? -1 : codePoints[index - 1];
    }

    /** The symbol as text: the character itself, or {@link #UNKNOWN_SHOWN}. */
    public String text(int index) {
        int cp = codePoint(index);
        return cp < 0 ? UNKNOWN_SHOWN : new String(Character.toChars(cp));
    }

    /**
     * The symbol as a label can show it: visible marks for the characters that draw nothing (newline ↵, space
     * ␣, tab →) and a code for other control characters.
     */
    public String shown(int index) {
        int cp = codePoint(index);
        return cp < 0 ? UNKNOWN_SHOWN : show(cp);
    }

    /** A character as a label can show it (see {@link #shown(int)}). */
    public static String show(int cp) {
        return switch (cp) {
            case '\n' -> "\u21B5";
            case ' ' -> "\u2423";
            case '\t' -> "\u2192";
            case '\r' -> "\u240D";
            default -> Character.isISOControl(cp) ? String.format(Locale.ROOT, "U+%04X", cp)
                    : new String(Character.toChars(cp));
        };
    }

    /** Every character of {@code text} as its index; characters outside the vocabulary become {@link #UNKNOWN}. */
    public int[] encode(String text) {
        return text.codePoints().map(this::index).toArray();
    }

    /**
     * Every character of {@code text} as its index.
     *
     * @param what names the text in the message, e.g. "the prime"
     * @throws IllegalArgumentException naming the characters outside the vocabulary and where they are
     */
    public int[] encodeStrict(String text, String what) {
        int[] cps = text.codePoints().toArray();
        Set<String> outside = new LinkedHashSet<>();
        int first = -1;
        for (int i = 0; i < cps.length; i++) {
            if (!contains(cps[i])) {
                outside.add(describe(cps[i]));
                first = first < 0 ? i : first;
            }
        }
        if (!outside.isEmpty()) {
            List<String> shownOutside = outside.stream().limit(8).toList();
            throw new IllegalArgumentException(what + " has " + (outside.size() == 1 ? "a character" : "characters")
                    + " the model never saw: " + String.join(", ", shownOutside) + (outside.size() > 8 ? ", ..." : "")
                    + " (the first at character " + (first + 1) + "); the model knows " + summary());
        }
        return encode(text);
    }

    /** The characters, shortened for a message: {@code 54 characters: ↵ - A B C ... x y z}. */
    public String summary() {
        StringBuilder sb = new StringBuilder().append(codePoints.length).append(" characters: ");
        int shown = Math.min(codePoints.length, 40);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : " ").append(show(codePoints[i]));
        }
        return sb.append(codePoints.length > shown ? " ..." : "").toString();
    }

    /** The text of a sequence of indices (unknown symbols as {@link #UNKNOWN_SHOWN}). */
    public String decode(int[] indices) {
        StringBuilder sb = new StringBuilder();
        for (int i : indices) {
            sb.append(text(i));
        }
        return sb.toString();
    }

    /** A character for a message: {@code "é" (U+00E9)}. */
    public static String describe(int cp) {
        return "\"" + show(cp) + "\" (" + String.format(Locale.ROOT, "U+%04X", cp) + ")";
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("symbol " + index + " is outside 0.." + (size() - 1));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && Arrays.equals(codePoints, v.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    @Override
    public String toString() {
        return "Vocabulary[" + summary() + "]";
    }
}
