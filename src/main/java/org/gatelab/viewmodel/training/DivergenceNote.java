package org.gatelab.viewmodel.training;

/**
 * What the training lab says when a run diverges: a lesson, not an error. Immutable.
 *
 * @param epoch                 the epoch in which the run blew up (1-based)
 * @param headline              e.g. "Training diverged in epoch 1"
 * @param what                  the run's own account: which loss or norm blew up, in which batch
 * @param explanation           why this happens, pointing at the gradient-norm plot
 * @param advice                what to try, for this optimizer and clipping
 * @param learningRate          the learning rate that diverged
 * @param suggestedLearningRate a ten times smaller one
 * @param clipNorm              the clip norm used (0: off)
 * @param suggestedClipNorm     a clip norm worth trying, or NaN when clipping will not help (Adam, clipped)
 */
public record DivergenceNote(int epoch, String headline, String what, String explanation, String advice,
                             double learningRate, double suggestedLearningRate, double clipNorm,
                             double suggestedClipNorm) {
    /** The whole note as one text. */
    public String text() {
        return headline + ". " + what + " " + explanation + " " + advice;
    }
}
