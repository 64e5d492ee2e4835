package org.gatelab.render.diagram;

/**
 * The states a cell diagram shows besides its gates: what enters the cell, what leaves it, and the LSTM's
 * squashed cell state. Symbols use Unicode subscripts ({@code "cₜ₋₁"}).
 */
public enum Quantity {
    C_PREV("c\u209C\u208B\u2081", "previous cell state"),
    H_PREV("h\u209C\u208B\u2081", "previous hidden state"),
    X("x\u209C", "input"),
    C("c\u209C", "cell state"),
    TANH_C("tanh(c\u209C)", "squashed cell state"),
    H("h\u209C", "hidden state");

    private final String symbol;
    private final String title;

    Quantity(String symbol, String title) {
        this.symbol = symbol;
        this.title = title;
    }

    /** The symbol with subscripts, e.g. {@code "hₜ₋₁"}. */
    public String symbol() {
        return symbol;
    }

    /** A human name, e.g. {@code "previous hidden state"}. */
    public String title() {
        return title;
    }
}
