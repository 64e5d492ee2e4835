package org.gatelab.engine.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
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
    private final List<LayerTrace> reverseLayers;
    private final double[] outputs;
    private final LossKind lossKind;
    private final double loss;
    private final Map<String, Tensor> parameterGradients;

    /**
     * Takes ownership of {@code outputs} ([T][B][O], row-major).
     *
     * @param layers   every direction of every layer: one forward trace per layer and, for a bidirectional
     *                 model, one reverse trace per layer, in any order
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
        List<LayerTrace> forward = new java.util.ArrayList<>();
        List<LayerTrace> reverse = new java.util.ArrayList<>();
        for (LayerTrace layer : layers) {
            (layer.direction() == Direction.FORWARD ? forward : reverse).add(layer);
        }
        forward.sort(java.util.Comparator.comparingInt(LayerTrace::index));
        reverse.sort(java.util.Comparator.comparingInt(LayerTrace::index));
        for (int l = 0; l < forward.size(); l++) {
            if (forward.get(l).index() != l || !reverse.isEmpty() && (reverse.size() != forward.size()
                    || reverse.get(l).index() != l)) {
                throw new IllegalArgumentException("a trace needs one forward layer 0 .. L-1 and, when "
                        + "bidirectional, one reverse layer for each; got " + layers.size() + " layer traces");
            }
        }
        this.layers = List.copyOf(forward);
        this.reverseLayers = List.copyOf(reverse);
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

    /** True when every layer also reads the sequence backwards (PyTorch's {@code bidirectional=True}). */
    public boolean bidirectional() {
        return !reverseLayers.isEmpty();
    }

    /** The directions each layer has, forward first. */
    public List<Direction> directions() {
        return bidirectional() ? List.of(Direction.FORWARD, Direction.REVERSE) : List.of(Direction.FORWARD);
    }

    /** The forward direction of layer {@code index} (the only direction of a one-direction model). */
    public LayerTrace layer(int index) {
        return layers.get(index);
    }

    /** One direction of one layer; the reverse direction only in a bidirectional trace. */
    public LayerTrace layer(int index, Direction direction) {
        if (direction == Direction.FORWARD) {
            return layers.get(index);
        }
        if (!bidirectional()) {
            throw new IllegalArgumentException("this trace is of a one-direction model: it has no reverse layers");
        }
        return reverseLayers.get(index);
    }

    /** The top layer's forward direction, whose h_t feeds the readout (with the reverse one when bidirectional). */
    public LayerTrace top() {
        return layers.get(layers.size() - 1);
    }

    /** The forward direction of every layer, bottom first. */
    public List<LayerTrace> layers() {
        return layers;
    }

    /** Every direction of every layer: layer 0 forward, layer 0 reverse (when bidirectional), layer 1 forward, .. */
    public List<LayerTrace> allLayers() {
        List<LayerTrace> all = new java.util.ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            all.add(layers.get(l));
            if (bidirectional()) {
                all.add(reverseLayers.get(l));
            }
        }
        return all;
    }

    /** The readout y_t = W_head h_t + b_head of sequence b, output o (h_t = [h→_t ; h←_t] when bidirectional). */
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

    /**
     * ||dL/dx_t|| over every sequence of the batch: how much the loss depends on the input at step t. In a
     * bidirectional model x_t reaches the loss through both directions of layer 0, so their parts are summed
     * before the norm.
     */
    public double gradInputNorm(int t) {
        LayerTrace forward = layers.get(0);
        if (!bidirectional()) {
            return forward.gradInputNorm(t);
        }
        LayerTrace reverse = reverseLayers.get(0);
        double s = 0;
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < forward.inputSize(); i++) {
                double g = forward.gradInput(t, b, i) + reverse.gradInput(t, b, i);
                s += g * g;
            }
        }
        return Math.sqrt(s);
    }

    /** The vanishing-gradient curve of the top layer: ||dL/dh_t|| for t = 0..T-1. */
    public double[] gradHiddenNormCurve() {
        return top().gradHiddenNormCurve();
    }

    /** Approximate bytes held by this record. */
    public long byteSize() {
        long n = 8L * outputs.length;
        for (LayerTrace layer : allLayers()) {
            n += layer.byteSize();
        }
        for (Tensor g : parameterGradients.values()) {
            n += 8L * g.size();
        }
        return n;
    }
}
