package org.gatelab.engine;

import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.Range;

/**
 * The shape of an encoder-decoder (sequence-to-sequence) model. The encoder, a stack of {@code layers} recurrent
 * layers of {@code hiddenSize} units, reads the source symbols (one-hot, {@code sourceVocabulary} wide). The
 * decoder, a stack of the same cell and size that starts from the encoder's final state (layer by layer), reads
 * the previous target symbol (one-hot over the {@code targetVocabulary} symbols plus a start symbol) and, through
 * the {@code attention} if any, the encoder's states; a linear head turns each decoder step into scores over the
 * target symbols.
 *
 * @param nonlinearity the vanilla RNN's squashing function; tanh for the gated cells
 */
public record Seq2SeqConfig(CellKind cell, Nonlinearity nonlinearity, int sourceVocabulary, int targetVocabulary,
                            int hiddenSize, int layers, AttentionKind attention) {
    /** Symbols in a vocabulary (the source's, or the target's without the start symbol). */
    public static final Range VOCABULARY = Range.of(2, 256);

    public Seq2SeqConfig {
        if (cell == null || attention == null) {
            throw new IllegalArgumentException("a cell and an attention kind are required");
        }
        nonlinearity = cell == CellKind.RNN && nonlinearity != null ? nonlinearity : Nonlinearity.TANH;
        VOCABULARY.check("source vocabulary", sourceVocabulary);
        VOCABULARY.check("target vocabulary", targetVocabulary);
        if (hiddenSize < 1 || hiddenSize > ModelConfig.MAX_SIZE) {
            throw new IllegalArgumentException("hidden size must be between 1 and " + ModelConfig.MAX_SIZE + ", got "
                    + hiddenSize);
        }
        if (layers < 1 || layers > ModelConfig.MAX_LAYERS) {
            throw new IllegalArgumentException("layers must be between 1 and " + ModelConfig.MAX_LAYERS + ", got "
                    + layers);
        }
    }

    /** The decoder's input width: the target symbols plus the start symbol. */
    public int decoderInputSize() {
        return targetVocabulary + 1;
    }

    /** The index of the start symbol in the decoder's one-hot input (after the target symbols). */
    public int startSymbol() {
        return targetVocabulary;
    }

    public Seq2SeqConfig withAttention(AttentionKind kind) {
        return new Seq2SeqConfig(cell, nonlinearity, sourceVocabulary, targetVocabulary, hiddenSize, layers, kind);
    }

    /** The encoder's shape as a stack: one direction. */
    ModelConfig encoderShape() {
        return new ModelConfig(cell, nonlinearity, sourceVocabulary, hiddenSize, layers, targetVocabulary);
    }

    /** The decoder's shape as a stack. */
    ModelConfig decoderShape() {
        return new ModelConfig(cell, nonlinearity, decoderInputSize(), hiddenSize, layers, targetVocabulary);
    }

    /** The encoder's parameters (PyTorch's count, two biases). */
    public long encoderParameterCount() {
        return encoderShape().recurrentParameterCount();
    }

    /** The decoder's parameters (PyTorch's count, two biases). */
    public long decoderParameterCount() {
        return decoderShape().recurrentParameterCount();
    }

    /** The attention's own parameters (its score, and the layer that mixes the context into the output). */
    public long attentionParameterCount() {
        long h = hiddenSize;
        long score = switch (attention) {
            case NONE, DOT -> 0;
            case GENERAL -> h * h;
            case ADDITIVE -> 2 * h * h + h;
        };
        return attention.attends() ? score + h * 2 * h + h : 0;
    }

    /** The head's parameters: V*(H + 1). */
    public long headParameterCount() {
        return (long) targetVocabulary * (hiddenSize + 1);
    }

    /** Every parameter. */
    public long parameterCount() {
        return encoderParameterCount() + decoderParameterCount() + attentionParameterCount() + headParameterCount();
    }
}
