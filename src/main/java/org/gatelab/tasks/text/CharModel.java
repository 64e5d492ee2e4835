package org.gatelab.tasks.text;

import java.util.Objects;
import org.gatelab.engine.Model;

/**
 * A character model: a recurrent model whose input and output are one-hot over a {@link Vocabulary}, with the
 * vocabulary it was trained with and the corpus it was trained on. A model file carries both, so the model can
 * be sampled from and looked into with nothing else.
 *
 * @param model      the network (the holder must not train it further while others read it)
 * @param vocabulary its characters: input size = output size = the vocabulary's size
 * @param corpus     the corpus's name, e.g. {@code names}; empty when unknown
 */
public record CharModel(Model model, Vocabulary vocabulary, String corpus) {
    public CharModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(vocabulary, "vocabulary");
        corpus = corpus == null ? "" : corpus;
        int v = vocabulary.size();
        if (model.config().inputSize() != v || model.config().outputSize() != v) {
            throw new IllegalArgumentException("a character model over " + v + " symbols needs input and output "
                    + "size " + v + ", this model has " + model.config().inputSize() + " and "
                    + model.config().outputSize());
        }
    }

    /** E.g. "LSTM, 32 units, names". */
    public String label() {
        return model.config().cell().name() + ", " + model.config().hiddenSize() + " units"
                + (model.config().layers() > 1 ? " x " + model.config().layers() + " layers" : "")
                + (corpus.isEmpty() ? "" : ", " + corpus);
    }
}
