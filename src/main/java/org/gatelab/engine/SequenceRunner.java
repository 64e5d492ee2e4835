package org.gatelab.engine;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.CellKind;

/**
 * Runs a model over a batch of sequences: forward through every layer and timestep, then, given targets,
 * backpropagation through time. {@link #trace} returns everything as an immutable {@link Trace};
 * {@link #lossAndGradients} is the training path, which records nothing beyond what the gradients need and
 * reuses its buffers from call to call.
 *
 * <p>Not thread-safe: use one runner per thread. It keeps its kernels and scratch matrices between calls.
 */
public final class SequenceRunner {
    private final Gemm gemm;
    private ModelConfig boundConfig;
    private LayerKernel[] kernels;
    private LayerArrays[] reusable;
    /** The GRU's recurrent pre-activation gradient, which differs from the input side's; reused. */
    private double[] gruGradPreHidden;

    /** A single-threaded runner. */
    public SequenceRunner() {
        this(1);
    }

    /**
     * @param threads threads to use: the sequences of a batch are split into lanes (at least 4 sequences each)
     *                that run the recurrence in parallel, and the whole-sequence products split their rows.
     *                Results are bit-identical whatever the count.
     */
    public SequenceRunner(int threads) {
        this(threads, Simd.AVAILABLE);
    }

    /** @param simd whether to run the SIMD loops (only where {@link Simd#enabled()}); for tests and benchmarks */
    SequenceRunner(int threads, boolean simd) {
        this.gemm = new Gemm(threads, simd);
    }

    /** Forward and (with targets) backward, recording everything. {@code targets} and {@code initial} may be null. */
    public Trace trace(Model model, SequenceBatch input, Targets targets, InitialState initial) {
        ModelConfig config = model.config();
        Gradients grads = targets == null ? null : new Gradients(model);
        LayerArrays[] data = allocate(config, input, targets != null, true);
        Run run = run(model, input, targets, initial, data, grads);
        List<LayerTrace> layers = new ArrayList<>();
        for (LayerArrays d : data) {
            layers.add(d.toTrace());
        }
        return new Trace(config.cell(), config.nonlinearity(), config.inputSize(), config.hiddenSize(),
                config.outputSize(), input.length(), input.batchSize(), layers, run.outputs,
                targets == null ? null : targets.loss(), run.loss,
                grads == null ? java.util.Map.of() : grads.toTensors());
    }

    /** Forward and backward without a trace; adds dL/dθ into {@code grads} (zero it first) and returns L. */
    public double lossAndGradients(Model model, SequenceBatch input, Targets targets, Gradients grads) {
        if (reusable == null || !model.config().equals(boundConfig) || reusable[0].length != input.length()
                || reusable[0].batch != input.batchSize()) {
            reusable = allocate(model.config(), input, true, false);
        }
        return run(model, input, targets, null, reusable, grads).loss;
    }

    /** Forward only; returns the readout's outputs {@code [T][B][O]}. */
    public double[] predict(Model model, SequenceBatch input) {
        LayerArrays[] data = allocate(model.config(), input, false, false);
        return run(model, input, null, null, data, null).outputs;
    }

    /** Forward only; returns the loss against {@code targets}. */
    public double loss(Model model, SequenceBatch input, Targets targets) {
        LayerArrays[] data = allocate(model.config(), input, false, false);
        return run(model, input, targets, null, data, null).loss;
    }

    private record Run(double[] outputs, double loss) {
    }

    private Run run(Model model, SequenceBatch input, Targets targets, InitialState initial, LayerArrays[] data,
                     Gradients grads) {
        ModelConfig config = model.config();
        if (input.features() != config.inputSize()) {
            throw new IllegalArgumentException("the model takes " + config.inputSize() + " input feature(s) per step, "
                    + "the sequence has " + input.features());
        }
        int steps = input.length();
        int batch = input.batchSize();
        if (targets != null) {
            targets.validate(steps, batch, config.outputSize());
        }
        bindKernels(model);
        int stateSize = batch * config.hiddenSize();
        input.copyInto(data[0].input);
        for (int l = 0; l < config.layers(); l++) {
            LayerArrays d = data[l];
            if (l > 0) {
                System.arraycopy(data[l - 1].hidden, 0, d.input, 0, d.input.length);
            }
            d.initialHidden = initial == null ? new double[stateSize] : initial.hidden(l, stateSize);
            if (config.cell().hasCellState()) {
                d.initialCell = initial == null ? new double[stateSize] : initial.cell(l, stateSize);
            }
            kernels[l].forward(d, d.stepJacobianNorm.length > 0);
        }
        int rows = steps * batch;
        LayerArrays top = data[config.layers() - 1];
        double[] outputs = Readout.forward(model, top.hidden, rows);
        if (targets == null) {
            return new Run(outputs, Double.NaN);
        }
        double[] gradOutputs = new double[outputs.length];
        double loss = Readout.loss(outputs, targets, steps, batch, config.outputSize(), gradOutputs);
        if (grads == null) {
            return new Run(outputs, loss);
        }
        double[] fromAbove = Readout.backward(model, top.hidden, gradOutputs, rows, grads);
        for (int l = config.layers() - 1; l >= 0; l--) {
            LayerArrays d = data[l];
            double[] gradPreHidden = config.cell() == CellKind.GRU ? gruScratch(d.gradPre.length) : d.gradPre;
            kernels[l].backward(d, fromAbove, gradPreHidden, grads, l);
            fromAbove = d.gradInput;
        }
        return new Run(outputs, loss);
    }

    private double[] gruScratch(int length) {
        if (gruGradPreHidden == null || gruGradPreHidden.length != length) {
            gruGradPreHidden = new double[length];
        }
        return gruGradPreHidden;
    }

    private void bindKernels(Model model) {
        ModelConfig config = model.config();
        if (!config.equals(boundConfig)) {
            kernels = new LayerKernel[config.layers()];
            for (int l = 0; l < config.layers(); l++) {
                kernels[l] = newKernel(config, l);
                kernels[l].gemm = gemm;
            }
            boundConfig = config;
            reusable = null;
        }
        for (int l = 0; l < config.layers(); l++) {
            kernels[l].bind(model, l);
        }
    }

    private static LayerKernel newKernel(ModelConfig config, int layer) {
        int in = config.layerInputSize(layer);
        int hidden = config.hiddenSize();
        return switch (config.cell()) {
            case RNN -> new RnnKernel(in, hidden, config.nonlinearity());
            case LSTM -> new LstmKernel(in, hidden);
            case GRU -> new GruKernel(in, hidden);
        };
    }

    /**
     * The arrays of a run. {@code record} (a trace) keeps everything; otherwise only what the forward pass and
     * BPTT need: no total or recurrent pre-activations (but the GRU's W_hn h + b_hn, which its backward step
     * reads), and no dL/dx for the first layer, whose input has no parameters.
     */
    private static LayerArrays[] allocate(ModelConfig config, SequenceBatch input, boolean gradients,
                                              boolean record) {
        int steps = input.length();
        int batch = input.batchSize();
        int hidden = config.hiddenSize();
        int rows = config.blockRows();
        int n = steps * batch;
        LayerArrays[] data = new LayerArrays[config.layers()];
        for (int l = 0; l < config.layers(); l++) {
            LayerArrays d = new LayerArrays();
            d.index = l;
            d.cell = config.cell();
            d.nonlinearity = config.nonlinearity();
            d.length = steps;
            d.batch = batch;
            d.inputSize = config.layerInputSize(l);
            d.hiddenSize = hidden;
            d.input = new double[n * d.inputSize];
            d.preInput = new double[n * rows];
            if (record || config.cell() == CellKind.GRU) {
                d.preHidden = new double[n * rows];
            }
            if (record) {
                d.pre = new double[n * rows];
            }
            d.act = new double[n * rows];
            d.hidden = new double[n * hidden];
            if (config.cell().hasCellState()) {
                d.cellState = new double[n * hidden];
                d.tanhCell = new double[n * hidden];
            }
            d.stepJacobianNorm = new double[record ? n : 0];
            if (gradients) {
                d.gradHidden = new double[n * hidden];
                d.gradPre = new double[n * rows];
                if (record || l > 0) {
                    d.gradInput = new double[n * d.inputSize];
                }
                if (config.cell().hasCellState()) {
                    d.gradCell = new double[n * hidden];
                }
            }
            data[l] = d;
        }
        return data;
    }
}
