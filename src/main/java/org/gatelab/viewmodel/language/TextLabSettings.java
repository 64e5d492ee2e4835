package org.gatelab.viewmodel.language;

import java.util.Objects;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.training.text.SampleSpec;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.NumberText;

/**
 * What the language lab trains: the corpus and the settings its form shows; everything else is the training lab's
 * defaults ({@link TrainingDefaults}: Adam, clip 1, batch 32, one layer). Immutable; every value is checked.
 *
 * @param corpus       {@code names}, {@code moby-dick}, {@code brackets} or a file's path
 * @param cell         the cell to train
 * @param hidden       units
 * @param epochs       passes over the training text
 * @param window       T of truncated BPTT
 * @param learningRate Adam's step size
 * @param seed         the weights', the held-out lines' and the samples' seed
 * @param temperature  of the sample after each epoch
 */
public record TextLabSettings(String corpus, CellKind cell, int hidden, int epochs, int window, double learningRate,
                              long seed, double temperature) {
    public TextLabSettings {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(cell, "cell");
        TextLabField.HIDDEN.range().check("hidden units", hidden);
        TextLabField.EPOCHS.range().check("epochs", epochs);
        TextLabField.WINDOW.range().check("window T", window);
        TextLabField.LEARNING_RATE.range().check("learning rate", learningRate);
        TextLabField.TEMPERATURE.range().check("temperature", temperature);
    }

    /** The names corpus with the training lab's defaults and the text task's window. */
    public static TextLabSettings defaults() {
        TrainingConfig d = TrainingDefaults.config();
        return new TextLabSettings("names", d.cell(), d.hidden(), d.epochs(), org.gatelab.tasks.text.TextTask
                .DEFAULT_WINDOW, d.learningRate(), d.seed(), SampleSpec.DEFAULT.temperature());
    }

    /** The training settings: these over the training lab's defaults. */
    public TrainingConfig config() {
        return TrainingDefaults.config().withCell(cell).withHidden(hidden).withEpochs(epochs)
                .withLearningRate(learningRate).withSeed(seed);
    }

    /** The sample after each epoch. */
    public SampleSpec sampleSpec() {
        return new SampleSpec("", SampleSpec.DEFAULT.length(), temperature);
    }

    /** A field's value as the form shows it. */
    public String text(TextLabField f) {
        return switch (f) {
            case HIDDEN -> Integer.toString(hidden);
            case EPOCHS -> Integer.toString(epochs);
            case WINDOW -> Integer.toString(window);
            case LEARNING_RATE -> NumberText.plain(learningRate);
            case SEED -> Long.toString(seed);
            case TEMPERATURE -> NumberText.plain(temperature);
        };
    }

    /**
     * These settings with a field set to the typed text.
     *
     * @throws IllegalArgumentException naming the field and why the text is refused
     */
    public TextLabSettings with(TextLabField f, String text) {
        String label = f.label();
        return switch (f) {
            case HIDDEN -> new TextLabSettings(corpus, cell, NumberText.parseInt(label, text), epochs, window,
                    learningRate, seed, temperature);
            case EPOCHS -> new TextLabSettings(corpus, cell, hidden, NumberText.parseInt(label, text), window,
                    learningRate, seed, temperature);
            case WINDOW -> new TextLabSettings(corpus, cell, hidden, epochs, NumberText.parseInt(label, text),
                    learningRate, seed, temperature);
            case LEARNING_RATE -> new TextLabSettings(corpus, cell, hidden, epochs, window,
                    NumberText.parseDouble(label, text), seed, temperature);
            case SEED -> new TextLabSettings(corpus, cell, hidden, epochs, window, learningRate,
                    NumberText.parseLong(label, text), temperature);
            case TEMPERATURE -> new TextLabSettings(corpus, cell, hidden, epochs, window, learningRate, seed,
                    NumberText.parseDouble(label, text));
        };
    }

    public TextLabSettings withCorpus(String c) {
        return new TextLabSettings(c, cell, hidden, epochs, window, learningRate, seed, temperature);
    }

    public TextLabSettings withCell(CellKind c) {
        return new TextLabSettings(corpus, c, hidden, epochs, window, learningRate, seed, temperature);
    }
}
