package org.gatelab.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.gatelab.engine.trace.AttentionRecord;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.tasks.seq2seq.Alphabet;
import org.gatelab.vocabulary.Gate;

/**
 * Writes a {@link Seq2SeqTrace} of one pair (batch element 0) as JSON:
 * <pre>
 * {"model":"seq2seq","cell":"gru","attention":"general","hidden_size":H,"num_layers":L,"feed":"greedy",
 *  "source":[..],"target":[..],"decoder_input":[..],"predicted":[..],
 *  "source_text":"abcd","target_text":"dcba","predicted_text":"dcba",        (when the symbols are known)
 *  "loss":L,"symbol_accuracy":a,
 *  "steps":[{"s":0,"y":[..V],"attention":{"scores":[..T],"weights":[..T],"grad_scores":[..T],
 *            "grad_weights":[..T],"context":[..H],"combined":[..H]},"input_gradient_norms":[..T]}, ...],
 *  "encoder":[{"layer":0,"steps":[{"t":0,"x":[..],"gates":{..},"c":[..],"h":[..],"grad_h":[..],"grad_c":[..]}]}],
 *  "decoder":[...], "param_grads":{...}}
 * </pre>
 * Doubles at full precision; values that are not finite as the strings "NaN", "Infinity", "-Infinity".
 */
public final class Seq2SeqTraceJson {
    private static final JsonFactory FACTORY = Json.writingFactory();

    private Seq2SeqTraceJson() {
    }

    /** @param source,target the task's symbols, or null when not known */
    public static void write(Seq2SeqTrace trace, Alphabet source, Alphabet target, OutputStream out)
            throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            Seq2SeqTrace.Shape shape = trace.shape();
            int sl = trace.sourceLength();
            int tl = trace.targetLength();
            g.writeStartObject();
            g.writeStringField("model", Seq2SeqFiles.KIND);
            g.writeStringField("cell", shape.cell().id());
            g.writeStringField("attention", shape.attention().id());
            g.writeNumberField("hidden_size", shape.hiddenSize());
            g.writeNumberField("num_layers", shape.layers());
            g.writeNumberField("source_vocabulary", shape.sourceVocabulary());
            g.writeNumberField("target_vocabulary", shape.targetVocabulary());
            g.writeStringField("feed", trace.feed().id());
            int[] src = new int[sl];
            int[] tgt = new int[tl];
            int[] fed = new int[tl];
            int[] predicted = new int[tl];
            for (int t = 0; t < sl; t++) {
                src[t] = trace.source(t, 0);
            }
            for (int s = 0; s < tl; s++) {
                tgt[s] = trace.target(s, 0);
                fed[s] = trace.decoderInput(s, 0);
                predicted[s] = trace.predicted(s, 0);
            }
            ints(g, "source", src);
            ints(g, "target", tgt);
            ints(g, "decoder_input", fed);
            ints(g, "predicted", predicted);
            if (source != null && target != null) {
                g.writeStringField("source_text", source.text(src));
                g.writeStringField("target_text", target.text(tgt));
                g.writeStringField("predicted_text", target.text(predicted));
            }
            number(g, "loss", trace.loss());
            number(g, "symbol_accuracy", trace.symbolAccuracy(0));
            g.writeArrayFieldStart("steps");
            for (int s = 0; s < tl; s++) {
                g.writeStartObject();
                g.writeNumberField("s", s);
                double[] y = new double[shape.targetVocabulary()];
                for (int k = 0; k < y.length; k++) {
                    y[k] = trace.output(s, 0, k);
                }
                array(g, "y", y);
                if (trace.hasAttention()) {
                    attention(g, trace.attention(), s, sl, shape.hiddenSize());
                }
                double[] norms = new double[sl];
                for (int t = 0; t < sl; t++) {
                    norms[t] = trace.inputGradientNorm(s, 0, t);
                }
                array(g, "input_gradient_norms", norms);
                g.writeEndObject();
            }
            g.writeEndArray();
            layers(g, "encoder", trace.encoder());
            layers(g, "decoder", trace.decoder());
            g.writeObjectFieldStart("param_grads");
            for (Map.Entry<String, Tensor> e : trace.parameterGradients().entrySet()) {
                g.writeFieldName(e.getKey());
                tensor(g, e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void attention(JsonGenerator g, AttentionRecord a, int s, int sl, int h) throws IOException {
        g.writeObjectFieldStart("attention");
        double[] scores = new double[sl];
        double[] weights = new double[sl];
        double[] gradScores = new double[sl];
        double[] gradWeights = new double[sl];
        for (int t = 0; t < sl; t++) {
            scores[t] = a.score(s, 0, t);
            weights[t] = a.weight(s, 0, t);
            gradScores[t] = a.gradScore(s, 0, t);
            gradWeights[t] = a.gradWeight(s, 0, t);
        }
        array(g, "scores", scores);
        array(g, "weights", weights);
        array(g, "grad_scores", gradScores);
        array(g, "grad_weights", gradWeights);
        double[] context = new double[h];
        double[] combined = new double[h];
        for (int j = 0; j < h; j++) {
            context[j] = a.context(s, 0, j);
            combined[j] = a.combined(s, 0, j);
        }
        array(g, "context", context);
        array(g, "combined", combined);
        g.writeEndObject();
    }

    private static void layers(JsonGenerator g, String name, List<LayerTrace> layers) throws IOException {
        g.writeArrayFieldStart(name);
        for (LayerTrace l : layers) {
            g.writeStartObject();
            g.writeNumberField("layer", l.index());
            g.writeArrayFieldStart("steps");
            for (int t = 0; t < l.length(); t++) {
                g.writeStartObject();
                g.writeNumberField("t", t);
                array(g, "x", l.inputVector(t, 0));
                if (!l.cell().gates().isEmpty()) {
                    g.writeObjectFieldStart("gates");
                    for (Gate gate : l.cell().gates()) {
                        array(g, gate.symbol(), l.gateVector(t, 0, gate));
                    }
                    g.writeEndObject();
                }
                if (l.cell().hasCellState()) {
                    array(g, "c", l.cellVector(t, 0));
                }
                array(g, "h", l.hiddenVector(t, 0));
                if (l.hasGradients()) {
                    array(g, "grad_h", l.gradHiddenVector(t, 0));
                    if (l.cell().hasCellState()) {
                        array(g, "grad_c", l.gradCellVector(t, 0));
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void tensor(JsonGenerator g, Tensor t) throws IOException {
        g.writeStartArray();
        if (t.rank() == 1) {
            for (int i = 0; i < t.size(); i++) {
                value(g, t.get(i));
            }
        } else {
            for (int r = 0; r < t.dim(0); r++) {
                g.writeStartArray();
                for (int c = 0; c < t.dim(1); c++) {
                    value(g, t.get(r, c));
                }
                g.writeEndArray();
            }
        }
        g.writeEndArray();
    }

    private static void ints(JsonGenerator g, String field, int[] values) throws IOException {
        g.writeArrayFieldStart(field);
        for (int v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    private static void array(JsonGenerator g, String field, double[] values) throws IOException {
        g.writeArrayFieldStart(field);
        for (double v : values) {
            value(g, v);
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(field);
        value(g, v);
    }

    private static void value(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeString(Double.toString(v));
        }
    }
}
