package org.gatelab.viewmodel.language;

import org.gatelab.tasks.text.TextTask;
import org.gatelab.training.text.Sampler;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.Ranges;

/** The language lab's numeric settings as its form shows them: label, allowed values and what each does. */
public enum TextLabField {
    HIDDEN("Hidden units", Ranges.HIDDEN, "Units of the recurrent layer"),
    EPOCHS("Epochs", Ranges.EPOCHS, "Passes over the training text"),
    WINDOW("Window T", TextTask.WINDOW,
            "Characters per window of truncated BPTT: the gradient flows back this far, the state carries on"),
    LEARNING_RATE("Learning rate", Ranges.LEARNING_RATE, "Adam's step size"),
    SEED("Seed", Ranges.SEED_SPINNER, "Seeds the initial weights, the held-out lines and the samples"),
    TEMPERATURE("Temperature", Sampler.TEMPERATURE,
            "Of the sample after each epoch: below 1 safer and more repetitive, above 1 more surprising");

    private final String label;
    private final Range range;
    private final String help;

    TextLabField(String label, Range range, String help) {
        this.label = label;
        this.range = range;
        this.help = help;
    }

    public String label() {
        return label;
    }

    public Range range() {
        return range;
    }

    /** The tooltip: what the setting does and its allowed values. */
    public String help() {
        return help + " (" + range.text() + ")";
    }
}
