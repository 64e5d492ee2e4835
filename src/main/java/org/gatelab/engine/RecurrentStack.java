package org.gatelab.engine;

import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * A stack of recurrent layers, one direction each or two (bidirectional), run forward and backward over a batch
 * of sequences: the part of a model between its input and whatever reads the top layer (a readout head, or the
 * attention of an encoder-decoder). Each direction of each layer is one {@link LayerKernel}; the reverse
 * direction runs the same kernel over the sequence read from its end.
 * <pre>
 *   forward direction:  h→_t = cell(x_t, h→_{t-1})        t = 0 .. T-1
 *   reverse direction:  h←_t = cell(x_t, h←_{t+1})        t = T-1 .. 0
 *   output of a layer:  o_t = h→_t                (one direction)
 *                       o_t = [h→_t ; h←_t]       (bidirectional: 2H values, forward first)
 *   input of layer k+1: o_t of layer k
 * </pre>
 * Backward, the gradient dL/do_t is split between the directions the same way, and the gradient into a layer's
 * input is the sum of what its directions send down: dL/dx_t = dL/dx_t(→) + dL/dx_t(←).
 *
 * <p>Not thread-safe; keeps its kernels and reusable buffers. With one direction nothing is copied beyond what
 * the stack always did, so the numbers (and the speed) are those of the plain stack, bit for bit.
 */
final class RecurrentStack {
    final CellKind cell;
    final Nonlinearity nonlinearity;
    final int inputSize;
    final int hidden;
    final int layers;
    final int directions;
    private final String prefix;
    private final LayerKernel[][] kernels;
    /** The GRU's recurrent pre-activation gradient, which differs from the input side's; reused. */
    private double[] gruGradPreHidden;
    /** Bidirectional only: the top layer's output [T][B][2H], and the gradients handed to each direction. */
    private double[] top;
    private double[] gradForward;
    private double[] gradReverse;

    /**
     * @param prefix the module's name in front of the parameter names ("" for a plain model, "encoder", ...)
     */
    RecurrentStack(CellKind cell, Nonlinearity nonlinearity, int inputSize, int hidden, int layers,
                   boolean bidirectional, String prefix, Gemm gemm) {
        this.cell = cell;
        this.nonlinearity = cell == CellKind.RNN && nonlinearity != null ? nonlinearity : Nonlinearity.TANH;
        this.inputSize = inputSize;
        this.hidden = hidden;
        this.layers = layers;
        this.directions = bidirectional ? 2 : 1;
        this.prefix = prefix;
        this.kernels = new LayerKernel[layers][directions];
        for (int l = 0; l < layers; l++) {
            for (int dir = 0; dir < directions; dir++) {
                LayerKernel k = switch (cell) {
                    case RNN -> new RnnKernel(layerInputSize(l), hidden, nonlinearity);
                    case LSTM -> new LstmKernel(layerInputSize(l), hidden);
                    case GRU -> new GruKernel(layerInputSize(l), hidden);
                };
                k.gemm = gemm;
                kernels[l][dir] = k;
            }
        }
    }

    /** The stack of a plain model (no name prefix). */
    static RecurrentStack of(ModelConfig config, Gemm gemm) {
        return new RecurrentStack(config.cell(), config.nonlinearity(), config.inputSize(), config.hiddenSize(),
                config.layers(), config.bidirectional(), "", gemm);
    }

    static Direction direction(int dir) {
        return dir == 0 ? Direction.FORWARD : Direction.REVERSE;
    }

    int layerInputSize(int layer) {
        return layer == 0 ? inputSize : outputWidth();
    }

    /** What the top layer hands on at each step: H, or 2H when bidirectional. */
    int outputWidth() {
        return hidden * directions;
    }

    /** Uses {@code params}' tensors for the next run. */
    void bind(ParameterSet params) {
        for (int l = 0; l < layers; l++) {
            for (int dir = 0; dir < directions; dir++) {
                kernels[l][dir].bind(params, ParameterNames.layer(prefix, l, direction(dir)));
            }
        }
    }

    /**
     * The arrays of a run, {@code [layer][direction]}. {@code record} (a trace) keeps everything; otherwise only
     * what the forward pass and BPTT need: no total or recurrent pre-activations (but the GRU's W_hn h + b_hn,
     * which its backward step reads), and no dL/dx for the first layer, whose input has no parameters, unless
     * {@code inputGradient} asks for it.
     */
    LayerArrays[][] allocate(int steps, int batch, boolean gradients, boolean record, boolean inputGradient) {
        int rows = cell.blockCount() * hidden;
        int n = steps * batch;
        LayerArrays[][] data = new LayerArrays[layers][directions];
        for (int l = 0; l < layers; l++) {
            for (int dir = 0; dir < directions; dir++) {
                LayerArrays d = new LayerArrays();
                d.index = l;
                d.direction = direction(dir);
                d.cell = cell;
                d.nonlinearity = nonlinearity;
                d.length = steps;
                d.batch = batch;
                d.inputSize = layerInputSize(l);
                d.hiddenSize = hidden;
                d.input = new double[n * d.inputSize];
                d.preInput = new double[n * rows];
                if (record || cell == CellKind.GRU) {
                    d.preHidden = new double[n * rows];
                }
                if (record) {
                    d.pre = new double[n * rows];
                }
                d.act = new double[n * rows];
                d.hidden = new double[n * hidden];
                if (cell.hasCellState()) {
                    d.cellState = new double[n * hidden];
                    d.tanhCell = new double[n * hidden];
                }
                d.stepJacobianNorm = new double[record ? n : 0];
                if (gradients) {
                    d.gradHidden = new double[n * hidden];
                    d.gradPre = new double[n * rows];
                    if (record || l > 0 || inputGradient) {
                        d.gradInput = new double[n * d.inputSize];
                    }
                    if (cell.hasCellState()) {
                        d.gradCell = new double[n * hidden];
                    }
                }
                data[l][dir] = d;
            }
        }
        return data;
    }

    /** True when {@code data} was allocated for this stack at this length and batch size. */
    boolean fits(LayerArrays[][] data, int steps, int batch) {
        return data != null && data.length == layers && data[0].length == directions && data[0][0].length == steps
                && data[0][0].batch == batch;
    }

    /**
     * Forward over every layer and step. {@code input} is {@code [T][B][inputSize]}; {@code initial} the state
     * each direction of each layer starts from (index {@code layer * directions + direction}, PyTorch's order),
     * null for zeros. Returns the top layer's output {@code [T][B][outputWidth]} in time order: a buffer of this
     * stack, valid until the next run, not to be changed.
     */
    double[] forward(LayerArrays[][] data, double[] input, InitialState initial, boolean stepJacobians) {
        int steps = data[0][0].length;
        int batch = data[0][0].batch;
        int stateSize = batch * hidden;
        for (int l = 0; l < layers; l++) {
            double[] below = l == 0 ? input : output(data[l - 1], steps, batch);
            for (int dir = 0; dir < directions; dir++) {
                LayerArrays d = data[l][dir];
                copyInput(below, d.input, steps, batch * d.inputSize, d.direction == Direction.REVERSE);
                int index = l * directions + dir;
                d.initialHidden = initial == null ? new double[stateSize] : initial.hidden(index, stateSize);
                if (cell.hasCellState()) {
                    d.initialCell = initial == null ? new double[stateSize] : initial.cell(index, stateSize);
                }
                kernels[l][dir].forward(d, stepJacobians);
            }
        }
        return directions == 1 ? data[layers - 1][0].hidden : topOutput(data[layers - 1], steps, batch);
    }

    private double[] topOutput(LayerArrays[] layer, int steps, int batch) {
        int size = steps * batch * outputWidth();
        if (top == null || top.length != size) {
            top = new double[size];
        }
        concatenate(layer, steps, batch, top);
        return top;
    }

    /** A lower layer's output for the layer above: its h, or (bidirectional) a fresh array of both directions. */
    private double[] output(LayerArrays[] layer, int steps, int batch) {
        if (directions == 1) {
            return layer[0].hidden;
        }
        double[] out = new double[steps * batch * outputWidth()];
        concatenate(layer, steps, batch, out);
        return out;
    }

    /** out[t][b] = [h→_t ; h←_t]; the reverse direction's arrays are in its reading order (step s is t = T-1-s). */
    private void concatenate(LayerArrays[] layer, int steps, int batch, double[] out) {
        int width = outputWidth();
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                int o = (t * batch + b) * width;
                System.arraycopy(layer[0].hidden, (t * batch + b) * hidden, out, o, hidden);
                System.arraycopy(layer[1].hidden, ((steps - 1 - t) * batch + b) * hidden, out, o + hidden, hidden);
            }
        }
    }

    /** Copies {@code [T][stride]} values, the steps reversed for the reverse direction. */
    private static void copyInput(double[] from, double[] to, int steps, int stride, boolean reverse) {
        if (!reverse) {
            System.arraycopy(from, 0, to, 0, steps * stride);
            return;
        }
        for (int t = 0; t < steps; t++) {
            System.arraycopy(from, t * stride, to, (steps - 1 - t) * stride, stride);
        }
    }

    /**
     * Backpropagation through time through every layer, top to bottom. {@code gradTop} is dL/d(output) of the top
     * layer, {@code [T][B][outputWidth]} in time order. Adds every parameter gradient into {@code grads}.
     */
    void backward(LayerArrays[][] data, double[] gradTop, Gradients grads) {
        int steps = data[0][0].length;
        int batch = data[0][0].batch;
        double[] fromAbove = gradTop;
        for (int l = layers - 1; l >= 0; l--) {
            LayerArrays[] layer = data[l];
            if (directions == 1) {
                kernels[l][0].backward(layer[0], fromAbove, scratch(layer[0]), grads);
                fromAbove = layer[0].gradInput;
                continue;
            }
            split(fromAbove, steps, batch);
            kernels[l][0].backward(layer[0], gradForward, scratch(layer[0]), grads);
            kernels[l][1].backward(layer[1], gradReverse, scratch(layer[1]), grads);
            fromAbove = l > 0 ? inputGradient(layer, steps, batch) : null;
        }
    }

    /** dL/d(the stack's input), {@code [T][B][inputSize]} in time order, when the run kept it (else null). */
    double[] inputGradient(LayerArrays[][] data) {
        LayerArrays[] bottom = data[0];
        if (bottom[0].gradInput == null) {
            return null;
        }
        return directions == 1 ? bottom[0].gradInput : inputGradient(bottom, bottom[0].length, bottom[0].batch);
    }

    /** dL/dx_t = dL/dx_t(→) + dL/dx_t(←), the reverse direction's array read from its end. */
    private static double[] inputGradient(LayerArrays[] layer, int steps, int batch) {
        int stride = batch * layer[0].inputSize;
        double[] sum = new double[steps * stride];
        for (int t = 0; t < steps; t++) {
            int f = t * stride;
            int r = (steps - 1 - t) * stride;
            for (int i = 0; i < stride; i++) {
                sum[f + i] = layer[0].gradInput[f + i] + layer[1].gradInput[r + i];
            }
        }
        return sum;
    }

    /** Splits dL/do_t = [dL/dh→_t ; dL/dh←_t] into each direction's array, in its reading order. */
    private void split(double[] grad, int steps, int batch) {
        int size = steps * batch * hidden;
        if (gradForward == null || gradForward.length != size) {
            gradForward = new double[size];
            gradReverse = new double[size];
        }
        int width = outputWidth();
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                int o = (t * batch + b) * width;
                System.arraycopy(grad, o, gradForward, (t * batch + b) * hidden, hidden);
                System.arraycopy(grad, o + hidden, gradReverse, ((steps - 1 - t) * batch + b) * hidden, hidden);
            }
        }
    }

    private double[] scratch(LayerArrays d) {
        if (cell != CellKind.GRU) {
            return d.gradPre;
        }
        if (gruGradPreHidden == null || gruGradPreHidden.length != d.gradPre.length) {
            gruGradPreHidden = new double[d.gradPre.length];
        }
        return gruGradPreHidden;
    }
}
