package org.gatelab.viewmodel.workspace;

import org.gatelab.engine.Model;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.tasks.text.Vocabulary;

/**
 * A model to look inside instead of the seed's initial weights, e.g. one being trained in the training
 * lab, with the sequence to run it on.
 *
 * @param model  a copy the workspace owns (never the one being trained)
 * @param sample the input and target to trace
 * @param label  what the model is, in words, e.g. "trained LSTM, adding problem, epoch 12"
 * @param vocabulary a character model's vocabulary, so that a text typed in the workspace is read by the same
 *                   model; null for any other model
 */
public record Inspection(Model model, SampleSequence sample, String label, Vocabulary vocabulary) {
    public Inspection(Model model, SampleSequence sample, String label) {
        this(model, sample, label, null);
    }
}
