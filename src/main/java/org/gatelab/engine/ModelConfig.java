package org.gatelab.engine;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The shape of a model: a stack of {@code layers} recurrent layers of one cell kind, each with
 * {@code hiddenSize} units (per direction), and a linear readout head from the top layer to {@code outputSize}
 * outputs.
 *
 * @param nonlinearity  the vanilla RNN's squashing function; ignored (tanh) for LSTM and GRU
 * @param bidirectional PyTorch's {@code bidirectional=True}: every layer has a second, reverse direction with its
 *                      own {@code _reverse} parameters, and passes both directions' h_t side by side (2H values)
 *                      to the layer above and to the head
 */
public record ModelConfig(CellKind cell, Nonlinearity nonlinearity, int inputSize, int hiddenSize, int layers,
                          int outputSize, boolean bidirectional) {
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

    /** A one-direction model. */
    public ModelConfig(CellKind cell, Nonlinearity nonlinearity, int inputSize, int hiddenSize, int layers,
                       int outputSize) {
        this(cell, nonlinearity, inputSize, hiddenSize, layers, outputSize, false);
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
        return new ModelConfig(cell, nonlinearity, inputSize, hiddenSize, n, outputSize, bidirectional);
    }

    public ModelConfig withHiddenSize(int n) {
        return new ModelConfig(cell, nonlinearity, inputSize, n, layers, outputSize, bidirectional);
    }

    public ModelConfig withCell(CellKind kind) {
        return new ModelConfig(kind, nonlinearity, inputSize, hiddenSize, layers, outputSize, bidirectional);
    }

    public ModelConfig withBidirectional(boolean b) {
        return new ModelConfig(cell, nonlinearity, inputSize, hiddenSize, layers, outputSize, b);
    }

    /** 2 for a bidirectional model, else 1. */
    public int directions() {
        return bidirectional ? 2 : 1;
    }

    /** The directions every layer has, forward first. */
    public java.util.List<Direction> directionList() {
        return bidirectional ? java.util.List.of(Direction.FORWARD, Direction.REVERSE) : java.util.List.of(Direction.FORWARD);
    }

    /**
     * Input width of {@code layer}: the sequence's features for layer 0, above it the layer below's output
     * (H, or 2H when bidirectional).
     */
    public int layerInputSize(int layer) {
        return layer == 0 ? inputSize : outputWidth();
    }

    /** What a layer hands up and the head reads at each step: H, or 2H when bidirectional. */
    public int outputWidth() {
        return hiddenSize * directions();
    }

    /** Rows of the stacked weight matrices: G * H with G = 1 (RNN), 4 (LSTM), 3 (GRU). */
    public int blockRows() {
        return cell.blockCount() * hiddenSize;
    }

    /** Recurrent parameters as PyTorch counts them: two bias vectors per layer and direction, G*H*(in + H + 2). */
    public long recurrentParameterCount() {
        long n = 0;
        for (int l = 0; l < layers; l++) {
            n += (long) directions() * blockRows() * (layerInputSize(l) + hiddenSize + 2);
        }
        return n;
    }

    /** Recurrent parameters as textbooks count them: one bias vector per layer and direction, G*H*(in + H + 1). */
    public long textbookRecurrentParameterCount() {
        long n = 0;
        for (int l = 0; l < layers; l++) {
            n += (long) directions() * blockRows() * (layerInputSize(l) + hiddenSize + 1);
        }
        return n;
    }

    /** Parameters of the readout head: O*(H + 1), or O*(2H + 1) when bidirectional. */
    public long headParameterCount() {
        return (long) outputSize * (outputWidth() + 1);
    }

    /** Every parameter, PyTorch's count (two recurrent biases) plus the head. */
    public long parameterCount() {
        return recurrentParameterCount() + headParameterCount();
    }
}
