package org.gatelab.render.equations;

/** How a piece of an equation is drawn. */
public enum RunStyle {
    /** Symbols and operators of the symbolic form, in the text colour and the sans font. */
    SYMBOL,
    /** A subscript (t, t−1, if, hf): smaller and below the baseline. */
    SUBSCRIPT,
    /** A number taken from the trace, in the mono font. */
    NUMBER,
    /** The value an equation ends with, in the bold mono font. */
    RESULT,
    /** An aside (a hint, a norm over all units), in the muted colour. */
    MUTED,
    /** A number inside an aside, in the mono font and the muted colour. */
    MUTED_NUMBER,
    /** Symbols typeset as LaTeX maths (the run's text is LaTeX): the symbolic forms, with subscripts and Greek. */
    MATH,
    /** LaTeX maths in the muted colour (an aside). */
    MUTED_MATH;

    /** True for styles whose text is LaTeX, typeset rather than drawn as text. */
    public boolean isMath() {
        return this == MATH || this == MUTED_MATH;
    }

    /** True for styles drawn in the mono font. */
    public boolean isMono() {
        return this == NUMBER || this == RESULT || this == MUTED_NUMBER;
    }

    /** True for styles drawn in the muted colour. */
    public boolean isMuted() {
        return this == MUTED || this == MUTED_NUMBER || this == MUTED_MATH;
    }
}
