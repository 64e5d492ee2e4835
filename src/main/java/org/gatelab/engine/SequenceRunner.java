package org.gatelab.engine;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;

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
    private RecurrentStack stack;
    private LayerArrays[][] reusable;

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

    /**
     * Forward and (with targets) backward, recording everything. {@code targets} and {@code initial} may be null.
     * The trace has one {@link LayerTrace} per layer and direction.
     */
    public Trace trace(Model model, SequenceBatch input, Targets targets, InitialState initial) {
        ModelConfig config = model.config();
        Gradients grads = targets == null ? null : new Gradients(model);
        bind(model);
        LayerArrays[][] data = stack.allocate(input.length(), input.batchSize(), targets != null, true, false);
        Run run = run(model, input, targets, initial, data, grads);
        List<LayerTrace> layers = new ArrayList<>();
        for (LayerArrays[] layer : data) {
            for (LayerArrays d : layer) {
                layers.add(d.toTrace());
            }
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
     * dL/dθ into {@code grads} (zero it first). Unidirectional models only: a reverse direction reads the window
     * from its end, so no state carries over to the next window.
     */
    public WindowResult lossAndGradients(Model model, SequenceBatch input, Targets targets, InitialState initial,
                                         Gradients grads) {
        requireUnidirectional(model.config());
        LayerArrays[][] data = reusable(model, input);
        Run run = run(model, input, targets, initial, data, grads);
        return new WindowResult(run.loss, run.outputs, finalState(model.config(), data));
    }

    /** Forward only from {@code initial} (null: zeros); {@code targets} may be null (then the loss is NaN). */
    public WindowResult forward(Model model, SequenceBatch input, Targets targets, InitialState initial) {
        requireUnidirectional(model.config());
        bind(model);
        LayerArrays[][] data = stack.allocate(input.length(), input.batchSize(), false, false, false);
        Run run = run(model, input, targets, initial, data, null);
        return new WindowResult(run.loss, run.outputs, finalState(model.config(), data));
    }

    private LayerArrays[][] reusable(Model model, SequenceBatch input) {
        bind(model);
        if (!stack.fits(reusable, input.length(), input.batchSize())) {
            reusable = stack.allocate(input.length(), input.batchSize(), true, false, false);
        }
        return reusable;
    }

    private static void requireUnidirectional(ModelConfig config) {
        if (config.bidirectional()) {
            throw new IllegalArgumentException("truncated BPTT carries the state forward, which a bidirectional "
                    + "model's reverse direction does not have: use a unidirectional model");
        }
    }

    /** h and c after the last step of every layer: the last {@code [B][H]} block of each state array. */
    private static InitialState finalState(ModelConfig config, LayerArrays[][] data) {
        double[][] hidden = new double[config.layers()][];
        double[][] cell = config.cell().hasCellState() ? new double[config.layers()][] : null;
        for (int l = 0; l < config.layers(); l++) {
            LayerArrays d = data[l][0];
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
        bind(model);
        LayerArrays[][] data = stack.allocate(input.length(), input.batchSize(), false, false, false);
        return run(model, input, null, null, data, null).outputs;
    }

    /** Forward only; returns the loss against {@code targets}. */
    public double loss(Model model, SequenceBatch input, Targets targets) {
        bind(model);
        LayerArrays[][] data = stack.allocate(input.length(), input.batchSize(), false, false, false);
        return run(model, input, targets, null, data, null).loss;
    }

    private record Run(double[] outputs, double loss) {
    }

    private Run run(Model model, SequenceBatch input, Targets targets, InitialState initial, LayerArrays[][] data,
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
        int rows = steps * batch;
        double[] top = stack.forward(data, input.valuesView(), initial, data[0][0].stepJacobianNorm.length > 0);
        double[] outputs = Readout.forward(model, top, rows);
        if (targets == null) {
            return new Run(outputs, Double.NaN);
        }
        double[] gradOutputs = new double[outputs.length];
        double loss = Readout.loss(outputs, targets, steps, batch, config.outputSize(), gradOutputs);
        if (grads == null) {
            return new Run(outputs, loss);
        }
        stack.backward(data, Readout.backward(model, top, gradOutputs, rows, grads), grads);
        return new Run(outputs, loss);
    }

    /** Builds the stack when the model's shape changes, and binds the model's parameters. */
    private void bind(Model model) {
        ModelConfig config = model.config();
        if (!config.equals(boundConfig)) {
            stack = RecurrentStack.of(config, gemm);
            boundConfig = config;
            reusable = null;
        }
        stack.bind(model);
    }
}
