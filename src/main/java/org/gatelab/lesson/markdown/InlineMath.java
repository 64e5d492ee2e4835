package org.gatelab.lesson.markdown;

import org.commonmark.node.CustomNode;

/**
 * Maths inside a paragraph: {@code $...$}, or {@code $$...$$} within a line of text (set in display style).
 * {@link #latex()} is the text between the dollars, exactly as written.
 */
public final class InlineMath extends CustomNode {
    private final String latex;
    private final boolean display;

    public InlineMath(String latex, boolean display) {
        this.latex = latex;
        this.display = display;
    }

    /** The LaTeX between the dollars. */
    public String latex() {
        return latex;
    }

    /** True for {@code $$...$$}: larger fractions and sums, limits above and below. */
    public boolean display() {
        return display;
    }
}
