package org.gatelab.viewmodel.workspace;

import org.gatelab.engine.Model;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.tasks.text.Vocabulary;

/**
 * A model to look inside instead of the seed's initial weights, e.g. one being trained in the training
 * lab, with the sequence to run it on.
 *
 * @param model      a copy the workspace owns (never the one being trained)
 * @param sample     the input and target to trace
 * @param label      what the model is, in words, e.g. "trained LSTM · Adding problem · epoch 12 of 20"
 * @param inputName  a short name of the input for file names ({@code "adding"}), or null to use the settings'
 *                   input's
 * @param vocabulary a character model's vocabulary, so that a text typed in the workspace is read by the same
 *                   model; null for any other model
 */
public record Inspection(Model model, SampleSequence sample, String label, String inputName, Vocabulary vocabulary) {
    /** An inspection whose input is the one the workspace's settings describe. */
    public Inspection(Model model, SampleSequence sample, String label) {
        this(model, sample, label, null, null);
    }

    /** A character model's inspection: a text typed in the workspace is read with {@code vocabulary}. */
    public Inspection(Model model, SampleSequence sample, String label, Vocabulary vocabulary) {
        this(model, sample, label, null, vocabulary);
    }

    /** The input in words, for the card that names the model: {@code "Input: Adding problem · T = 50"}. */
    public String inputWords() {
        return "Input: " + sample.description() + " · T = " + sample.input().length();
    }
}
