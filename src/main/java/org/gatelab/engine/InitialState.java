package org.gatelab.engine;

/**
 * The state a run starts from: h_0 per layer (and c_0 for the LSTM), each {@code [B][H]}. Zero unless given.
 * For a bidirectional model, per layer and direction as PyTorch orders them: index {@code 2 * layer + d}, d = 0
 * forward and 1 reverse (the reverse direction's "initial" state is the one before it reads t = T-1).
 * Truncated BPTT passes the state a window ended in ({@link SequenceRunner.WindowResult#finalState()}) as the
 * next window's initial state: the values carry over, the gradient does not (PyTorch's {@code h.detach()}).
 * Immutable.
 */
public final class InitialState {
    private final double[][] hidden;
    private final double[][] cell;

    /**
     * @param hidden h_0 per layer (and direction), each of length B*H (copied)
     * @param cell   c_0 per layer (and direction; LSTM only), or null for zeros
     */
    public InitialState(double[][] hidden, double[][] cell) {
        this.hidden = deepCopy(hidden);
        this.cell = cell == null ? null : deepCopy(cell);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] == null ? null : a[i].clone();
        }
        return out;
    }

    /** Layers whose h_0 is given (a layer past the end starts from zeros). */
    public int layers() {
        return hidden.length;
    }

    /** h_0 of {@code layer}, {@code [B][H]} flattened (a copy), or null when not given (zeros). */
    public double[] hiddenState(int layer) {
        return layer < hidden.length && hidden[layer] != null ? hidden[layer].clone() : null;
    }

    /** c_0 of {@code layer}, {@code [B][H]} flattened (a copy), or null when not given (zeros, or not an LSTM). */
    public double[] cellState(int layer) {
        return cell != null && layer < cell.length && cell[layer] != null ? cell[layer].clone() : null;
    }

    /** h_0 of {@code layer} as a fresh array of B*H values; zeros when not given. */
    double[] hidden(int layer, int size) {
        return pick(hidden, layer, size, "h0");
    }

    /** c_0 of {@code layer} as a fresh array of B*H values; zeros when not given. */
    double[] cell(int layer, int size) {
        return pick(cell, layer, size, "c0");
    }

    private static double[] pick(double[][] a, int layer, int size, String what) {
        if (a == null || layer >= a.length || a[layer] == null) {
            return new double[size];
        }
        if (a[layer].length != size) {
            throw new IllegalArgumentException(what + " of layer " + layer + " needs " + size + " values (B x H), got "
                    + a[layer].length);
        }
        return a[layer].clone();
    }
}
