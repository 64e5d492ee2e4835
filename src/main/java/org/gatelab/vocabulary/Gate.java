package org.gatelab.vocabulary;

/**
 * One row block of a cell's stacked weight matrices, in PyTorch's order.
 *
 * <p>LSTM blocks are {@code i, f, g, o}; GRU blocks are {@code r, z, n}; the vanilla RNN has a single block
 * {@link #A}, the argument of its tanh (or ReLU), which is not a gate. Every block has a pre-activation
 * (the weighted sum) and an activation (after its squashing function).
 */
public enum Gate {
    I("i", "input gate", Squash.SIGMOID,
            "Decides how much of the new candidate g is written into the cell state."),
    F("f", "forget gate", Squash.SIGMOID,
            "Decides how much of the old cell state is kept: 1 keeps everything, 0 erases it."),
    G("g", "cell candidate", Squash.TANH,
            "Proposes new content for the cell state, between -1 and 1."),
    O("o", "output gate", Squash.SIGMOID,
            "Decides how much of the squashed cell state is shown as the hidden state h."),
    R("r", "reset gate", Squash.SIGMOID,
            "Decides how much of the previous hidden state is used when proposing the candidate n."),
    Z("z", "update gate", Squash.SIGMOID,
            "Blends old and new: 1 keeps the previous hidden state, 0 replaces it with the candidate n."),
    N("n", "candidate state", Squash.TANH,
            "Proposes a new hidden state from the input and the reset-scaled previous state."),
    A("a", "pre-activation", Squash.CELL_NONLINEARITY,
            "The weighted sum W_ih x + b_ih + W_hh h + b_hh that the RNN squashes into its new hidden state.");

    /** The function that turns a block's pre-activation into its activation. */
    public enum Squash { SIGMOID, TANH, CELL_NONLINEARITY }

    private final String symbol;
    private final String title;
    private final Squash squash;
    private final String role;

    Gate(String symbol, String title, Squash squash, String role) {
        this.symbol = symbol;
        this.title = title;
        this.squash = squash;
        this.role = role;
    }

    /** The one-letter name used in equations and in PyTorch's documentation, e.g. {@code "f"}. */
    public String symbol() {
        return symbol;
    }

    /** A human name, e.g. {@code "forget gate"}. */
    public String title() {
        return title;
    }

    /** What the block does, in one sentence. */
    public String role() {
        return role;
    }

    public Squash squash() {
        return squash;
    }

    /** True for gates proper (sigmoid-valued, between 0 and 1). */
    public boolean isSigmoid() {
        return squash == Squash.SIGMOID;
    }
}
