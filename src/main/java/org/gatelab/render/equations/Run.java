package org.gatelab.render.equations;

import java.util.List;

/**
 * A piece of an equation drawn in one style.
 *
 * @param text  what is drawn (for a subscript the letters themselves, drawn small and lowered: {@code t−1}; for
 *              maths its LaTeX)
 * @param plain the same piece as plain text (a time subscript in Unicode subscripts, {@code ₜ₋₁}; a weight's
 *              subscript after an underscore, {@code _if})
 * @param style how it is drawn
 */
public record Run(String text, String plain, RunStyle style) {
    private static final String SUBSCRIPT_FROM = "t0123456789−+()";
    private static final String SUBSCRIPT_TO = "ₜ₀₁₂₃₄₅₆₇₈₉₋₊₍₎";

    /** Symbols drawn as they are. */
    public static Run symbol(String text) {
        return new Run(text, text, RunStyle.SYMBOL);
    }

    /** A number from the trace, formatted by {@link EquationFormat#number}. */
    public static Run number(double v) {
        String s = EquationFormat.number(v);
        return new Run(s, s, RunStyle.NUMBER);
    }

    /** A number after a binary operator: in parentheses when negative ({@link EquationFormat#operand}). */
    public static Run operand(double v) {
        String s = EquationFormat.operand(v);
        return new Run(s, s, RunStyle.NUMBER);
    }

    /** The value an equation ends with. */
    public static Run result(double v) {
        String s = EquationFormat.number(v);
        return new Run(s, s, RunStyle.RESULT);
    }

    /** A number a lesson has sealed: {@link org.gatelab.render.Sealed#MARK} in the number's place and style. */
    public static Run sealed(RunStyle style) {
        String s = org.gatelab.render.Sealed.MARK;
        return new Run(s, s, style);
    }

    /** Symbols typeset as LaTeX, read as {@code plain} where text is needed. */
    public static Run math(String latex, String plain) {
        return new Run(latex, plain, RunStyle.MATH);
    }

    /** Muted text. */
    public static Run muted(String text) {
        return new Run(text, text, RunStyle.MUTED);
    }

    /** A muted number. */
    public static Run mutedNumber(double v) {
        String s = EquationFormat.number(v);
        return new Run(s, s, RunStyle.MUTED_NUMBER);
    }

    /**
     * A subscript. Its plain text uses Unicode subscripts when every character has one and the subscript is
     * an index ({@code t}, {@code t−1} become {@code ₜ}, {@code ₜ₋₁}); a weight's letters ({@code if}) are
     * written {@code _if} (Unicode has no subscript f, g or z, and PyTorch spells them so).
     */
    public static Run subscript(String text) {
        StringBuilder plain = new StringBuilder();
        for (char c : text.toCharArray()) {
            int k = SUBSCRIPT_FROM.indexOf(c);
            if (k < 0) {
                return new Run(text, "_" + text, RunStyle.SUBSCRIPT);
            }
            plain.append(SUBSCRIPT_TO.charAt(k));
        }
        return new Run(text, plain.toString(), RunStyle.SUBSCRIPT);
    }

    /** The plain text of a sequence of runs. */
    public static String plain(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (Run r : runs) {
            out.append(r.plain());
        }
        return out.toString();
    }
}
