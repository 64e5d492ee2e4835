package org.gatelab.lesson.markdown;

import org.commonmark.node.CustomBlock;

/**
 * Maths on lines of its own, between a {@code $$} line and a line ending in {@code $$} (or on one line,
 * {@code $$...$$}), set centred in display style. {@link #closed()} is false when the closing {@code $$} never came.
 */
public final class DisplayMath extends CustomBlock {
    private String latex = "";
    private boolean closed;

    /** The LaTeX between the {@code $$}s, its lines joined by newlines. */
    public String latex() {
        return latex;
    }

    void setLatex(String latex) {
        this.latex = latex;
    }

    /** False when the block ran to the end of the text without its closing {@code $$}. */
    public boolean closed() {
        return closed;
    }

    void setClosed(boolean closed) {
        this.closed = closed;
    }
}
