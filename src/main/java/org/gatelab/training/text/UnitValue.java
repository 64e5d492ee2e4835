package org.gatelab.training.text;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;

/**
 * Which value of a unit to read from a trace: its hidden state h, the LSTM's cell state c, or one of its gates.
 *
 * @param kind what is read
 * @param gate the gate, for {@link Kind#GATE}; null otherwise
 */
public record UnitValue(Kind kind, Gate gate) {
    /** The kinds of value. */
    public enum Kind { HIDDEN, CELL, GATE }

    /** h. */
    public static final UnitValue HIDDEN = new UnitValue(Kind.HIDDEN, null);
    /** c (LSTM). */
    public static final UnitValue CELL = new UnitValue(Kind.CELL, null);

    public UnitValue {
        if ((kind == Kind.GATE) != (gate != null)) {
            throw new IllegalArgumentException("a gate value names its gate, and only it does");
        }
    }

    /** A gate's activation. */
    public static UnitValue gate(Gate gate) {
        return new UnitValue(Kind.GATE, gate);
    }

    /** What a cell has: h, c for the LSTM, and each gate (the RNN's single block is h itself, so it has none). */
    public static List<UnitValue> of(CellKind cell) {
        List<UnitValue> out = new ArrayList<>();
        out.add(HIDDEN);
        if (cell.hasCellState()) {
            out.add(CELL);
        }
        if (cell != CellKind.RNN) {
            for (Gate g : cell.blocks()) {
                out.add(gate(g));
            }
        }
        return out;
    }

    /** The value at step t of sequence 0. */
    public double read(LayerTrace layer, int t, int unit) {
        return switch (kind) {
            case HIDDEN -> layer.hidden(t, 0, unit);
            case CELL -> layer.cellState(t, 0, unit);
            case GATE -> layer.gate(t, 0, gate, unit);
        };
    }

    /** E.g. "h", "c", "gate f". */
    public String label() {
        return switch (kind) {
            case HIDDEN -> "h";
            case CELL -> "c";
            case GATE -> "gate " + gate.symbol();
        };
    }

    /** The range the value lies in: (-1, 1) for h and tanh blocks, (0, 1) for sigmoid gates; c is unbounded. */
    public boolean bounded() {
        return kind != Kind.CELL;
    }

    @Override
    public String toString() {
        return label();
    }
}
