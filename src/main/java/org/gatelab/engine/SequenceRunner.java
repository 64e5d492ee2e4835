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
    private LayerTrace.Data[] reusable;
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
        LayerTrace.Data[] data = allocate(config, input, targets != null, true);
        Run run = run(model, input, targets, initial, data, grads);
        List<LayerTrace> layers = new ArrayList<>();
        for (LayerTrace.Data d : data) {
            layers.add(new LayerTrace(d));
        }
        return new Trace(config.cell(), config.nonlinearity(), config.inputSize(), config.hiddenSize(),
                config.outputSize(), input.length(), input.batchSize(), layers, run.outputs,
                targets == null ? null : targets.loss(), run.loss,
                grads == null ? java.util.Map.of() : grads.toTensors());
    }

    /** Forward and backward without a trace; adds dL/dθ into {@code grads} (zero it first) and returns L. */
    public double lossAndGradients(Model model, SequenceBatch input, Targets targets, Gradients grads) {
        return run(model, input, targets, null, reusable(model, input), grads).loss;
    }

    /**
     * What a run from a given state leaves behind, for truncated BPTT: the next window starts from
     * {@code finalState} (h_T, and c_T for the LSTM, of every layer), whose values carry over while the gradient
     * stops at the window's edge, as with PyTorch's {@code h.detach()}.
     *
     * @param loss       the window's loss, NaN without targets
     * @param outputs    the readout's outputs {@code [T][B][O]} (a fresh array the caller owns)
     * @param finalState the state after the window's last step
     */
    public record WindowResult(double loss, double[] outputs, InitialState finalState) {
    }

    /**
     * One window of truncated BPTT: forward from {@code initial} (null: zeros), backward within the window; adds
     * dL/dθ into {@code grads} (zero it first).
     */
    public WindowResult lossAndGradients(Model model, SequenceBatch input, Targets targets, InitialState initial,
                                         Gradients grads) {
        LayerTrace.Data[] data = reusable(model, input);
        Run run = run(model, input, targets, initial, data, grads);
        return new WindowResult(run.loss, run.outputs, finalState(model.config(), data));
    }

    /** Forward only from {@code initial} (null: zeros); {@code targets} may be null (then the loss is NaN). */
    public WindowResult forward(Model model, SequenceBatch input, Targets targets, InitialState initial) {
        LayerTrace.Data[] data = allocate(model.config(), input, false, false);
        Run run = run(model, input, targets, initial, data, null);
        return new WindowResult(run.loss, run.outputs, finalState(model.config(), data));
    }

    private LayerTrace.Data[] reusable(Model model, SequenceBatch input) {
        if (reusable == null || !model.config().equals(boundConfig) || reusable[0].length != input.length()
                || reusable[0].batch != input.batchSize()) {
            reusable = allocate(model.config(), input, true, false);
        }
        return reusable;
    }

    /** h and c after the last step of every layer: the last {@code [B][H]} block of each state array. */
    private static InitialState finalState(ModelConfig config, LayerTrace.Data[] data) {
        double[][] hidden = new double[config.layers()][];
        double[][] cell = config.cell().hasCellState() ? new double[config.layers()][] : null;
        for (int l = 0; l < config.layers(); l++) {
            LayerTrace.Data d = data[l];
            int size = d.batch * d.hiddenSize;
            int from = (d.length - 1) * size;
            hidden[l] = java.util.Arrays.copyOfRange(d.hidden, from, from + size);
            if (cell != null) {
                cell[l] = java.util.Arrays.copyOfRange(d.cellState, from, from + size);
            }
        }
        return new InitialState(hidden, cell);
    }

    /** Forward only; returns the readout's outputs {@code [T][B][O]}. */
    public double[] predict(Model model, SequenceBatch input) {
        LayerTrace.Data[] data = allocate(model.config(), input, false, false);
        return run(model, input, null, null, data, null).outputs;
    }

    /** Forward only; returns the loss against {@code targets}. */
    public double loss(Model model, SequenceBatch input, Targets targets) {
        LayerTrace.Data[] data = allocate(model.config(), input, false, false);
        return run(model, input, targets, null, data, null).loss;
    }

    private record Run(double[] outputs, double loss) {
    }

    private Run run(Model model, SequenceBatch input, Targets targets, InitialState initial, LayerTrace.Data[] data,
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
            LayerTrace.Data d = data[l];
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
        LayerTrace.Data top = data[config.layers() - 1];
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
            LayerTrace.Data d = data[l];
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
    private static LayerTrace.Data[] allocate(ModelConfig config, SequenceBatch input, boolean gradients,
                                              boolean record) {
        int steps = input.length();
        int batch = input.batchSize();
        int hidden = config.hiddenSize();
        int rows = config.blockRows();
        int n = steps * batch;
        LayerTrace.Data[] data = new LayerTrace.Data[config.layers()];
        for (int l = 0; l < config.layers(); l++) {
            LayerTrace.Data d = new LayerTrace.Data();
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
