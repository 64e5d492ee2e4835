package org.gatelab.engine;

import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.Direction;

/**
 * An encoder-decoder's parameters with the names a PyTorch module of this shape would give them:
 * <pre>
 *   encoder.weight_ih_l0 .. encoder.bias_hh_l{L-1}     the encoder, an nn.RNN / nn.LSTM / nn.GRU
 *   decoder.weight_ih_l0 .. decoder.bias_hh_l{L-1}     the decoder, the same cell
 *   attention.weight [H x H]                           general:  score = d · (W_a e)
 *   attention.query.weight, attention.key.weight [H x H], attention.v.weight [1 x H]
 *                                                      additive: score = v · tanh(W_q d + W_k e)
 *   combine.weight [H x 2H], combine.bias [H]          with attention: d~ = tanh(W_c [context ; d] + b_c)
 *   head.weight [V x H], head.bias [V]                 y = W_head d~ + b_head (d itself without attention)
 * </pre>
 * (Luong et al. 2015's global attention.) The values are mutable; what leaves the class is copied.
 */
public final class Seq2SeqModel extends ParameterSet {
    public static final String ENCODER = "encoder";
    public static final String DECODER = "decoder";
    public static final String ATTENTION_WEIGHT = "attention.weight";
    public static final String ATTENTION_QUERY = "attention.query.weight";
    public static final String ATTENTION_KEY = "attention.key.weight";
    public static final String ATTENTION_V = "attention.v.weight";
    public static final String COMBINE_WEIGHT = "combine.weight";
    public static final String COMBINE_BIAS = "combine.bias";

    private final Seq2SeqConfig config;

    /** A model of this shape with every parameter zero; see {@link Initializer#create(Seq2SeqConfig, InitSpec)}. */
    public Seq2SeqModel(Seq2SeqConfig config) {
        this.config = config;
        int h = config.hiddenSize();
        int rows = config.cell().blockCount() * h;
        for (String module : new String[] {ENCODER, DECODER}) {
            for (int l = 0; l < config.layers(); l++) {
                ParameterNames.Layer names = ParameterNames.layer(module, l, Direction.FORWARD);
                int in = l > 0 ? h : module.equals(ENCODER) ? config.sourceVocabulary() : config.decoderInputSize();
                addMatrix(names.weightIh(), rows, in);
                addMatrix(names.weightHh(), rows, h);
                addVector(names.biasIh(), rows);
                addVector(names.biasHh(), rows);
            }
        }
        AttentionKind kind = config.attention();
        if (kind == AttentionKind.GENERAL) {
            addMatrix(ATTENTION_WEIGHT, h, h);
        } else if (kind == AttentionKind.ADDITIVE) {
            addMatrix(ATTENTION_QUERY, h, h);
            addMatrix(ATTENTION_KEY, h, h);
            addMatrix(ATTENTION_V, 1, h);
        }
        if (kind.attends()) {
            addMatrix(COMBINE_WEIGHT, h, 2 * h);
            addVector(COMBINE_BIAS, h);
        }
        addMatrix(ParameterNames.HEAD_WEIGHT, config.targetVocabulary(), h);
        addVector(ParameterNames.HEAD_BIAS, config.targetVocabulary());
    }

    public Seq2SeqConfig config() {
        return config;
    }

    @Override
    public String describe() {
        return config.layers() + "-layer " + config.cell().id() + " encoder-decoder with "
                + config.attention().title();
    }

    /** A deep copy. */
    public Seq2SeqModel copy() {
        Seq2SeqModel m = new Seq2SeqModel(config);
        copyInto(m);
        return m;
    }

    /** Copies every value into {@code target}, which must have the same config. */
    public void copyInto(Seq2SeqModel target) {
        if (!target.config.equals(config)) {
            throw new IllegalArgumentException("cannot copy a " + config + " into a " + target.config);
        }
        copyValuesInto(target);
    }
}
