package org.gatelab.training.cost;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.Int8Quantization;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.Seq2SeqConfig;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.QuantScheme;

/**
 * What a model costs to keep and to run, counted from its shape (see {@link LayerCost} for one layer's counts).
 *
 * <p>A recurrent model reads one step at a time and keeps only its state: the same memory and work for every new
 * step, however long the stream. A bidirectional one cannot stream: its reverse direction starts from the end, so
 * a new step means reading the whole context backwards again. An encoder-decoder with attention keeps every
 * encoder state (and key) and looks at all of them for every symbol it writes: memory and work grow with the
 * source, as a transformer's do with its context.
 *
 * @param kind               "recurrent", "bidirectional" or "encoder-decoder"
 * @param description        the model in words
 * @param parameters         PyTorch's count
 * @param bytesFloat32       4 bytes per parameter
 * @param bytesInt8PerTensor int8 weights with one float32 scale per tensor, float32 biases
 * @param bytesInt8PerRow    int8 weights with one float32 scale per row, float32 biases
 * @param macsPerStep        multiply-adds per step read (an encoder-decoder: per source symbol, encoder only)
 * @param squashingsPerStep  sigmoid and tanh evaluations per step
 * @param productsPerStep    other element-wise products per step
 * @param stateFloats        what a stream keeps between steps (an encoder-decoder: the decoder's state)
 * @param streamable         whether one more step costs the same however long the stream
 * @param contexts           per context length, memory and work for one more token, beside a transformer's
 */
public record ModelCost(String kind, String description, long parameters, long bytesFloat32, long bytesInt8PerTensor,
                        long bytesInt8PerRow, long macsPerStep, long squashingsPerStep, long productsPerStep,
                        long stateFloats, boolean streamable, List<ContextCost> contexts) {
    /** The context lengths the table shows by default. */
    public static final List<Long> CONTEXTS = List.of(10L, 100L, 1_000L, 10_000L);

    public ModelCost {
        contexts = List.copyOf(contexts);
    }

    /** A recurrent stack with a head. */
    public static ModelCost of(Model model, List<Long> contexts) {
        ModelConfig c = model.config();
        LayerCost forward = stack(c, 1);
        LayerCost all = stack(c, c.directions());
        long head = (long) c.outputSize() * c.outputWidth();
        long macs = all.macs() + head;
        TransformerEstimate transformer = new TransformerEstimate(c.hiddenSize(), c.layers());
        List<ContextCost> rows = new ArrayList<>();
        for (long n : contexts) {
            if (c.bidirectional()) {
                // keeps the n inputs and both directions' states; reads all n steps backwards again for each new one
                long reverse = all.macs() - forward.macs();
                rows.add(new ContextCost(n, n * c.inputSize() + all.state(), forward.macs() + n * reverse + head,
                        transformer.cacheFloats(n), transformer.macsPerToken(n)));
            } else {
                rows.add(new ContextCost(n, all.state(), macs, transformer.cacheFloats(n),
                        transformer.macsPerToken(n)));
            }
        }
        String description = c.layers() + "-layer " + (c.bidirectional() ? "bidirectional " : "") + c.cell().id()
                + ", " + c.inputSize() + " input(s), hidden " + c.hiddenSize() + ", " + c.outputSize() + " output(s)";
        return new ModelCost(c.bidirectional() ? "bidirectional" : "recurrent", description, c.parameterCount(),
                4 * model.valueCount(), Int8Quantization.bytes(model, QuantScheme.PER_TENSOR),
                Int8Quantization.bytes(model, QuantScheme.PER_ROW), macs, all.squashings(), all.products(),
                all.state(), !c.bidirectional(), rows);
    }

    /** Every layer of a stack, with {@code directions} directions each. */
    private static LayerCost stack(ModelConfig c, int directions) {
        LayerCost sum = new LayerCost(0, 0, 0, 0);
        for (int l = 0; l < c.layers(); l++) {
            LayerCost one = LayerCost.of(c.cell(), c.layerInputSize(l), c.hiddenSize());
            for (int d = 0; d < directions; d++) {
                sum = sum.plus(one);
            }
        }
        return sum;
    }

    /**
     * An encoder-decoder. Per symbol written with n source symbols: the decoder's step, the head, and with attention
     * the scores against n encoder states (and keys), the weighted sum of n states and the combining layer; the
     * memory is the decoder's state and, with attention, the n encoder states (and n keys for general and additive,
     * computed once per source).
     */
    public static ModelCost of(Seq2SeqModel model, List<Long> contexts) {
        Seq2SeqConfig c = model.config();
        int h = c.hiddenSize();
        LayerCost encoder = new LayerCost(0, 0, 0, 0);
        LayerCost decoder = new LayerCost(0, 0, 0, 0);
        for (int l = 0; l < c.layers(); l++) {
            encoder = encoder.plus(LayerCost.of(c.cell(), l == 0 ? c.sourceVocabulary() : h, h));
            decoder = decoder.plus(LayerCost.of(c.cell(), l == 0 ? c.decoderInputSize() : h, h));
        }
        long head = (long) c.targetVocabulary() * h;
        AttentionKind kind = c.attention();
        TransformerEstimate transformer = new TransformerEstimate(h, c.layers());
        List<ContextCost> rows = new ArrayList<>();
        for (long n : contexts) {
            long floats = decoder.state();
            long macs = decoder.macs() + head;
            if (kind.attends()) {
                boolean keys = kind != AttentionKind.DOT;
                floats += n * h * (keys ? 2 : 1);
                // scores (additive: v · tanh(q + k) over n keys), the weighted sum, the combining layer
                macs += n * h + n * h + 2L * h * h + (kind == AttentionKind.ADDITIVE ? (long) h * h : 0);
            }
            rows.add(new ContextCost(n, floats, macs, transformer.cacheFloats(n), transformer.macsPerToken(n)));
        }
        String description = c.layers() + "-layer " + c.cell().id() + " encoder-decoder, hidden " + h + ", "
                + c.attention().title() + ", " + c.sourceVocabulary() + " source and " + c.targetVocabulary()
                + " target symbols";
        return new ModelCost("encoder-decoder", description, c.parameterCount(), 4 * model.valueCount(),
                Int8Quantization.bytes(model, QuantScheme.PER_TENSOR), Int8Quantization.bytes(model, QuantScheme.PER_ROW),
                encoder.macs(), encoder.squashings(), encoder.products(), decoder.state(), !kind.attends(), rows);
    }
}
