package org.gatelab.engine.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The immutable record of one run of a model over a batch of sequences: every layer's gates, states and
 * gradients at every timestep (see {@link LayerTrace}), the readout's outputs, the loss and the gradient of
 * the loss with respect to every parameter.
 */
public final class Trace {
    private final CellKind cell;
    private final Nonlinearity nonlinearity;
    private final int inputSize;
    private final int hiddenSize;
    private final int outputSize;
    private final int length;
    private final int batch;
    private final List<LayerTrace> layers;
    private final double[] outputs;
    private final LossKind lossKind;
    private final double loss;
    private final Map<String, Tensor> parameterGradients;

    /**
     * Takes ownership of {@code outputs} ([T][B][O], row-major).
     *
     * @param lossKind null when the run had no target (then {@code loss} is NaN and there are no gradients)
     */
    public Trace(CellKind cell, Nonlinearity nonlinearity, int inputSize, int hiddenSize, int outputSize,
                 int length, int batch, List<LayerTrace> layers, double[] outputs, LossKind lossKind, double loss,
                 Map<String, Tensor> parameterGradients) {
        this.cell = cell;
        this.nonlinearity = nonlinearity;
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.outputSize = outputSize;
        this.length = length;
        this.batch = batch;
        this.layers = List.copyOf(layers);
        this.outputs = outputs;
        this.lossKind = lossKind;
        this.loss = loss;
        this.parameterGradients = Collections.unmodifiableMap(new LinkedHashMap<>(parameterGradients));
    }

    public CellKind cell() {
        return cell;
    }

    /** The RNN's nonlinearity (tanh for LSTM and GRU, where it does not apply). */
    public Nonlinearity nonlinearity() {
        return nonlinearity;
    }

    public int inputSize() {
        return inputSize;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    public int outputSize() {
        return outputSize;
    }

    /** Sequence length T. */
    public int length() {
        return length;
    }

    public int batchSize() {
        return batch;
    }

    public int layerCount() {
        return layers.size();
    }

    public LayerTrace layer(int index) {
        return layers.get(index);
    }

    /** The top layer, whose h_t feeds the readout. */
    public LayerTrace top() {
        return layers.get(layers.size() - 1);
    }

    public List<LayerTrace> layers() {
        return layers;
    }

    /** The readout y_t = W_head h_t + b_head of sequence b, output o. */
    public double output(int t, int b, int o) {
        return outputs[(t * batch + b) * outputSize + o];
    }

    /** The readout at (t, b), all outputs (a copy). */
    public double[] outputVector(int t, int b) {
        double[] out = new double[outputSize];
        System.arraycopy(outputs, (t * batch + b) * outputSize, out, 0, outputSize);
        return out;
    }

    public boolean hasGradients() {
        return lossKind != null;
    }

    /** The loss kind, or null for a run without a target. */
    public LossKind lossKind() {
        return lossKind;
    }

    /** The loss, NaN for a run without a target. */
    public double loss() {
        return loss;
    }

    /** dL/d(parameter) for every parameter, by PyTorch name, in the model's order. Empty without a target. */
    public Map<String, Tensor> parameterGradients() {
        return parameterGradients;
    }

    /** The vanishing-gradient curve of the top layer: ||dL/dh_t|| for t = 0..T-1. */
    public double[] gradHiddenNormCurve() {
        return top().gradHiddenNormCurve();
    }

    /** Approximate bytes held by this record. */
    public long byteSize() {
        long n = 8L * outputs.length;
        for (LayerTrace layer : layers) {
            n += layer.byteSize();
        }
        for (Tensor g : parameterGradients.values()) {
            n += 8L * g.size();
        }
        return n;
    }
}
