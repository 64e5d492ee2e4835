package org.gatelab.training;

import org.gatelab.engine.Model;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.tasks.Predictions;
import org.gatelab.tasks.SequenceSet;

/** A model's predictions on a whole {@link SequenceSet}, computed in chunks to bound the memory used. */
public final class Evaluation {
    /** Sequences per forward pass. */
    static final int CHUNK = 256;

    private Evaluation() {
    }

    /** The model's readout on every sequence of {@code set} (forward only, single-threaded). */
    public static Predictions predict(Model model, SequenceSet set) {
        return predict(new SequenceRunner(), model, set);
    }

    static Predictions predict(SequenceRunner runner, Model model, SequenceSet set) {
        int n = set.size();
        int steps = set.predictedSteps();
        int length = set.length();
        int width = set.outputSize();
        if (model.config().inputSize() != set.features() || model.config().outputSize() != width) {
            throw new IllegalArgumentException("a model with " + model.config().inputSize() + " input(s) and "
                    + model.config().outputSize() + " output(s) cannot predict a set with " + set.features()
                    + " feature(s) and " + width + " output(s)");
        }
        double[] out = new double[n * steps * width];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int from = 0; from < n; from += CHUNK) {
            int count = Math.min(CHUNK, n - from);
            // y is [T][B][O]; keep every step, or only t = T-1, sequence-major
            double[] y = runner.predict(model, set.batch(order, from, count).input());
            int firstStep = length - steps;
            for (int b = 0; b < count; b++) {
                for (int s = 0; s < steps; s++) {
                    System.arraycopy(y, ((firstStep + s) * count + b) * width, out,
                            (((from + b) * steps) + s) * width, width);
                }
            }
        }
        return Predictions.wrap(n, steps, width, out);
    }
}
