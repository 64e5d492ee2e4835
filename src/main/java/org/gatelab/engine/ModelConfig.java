package org.gatelab.engine;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The shape of a model: a stack of {@code layers} recurrent layers of one cell kind, each with
 * {@code hiddenSize} units, and a linear readout head from the top layer to {@code outputSize} outputs.
 *
 * @param nonlinearity the vanilla RNN's squashing function; ignored (tanh) for LSTM and GRU
 */
public record ModelConfig(CellKind cell, Nonlinearity nonlinearity, int inputSize, int hiddenSize, int layers,
                          int outputSize) {
    public static final int MAX_LAYERS = 3;
    public static final int MAX_SIZE = 4096;

    public ModelConfig {
        if (cell == null) {
            throw new IllegalArgumentException("cell is required");
        }
        if (cell != CellKind.RNN || nonlinearity == null) {
            nonlinearity = Nonlinearity.TANH;
        }
        check("input size", inputSize, 1, MAX_SIZE);
        check("hidden size", hiddenSize, 1, MAX_SIZE);
        check("layers", layers, 1, MAX_LAYERS);
        check("output size", outputSize, 1, MAX_SIZE);
    }

    private static void check(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    /** A one-layer model with a tanh RNN nonlinearity where it applies. */
    public static ModelConfig of(CellKind cell, int inputSize, int hiddenSize, int outputSize) {
        return new ModelConfig(cell, Nonlinearity.TANH, inputSize, hiddenSize, 1, outputSize);
    }

    public ModelConfig withLayers(int n) {
        return new ModelConfig(cell, nonlinearity, inputSize, hiddenSize, n, outputSize);
    }

    public ModelConfig withHiddenSize(int n) {
        return new ModelConfig(cell, nonlinearity, inputSize, n, layers, outputSize);
    }

    public ModelConfig withCell(CellKind kind) {
        return new ModelConfig(kind, nonlinearity, inputSize, hiddenSize, layers, outputSize);
    }

    /** Input width of {@code layer}: the sequence's features for layer 0, the hidden size above it. */
    public int layerInputSize(int layer) {
        return layer == 0 ? inputSize : hiddenSize;
    }

    /** Rows of the stacked weight matrices: G * H with G = 1 (RNN), 4 (LSTM), 3 (GRU). */
    public int blockRows() {
        return cell.blockCount() * hiddenSize;
    }

    /** Recurrent parameters as PyTorch counts them: two bias vectors per layer, G*H*(in + H + 2). */
    public long recurrentParameterCount() {
        long n = 0;
        for (int l = 0; l < layers; l++) {
            n += (long) blockRows() * (layerInputSize(l) + hiddenSize + 2);
        }
        return n;
    }

    /** Recurrent parameters as textbooks count them: one bias vector per layer, G*H*(in + H + 1). */
    public long textbookRecurrentParameterCount() {
        long n = 0;
        for (int l = 0; l < layers; l++) {
            n += (long) blockRows() * (layerInputSize(l) + hiddenSize + 1);
        }
        return n;
    }

    /** Parameters of the readout head: O*(H + 1). */
    public long headParameterCount() {
        return (long) outputSize * (hiddenSize + 1);
    }

    /** Every parameter, PyTorch's count (two recurrent biases) plus the head. */
    public long parameterCount() {
        return recurrentParameterCount() + headParameterCount();
    }
}
