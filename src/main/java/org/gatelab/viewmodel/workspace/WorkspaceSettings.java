package org.gatelab.viewmodel.workspace;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.SequenceKind;

/**
 * Everything that decides what the workspace shows: the model, its initialization, and the input.
 * Immutable; the workspace makes a new one on every change and computes a trace from it.
 *
 * @param gateBias       LSTM forget-gate (GRU update-gate) bias; NaN keeps the scheme's own
 * @param recurrentScale factor applied to W_hh after initialization
 * @param customValues   the typed sequence (used when {@code source} is CUSTOM), or the typed text (TEXT)
 * @param bidirectional  every layer also reads the sequence backwards (PyTorch's {@code bidirectional=True})
 */
public record WorkspaceSettings(CellKind cell, Nonlinearity nonlinearity, int hiddenSize, int layers, long seed,
                                InitScheme init, double gateBias, double recurrentScale, SequenceKind source,
                                int length, String customValues, double customTarget, boolean bidirectional) {
    /** The text a switch to {@link SequenceKind#TEXT} starts from when the typed values are numbers. */
    public static final String DEFAULT_TEXT = "Call me Ishmael.";

    public static WorkspaceSettings defaults() {
        return new WorkspaceSettings(CellKind.LSTM, Nonlinearity.TANH, 8, 1, 1, InitScheme.PYTORCH_DEFAULT,
                Double.NaN, 1.0, SequenceKind.SINE, 30, "0.5, -0.3, 0.8, 0.1, -0.6, 0.9, 0.2, -0.4", 0.0, false);
    }

    public WorkspaceSettings withCell(CellKind c) {
        return new WorkspaceSettings(c, nonlinearity, hiddenSize, layers, seed, init, gateBias, recurrentScale, source,
                length, customValues, customTarget, bidirectional);
    }

    public WorkspaceSettings withNonlinearity(Nonlinearity n) {
        return new WorkspaceSettings(cell, n, hiddenSize, layers, seed, init, gateBias, recurrentScale, source,
                length, customValues, customTarget, bidirectional);
    }

    public WorkspaceSettings withHiddenSize(int h) {
        return new WorkspaceSettings(cell, nonlinearity, h, layers, seed, init, gateBias, recurrentScale, source,
                length, customValues, customTarget, bidirectional);
    }

    public WorkspaceSettings withLayers(int l) {
        return new WorkspaceSettings(cell, nonlinearity, hiddenSize, l, seed, init, gateBias, recurrentScale, source,
                length, customValues, customTarget, bidirectional);
    }

    public WorkspaceSettings withSeed(long s) {
        return new WorkspaceSettings(cell, nonlinearity, hiddenSize, layers, s, init, gateBias, recurrentScale, source,
                length, customValues, customTarget, bidirectional);
    }

    public WorkspaceSettings withInit(InitScheme i) {
        return new WorkspaceSettings(cell, nonlinearity, hiddenSize, layers, seed, i, gateBias, recurrentScale, source,
                length, customValues, customTarget, bidirectional);
    }

    public WorkspaceSettings withGateBias(double b) {
        return new WorkspaceSettings(cell, nonlinearity, hiddenSize, layers, seed, init, b, recurrentScale, source,
                length, customValues, customTarget, bidirectional);
    }

    public WorkspaceSettings withRecurrentScale(double s) {
        return new WorkspaceSettings(cell, nonlinearity, hiddenSize, layers, seed, init, gateBias, s, source, length,
                customValues, customTarget, bidirectional);
    }

    public WorkspaceSettings withSource(SequenceKind k) {
        return new WorkspaceSettings(cell, nonlinearity, hiddenSize, layers, seed, init, gateBias, recurrentScale, k,
                length, customValues, customTarget, bidirectional);
    }

    public WorkspaceSettings withLength(int t) {
        return new WorkspaceSettings(cell, nonlinearity, hiddenSize, layers, seed, init, gateBias, recurrentScale, source,
                t, customValues, customTarget, bidirectional);
    }

    public WorkspaceSettings withCustom(String values, double target) {
        return new WorkspaceSettings(cell, nonlinearity, hiddenSize, layers, seed, init, gateBias, recurrentScale, source,
                length, values, target, bidirectional);
    }

    public WorkspaceSettings withBidirectional(boolean b) {
        return new WorkspaceSettings(cell, nonlinearity, hiddenSize, layers, seed, init, gateBias, recurrentScale, source,
                length, customValues, customTarget, b);
    }

    /** Rough work of one trace (multiply-adds), to decide whether to show progress. */
    public double workEstimate() {
        return (double) cell.blockCount() * hiddenSize * (hiddenSize + 2) * length * layers * 6
                * (bidirectional ? 2 : 1);
    }
}
