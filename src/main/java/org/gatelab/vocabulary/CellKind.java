package org.gatelab.vocabulary;

import java.util.List;
import java.util.Locale;

/** The three recurrent cells GateLab runs, with their weight blocks in PyTorch's stacking order. */
public enum CellKind {
    RNN(List.of(Gate.A)),
    LSTM(List.of(Gate.I, Gate.F, Gate.G, Gate.O)),
    GRU(List.of(Gate.R, Gate.Z, Gate.N));

    private final List<Gate> blocks;

    CellKind(List<Gate> blocks) {
        this.blocks = blocks;
    }

    /** The row blocks of {@code weight_ih} / {@code weight_hh}, in order (LSTM: i, f, g, o; GRU: r, z, n). */
    public List<Gate> blocks() {
        return blocks;
    }

    /** Number of stacked blocks: 1 for the RNN, 4 for the LSTM, 3 for the GRU. */
    public int blockCount() {
        return blocks.size();
    }

    /** Position of {@code gate} in the stacked weights, or -1 if this cell has no such block. */
    public int blockIndex(Gate gate) {
        return blocks.indexOf(gate);
    }

    /** The gates proper: LSTM i, f, g, o; GRU r, z, n; none for the RNN. */
    public List<Gate> gates() {
        return this == RNN ? List.of() : blocks;
    }

    /** True for the LSTM, the only cell with a separate cell state c. */
    public boolean hasCellState() {
        return this == LSTM;
    }

    /** Lower-case name as used on the command line and in files: {@code rnn}, {@code lstm}, {@code gru}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code rnn}, {@code lstm} or {@code gru} (any case). */
    public static CellKind parse(String text) {
        for (CellKind kind : values()) {
            if (kind.id().equalsIgnoreCase(text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown cell \"" + text + "\" (expected rnn, lstm or gru)");
    }
}
