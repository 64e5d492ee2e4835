package org.gatelab.training.text;

import org.gatelab.engine.InitialState;
import org.gatelab.engine.Model;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.tasks.Batch;
import org.gatelab.tasks.text.TextStreams;

/**
 * A model's bits per character on a text read as {@link TextStreams} (forward only): window after window with
 * the state carried on, as in training, each stream starting from zeros.
 */
public final class TextEvaluation {
    private TextEvaluation() {
    }

    /** Mean bits per character over every prediction of the streams. */
    public static double bitsPerCharacter(SequenceRunner runner, Model model, TextStreams streams) {
        InitialState state = null;
        double nats = 0;
        for (int k = 0; k < streams.windows(); k++) {
            Batch b = streams.batch(k);
            SequenceRunner.WindowResult w = runner.forward(model, b.input(), b.targets(), state);
            nats += w.loss() * streams.length(k) * streams.streams();
            state = w.finalState();
        }
        return Bits.fromNats(nats / streams.predictions());
    }
}
