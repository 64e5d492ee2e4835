package org.gatelab.engine;

/**
 * One training step on a mini-batch: forward, BPTT, optional clipping by global norm, optimizer update.
 * A step whose loss or gradients are not finite changes nothing and says so, so the last good parameters
 * are kept. Not thread-safe; everything it does is deterministic.
 */
public final class Trainer {
    private final Model model;
    private final Optimizer optimizer;
    private final double clipNorm;
    private final Gradients gradients;
    private final SequenceRunner runner;
    /** The parameters before the current update, restored if the update leaves them non-finite. */
    private final Model lastGood;

    /** What one step did. {@code gradNorm} is the global gradient norm before clipping. */
    public record StepResult(double loss, double gradNorm, boolean clipped, boolean diverged) {
    }

    /**
     * @param clipNorm the largest global gradient norm allowed ({@code clip_grad_norm_}); 0 or less: no clipping
     */
    public Trainer(Model model, Optimizer optimizer, double clipNorm) {
        this(model, optimizer, clipNorm, 1);
    }

    /**
     * @param threads threads for each step's forward and backward pass (see {@link SequenceRunner}); the
     *                results are the same bit for bit whatever the count
     */
    public Trainer(Model model, Optimizer optimizer, double clipNorm, int threads) {
        this.runner = new SequenceRunner(threads);
        this.model = model;
        this.optimizer = optimizer;
        this.clipNorm = clipNorm;
        this.gradients = new Gradients(model);
        this.lastGood = new Model(model.config());
    }

    public Model model() {
        return model;
    }

    /** What one window of truncated BPTT did, and the state it ended in (the next window's initial state). */
    public record WindowStep(StepResult step, InitialState finalState) {
    }

    public StepResult step(SequenceBatch input, Targets targets) {
        gradients.zero();
        return update(runner.lossAndGradients(model, input, targets, gradients));
    }

    /**
     * One step of truncated BPTT: forward from {@code initial} (the previous window's final state; null: zeros),
     * backward within the window only, then the update. The final state is that of the forward pass, before the
     * update, as in PyTorch's usual loop.
     */
    public WindowStep stepFrom(SequenceBatch input, Targets targets, InitialState initial) {
        gradients.zero();
        SequenceRunner.WindowResult window = runner.lossAndGradients(model, input, targets, initial, gradients);
        return new WindowStep(update(window.loss()), window.finalState());
    }

    private StepResult update(double loss) {
        double norm = gradients.globalNorm();
        if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
            return new StepResult(loss, norm, false, true);
        }
        boolean clipped = false;
        if (clipNorm > 0) {
            // clip_grad_norm_ scales by max_norm / (norm + 1e-6) whenever that factor is below 1
            clipped = clipNorm / (norm + 1e-6) < 1;
            gradients.clipGlobalNorm(clipNorm);
        }
        model.copyInto(lastGood);
        optimizer.step(model, gradients);
        if (!model.isFinite()) {
            // the update itself overflowed (finite loss and gradients, huge learning rate): undo it
            lastGood.copyInto(model);
            return new StepResult(loss, norm, clipped, true);
        }
        return new StepResult(loss, norm, clipped, false);
    }

    /** The loss on {@code input} without changing anything. */
    public double evaluate(SequenceBatch input, Targets targets) {
        return runner.loss(model, input, targets);
    }
}
