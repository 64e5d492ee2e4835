package org.gatelab.render.math;

/**
 * The box a typeset formula takes, in pixels: its width, how far it rises above the baseline and how far it
 * reaches below it, so a caller can set it on a line of text or centre it in a panel.
 */
public record FormulaBox(double width, double ascent, double descent) {
    public FormulaBox {
        if (!(width >= 0 && ascent >= 0 && descent >= 0)) {
            throw new IllegalArgumentException("a formula's box is not negative: " + width + " x (" + ascent + " + "
                    + descent + ")");
        }
    }

    /** Ascent plus descent. */
    public double height() {
        return ascent + descent;
    }
}
