package org.gatelab.engine;

/**
 * One training step of an encoder-decoder on a mini-batch, as {@link Trainer} does for a plain model: forward
 * with teacher forcing, backward, clipping by global norm, the optimizer's update; a step whose loss, gradients
 * or update are not finite changes nothing and says so. Not thread-safe; deterministic.
 */
public final class Seq2SeqTrainer {
    private final Seq2SeqModel model;
    private final Optimizer optimizer;
    private final double clipNorm;
    private final Gradients gradients;
    private final Seq2SeqRunner runner;
    private final Seq2SeqModel lastGood;

    /**
     * @param clipNorm the largest global gradient norm allowed; 0 or less: no clipping
     * @param threads  threads for the recurrent stacks; the results are the same bit for bit whatever the count
     */
    public Seq2SeqTrainer(Seq2SeqModel model, Optimizer optimizer, double clipNorm, int threads) {
        this.model = model;
        this.optimizer = optimizer;
        this.clipNorm = clipNorm;
        this.gradients = new Gradients(model);
        this.runner = new Seq2SeqRunner(threads);
        this.lastGood = new Seq2SeqModel(model.config());
    }

    public Seq2SeqModel model() {
        return model;
    }

    public Trainer.StepResult step(Seq2SeqBatch batch) {
        gradients.zero();
        double loss = runner.lossAndGradients(model, batch, gradients);
        double norm = gradients.globalNorm();
        if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
            return new Trainer.StepResult(loss, norm, false, true);
        }
        boolean clipped = false;
        if (clipNorm > 0) {
            clipped = clipNorm / (norm + 1e-6) < 1;
            gradients.clipGlobalNorm(clipNorm);
        }
        model.copyInto(lastGood);
        optimizer.step(model, gradients);
        if (!model.isFinite()) {
            lastGood.copyInto(model);
            return new Trainer.StepResult(loss, norm, clipped, true);
        }
        return new Trainer.StepResult(loss, norm, clipped, false);
    }
}
