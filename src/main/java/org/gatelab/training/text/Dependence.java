package org.gatelab.training.text;

import java.util.Arrays;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.Targets;
import org.gatelab.engine.trace.Trace;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextStreams;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.vocabulary.LossKind;

/**
 * What a prediction depends on (Distill's "Memorization in RNNs", Madsen 2019): for the character at position
 * p of a text, how strongly the loss of its prediction, L_p = -log P(text[p] | text[0..p-1]), reacts to each
 * character before it, measured as the gradient norm ‖∂L_p/∂x_s‖ over the one-hot input x_s, s = 0 .. p - 1.
 * It is the connectivity the engine records (dL/dx_t of the first layer) for a run over text[0..p-1] whose loss
 * is the last step's cross-entropy against text[p].
 */
public final class Dependence {
    private Dependence() {
    }

    /**
     * ‖∂L_p/∂x_s‖ for s = 0 .. p - 1 (index s), from a zero state.
     *
     * @param position p, from 1 (the first character has nothing before it)
     * @throws IllegalArgumentException when p is outside 1 .. the text's last position, or the character at p is
     *                                  outside the model's vocabulary (there is no loss to differentiate)
     */
    public static double[] of(CharModel model, String text, int position) {
        int[] cps = text.codePoints().toArray();
        if (position < 1 || position >= cps.length) {
            throw new IllegalArgumentException("choose a character from the 2nd to the last (" + cps.length
                    + "): the first has nothing before it, got position " + (position + 1));
        }
        TextReading.LENGTH.check("characters before the prediction", position);
        Vocabulary vocabulary = model.vocabulary();
        if (!vocabulary.contains(cps[position])) {
            throw new IllegalArgumentException("the character " + Vocabulary.describe(cps[position]) + " at position "
                    + (position + 1) + " is outside the model's vocabulary: it has no prediction to explain");
        }
        int[] symbols = vocabulary.encode(new String(cps, 0, position));
        Trace trace = new SequenceRunner().trace(model.model(), TextStreams.oneHot(symbols, vocabulary.size()),
                Targets.classes(LossKind.CE_LAST, vocabulary.index(cps[position])), null);
        double[] out = new double[position];
        for (int s = 0; s < position; s++) {
            out[s] = trace.layer(0).gradInputNorm(s);
        }
        return out;
    }

    /** The largest value, for a shared colour scale (0 for an empty array). */
    public static double max(double[] norms) {
        return Arrays.stream(norms).max().orElse(0);
    }
}
