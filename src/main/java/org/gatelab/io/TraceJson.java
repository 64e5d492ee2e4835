package org.gatelab.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;

/**
 * Writes a {@link Trace} of one sequence (batch element {@code b = 0}) as the JSON documented in README:
 * <pre>
 * {"cell":"lstm","input_size":I,"hidden_size":H,"num_layers":L,"output_size":O,"seq_len":T,"loss":L,
 *  "steps":[{"t":0,"x":[..],"gates":{"i":[..],"f":[..],"g":[..],"o":[..]},"c":[..],"h":[..],
 *            "grad_h":[..],"grad_c":[..], ...}, ...],
 *  "grad_norms":[..], "param_grads":{...},
 *  "layers":[{"layer":0,"direction":"forward","steps":[..]}, {"layer":0,"direction":"reverse",..}, ...]}
 * </pre>
 * A bidirectional model has {@code "bidirectional":true}; its top-level {@code steps} are the top layer's forward
 * direction (with the outputs {@code y}, which read both directions), and {@code layers} lists every direction of
 * every layer, forward first. Each direction's steps are in time order, {@code t} from 0; the reverse direction
 * read them from the last.
 * The layer count is {@code num_layers} because {@code layers} is the per-layer array (as in the PyTorch
 * fixtures); a key must not appear twice in one object.
 * Doubles are written with full precision (shortest text that reads back to the same double); values that
 * are not finite are written as the strings "NaN", "Infinity", "-Infinity".
 */
public final class TraceJson {
    private static final JsonFactory FACTORY = Json.writingFactory();

    private TraceJson() {
    }

    public static void write(Trace trace, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("cell", trace.cell().id());
            if (trace.cell() == CellKind.RNN) {
                g.writeStringField("nonlinearity", trace.nonlinearity().id());
            }
            g.writeNumberField("input_size", trace.inputSize());
            g.writeNumberField("hidden_size", trace.hiddenSize());
            g.writeNumberField("num_layers", trace.layerCount());
            if (trace.bidirectional()) {
                g.writeBooleanField("bidirectional", true);
            }
            g.writeNumberField("output_size", trace.outputSize());
            g.writeNumberField("seq_len", trace.length());
            if (trace.hasGradients()) {
                g.writeStringField("loss_kind", trace.lossKind().id());
                number(g, "loss", trace.loss());
            } else {
                g.writeNullField("loss");
            }
            g.writeFieldName("steps");
            steps(g, trace, trace.top(), true);
            if (trace.hasGradients()) {
                g.writeFieldName("grad_norms");
                array(g, trace.gradHiddenNormCurve());
                g.writeFieldName("param_grads");
                g.writeStartObject();
                for (Map.Entry<String, Tensor> e : trace.parameterGradients().entrySet()) {
                    g.writeFieldName(e.getKey());
                    tensor(g, e.getValue());
                }
                g.writeEndObject();
            }
            if (trace.layerCount() > 1 || trace.bidirectional()) {
                g.writeFieldName("layers");
                g.writeStartArray();
                for (LayerTrace layer : trace.allLayers()) {
                    g.writeStartObject();
                    g.writeNumberField("layer", layer.index());
                    g.writeStringField("direction", layer.direction().id());
                    g.writeFieldName("steps");
                    steps(g, trace, layer, false);
                    if (trace.hasGradients()) {
                        g.writeFieldName("grad_norms");
                        array(g, layer.gradHiddenNormCurve());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }

    private static void steps(JsonGenerator g, Trace trace, LayerTrace layer, boolean withOutputs) throws IOException {
        CellKind cell = trace.cell();
        int h = layer.hiddenSize();
        g.writeStartArray();
        for (int t = 0; t < layer.length(); t++) {
            g.writeStartObject();
            g.writeNumberField("t", t);
            g.writeFieldName("x");
            array(g, layer.inputVector(t, 0));
            if (!cell.gates().isEmpty()) {
                g.writeObjectFieldStart("gates");
                for (Gate gate : cell.gates()) {
                    g.writeFieldName(gate.symbol());
                    array(g, layer.gateVector(t, 0, gate));
                }
                g.writeEndObject();
            }
            g.writeObjectFieldStart("preact");
            for (Gate gate : cell.blocks()) {
                g.writeFieldName(gate.symbol());
                g.writeStartArray();
                for (int j = 0; j < h; j++) {
                    value(g, layer.preActivation(t, 0, gate, j));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            if (cell.hasCellState()) {
                g.writeFieldName("c");
                array(g, layer.cellVector(t, 0));
            }
            g.writeFieldName("h");
            array(g, layer.hiddenVector(t, 0));
            if (withOutputs) {
                g.writeFieldName("y");
                array(g, trace.outputVector(t, 0));
            }
            number(g, "jacobian_norm", layer.stepJacobianNorm(t, 0));
            if (layer.hasGradients()) {
                g.writeFieldName("grad_h");
                array(g, layer.gradHiddenVector(t, 0));
                if (cell.hasCellState()) {
                    g.writeFieldName("grad_c");
                    array(g, layer.gradCellVector(t, 0));
                }
                g.writeObjectFieldStart("grad_preact");
                for (Gate gate : cell.blocks()) {
                    g.writeFieldName(gate.symbol());
                    g.writeStartArray();
                    for (int j = 0; j < h; j++) {
                        value(g, layer.gradPreActivation(t, 0, gate, j));
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeFieldName("grad_x");
                g.writeStartArray();
                for (int i = 0; i < layer.inputSize(); i++) {
                    value(g, layer.gradInput(t, 0, i));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void tensor(JsonGenerator g, Tensor t) throws IOException {
        if (t.rank() == 1) {
            array(g, t.values());
            return;
        }
        g.writeStartArray();
        for (int r = 0; r < t.dim(0); r++) {
            g.writeStartArray();
            for (int c = 0; c < t.dim(1); c++) {
                value(g, t.get(r, c));
            }
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void array(JsonGenerator g, double[] values) throws IOException {
        g.writeStartArray();
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
