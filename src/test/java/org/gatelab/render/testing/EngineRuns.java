package org.gatelab.render.testing;

import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.Spectra;
import org.gatelab.engine.Targets;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.engine.trace.RecurrentWeights;
import org.gatelab.engine.trace.Trace;

/**
 * Runs of the real engine for painter tests, straight from the engine (no view model): a model from a seed, a
 * sine-like input with two features, and a regression target at every step or at the last.
 */
public final class EngineRuns {
    private EngineRuns() {
    }

    /** A one-layer model of {@code cell} with {@code hidden} units, PyTorch's initialization from {@code seed}. */
    public static Model model(CellKind cell, int hidden, long seed) {
        return Initializer.create(new ModelConfig(cell, Nonlinearity.TANH, 2, hidden, 1, 1),
                InitSpec.pytorchDefault(seed));
    }

    /** W_hh of layer 0 of {@link #model}. */
    public static RecurrentWeights weights(CellKind cell, int hidden, long seed) {
        return Spectra.of(model(cell, hidden, seed), 0);
    }

    /** The trace of {@link #model} over {@code length} steps of two features, with a target by {@code loss}. */
    public static Trace trace(CellKind cell, int hidden, int length, LossKind loss, long seed) {
        Model model = model(cell, hidden, seed);
        double[][] rows = new double[length][2];
        for (int t = 0; t < length; t++) {
            rows[t][0] = Math.sin(0.4 * t);
            rows[t][1] = t % 5 == 0 ? 1 : 0;
        }
        SequenceBatch input = SequenceBatch.ofSequence(rows);
        double[] targets = new double[loss.isLastStepOnly() ? 1 : length];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = Math.cos(0.4 * i);
        }
        return new SequenceRunner().trace(model, input, Targets.regression(loss, targets), null);
    }
}
