package org.gatelab.tasks.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern a unit may follow, as a number for every character of a text: the value the unit would have after
 * reading that character if it tracked the pattern exactly (LSTMVis's hypotheses, Strobelt et al. 2018;
 * Karpathy, Johnson and Fei-Fei 2015's quote, line-length and bracket units). NaN marks a character the
 * pattern says nothing about (a digit for vowel-or-consonant); those are left out of a correlation.
 */
public enum Hypothesis {
    INSIDE_QUOTES("inside-quotes", "Inside quotes",
            "1 from an opening double quote (\" or \u201C) up to its closing one, 0 elsewhere; a quote still open at "
                    + "a line break is closed there, as prose reopens it in the next paragraph"),
    INSIDE_BRACKETS("inside-brackets", "Inside brackets",
            "1 while any bracket ( [ { is open on the line, 0 outside"),
    BRACKET_DEPTH("bracket-depth", "Bracket depth",
            "how many brackets ( [ { are open after the character: +1 for an opening one, -1 for a closing one, "
                    + "0 after a line break"),
    POSITION_IN_LINE("position-in-line", "Position in the line",
            "characters read since the last line break: 1 for a line's first character"),
    AFTER_SPACE("after-space", "After a space", "1 where the character just read is a space, 0 elsewhere"),
    VOWEL("vowel", "Vowel or consonant",
            "1 for a vowel letter (a e i o u, any case, accents ignored), 0 for any other letter; other characters "
                    + "are left out"),
    REGEX("regex", "A regular expression",
            "1 on every character inside a match of the expression, 0 elsewhere (Java's regular expressions)");

    private final String id;
    private final String title;
    private final String explanation;

    Hypothesis(String id, String title, String explanation) {
        this.id = id;
        this.title = title;
        this.explanation = explanation;
    }

    /** The name used on the command line, e.g. {@code bracket-depth}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** What the signal is, in one sentence. */
    public String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return title;
    }

    /** Parses an id ({@code bracket-depth}), any case. */
    public static Hypothesis parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Hypothesis h : values()) {
            if (h.id.equals(t)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown hypothesis \"" + text + "\" (expected inside-quotes, "
                + "inside-brackets, bracket-depth, position-in-line, after-space, vowel or regex)");
    }

    /**
     * The signal over every character (code point) of {@code text}.
     *
     * @param regex the expression for {@link #REGEX} (ignored otherwise)
     * @throws IllegalArgumentException for {@link #REGEX} without a valid expression, naming the problem
     */
    public double[] signal(String text, String regex) {
        int[] cps = text.codePoints().toArray();
        double[] out = new double[cps.length];
        switch (this) {
            case INSIDE_QUOTES -> {
                boolean inside = false;
                for (int i = 0; i < cps.length; i++) {
                    int c = cps[i];
                    if (c == '\n') {
                        inside = false;
                    } else if (c == '\u201C') {
                        inside = true;
                    } else if (c == '\u201D') {
                        inside = false;
                    } else if (c == '"') {
                        inside = !inside;
                    }
                    out[i] = inside ? 1 : 0;
                }
            }
            case INSIDE_BRACKETS, BRACKET_DEPTH -> {
                int depth = 0;
                for (int i = 0; i < cps.length; i++) {
                    int c = cps[i];
                    if (c == '\n') {
                        depth = 0;
                    } else if (c == '(' || c == '[' || c == '{') {
                        depth++;
                    } else if (c == ')' || c == ']' || c == '}') {
                        depth = Math.max(0, depth - 1);
                    }
                    out[i] = this == BRACKET_DEPTH ? depth : depth > 0 ? 1 : 0;
                }
            }
            case POSITION_IN_LINE -> {
                int position = 0;
                for (int i = 0; i < cps.length; i++) {
                    position = cps[i] == '\n' ? 0 : position + 1;
                    out[i] = position;
                }
            }
            case AFTER_SPACE -> {
                for (int i = 0; i < cps.length; i++) {
                    out[i] = cps[i] == ' ' ? 1 : 0;
                }
            }
            case VOWEL -> {
                for (int i = 0; i < cps.length; i++) {
                    out[i] = Character.isLetter(cps[i]) ? (isVowel(cps[i]) ? 1 : 0) : Double.NaN;
                }
            }
            case REGEX -> {
                Pattern p = compile(regex);
                Matcher m = p.matcher(text);
                while (m.find()) {
                    int from = text.codePointCount(0, m.start());
                    int to = from + text.codePointCount(m.start(), m.end());
                    for (int i = from; i < to; i++) {
                        out[i] = 1;
                    }
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return out;
    }

    /** The expression, compiled; the message of a bad one says what is wrong and where. */
    public static Pattern compile(String regex) {
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException("type a regular expression, e.g. [0-9]+ or \\bthe\\b");
        }
        try {
            return Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("the regular expression " + e.getDescription().toLowerCase(Locale.ROOT)
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + ": " + regex);
        }
    }

    private static boolean isVowel(int cp) {
        String base = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD);
        char c = Character.toLowerCase(base.charAt(0));
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
