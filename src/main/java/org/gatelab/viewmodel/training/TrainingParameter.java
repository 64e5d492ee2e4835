package org.gatelab.viewmodel.training;

import org.gatelab.tasks.TrainingConfig;

/**
 * The numeric training settings as a form shows them. Each reads its value from a {@link TrainingConfig} and
 * makes a changed config, whose constructor checks the value: the message of a refused value is the config's
 * own ("learning rate must be between 0.000001 and 1000, got 5000").
 */
public enum TrainingParameter implements SettingField {
    HIDDEN("hidden", "Hidden units", "1 to 1024", "Units per layer: the size of h_t (and c_t)"),
    LAYERS("layers", "Layers", "1 to 3", "Stacked recurrent layers"),
    LEARNING_RATE("learning_rate", "Learning rate", "0.000001 to 1000",
            "How far each update moves the weights: too small learns slowly, too large diverges"),
    MOMENTUM("momentum", "Momentum", "0 to 0.999", "SGD only: how much of the last update is kept"),
    BATCH_SIZE("batch_size", "Batch size", "1 to 1024", "Sequences averaged per update"),
    CLIP_NORM("clip_norm", "Clip norm", "0 (off) to 1000000",
            "Largest global gradient norm: longer gradients are scaled down to it before the update"),
    EPOCHS("epochs", "Epochs", "1 to 10000", "Passes over the training set"),
    SEED("seed", "Seed", "any whole number", "Seeds the data, the initial weights and the batch order"),
    GATE_BIAS("gate_bias", "Gate bias", "-20 to 20; empty: the scheme's own",
            "The LSTM's forget-gate bias b_f (the GRU's update-gate bias b_z) at initialization: "
                    + "large values keep the memory open at the start");

    private final String key;
    private final String label;
    private final String range;
    private final String help;

    TrainingParameter(String key, String label, String range, String help) {
        this.key = key;
        this.label = label;
        this.range = range;
        this.help = help;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String range() {
        return range;
    }

    @Override
    public String help() {
        return help;
    }

    /** The parameter saved under {@code key}, or null. */
    public static TrainingParameter byKey(String key) {
        for (TrainingParameter p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** The value in {@code c} (NaN for the scheme's own gate bias). */
    public double value(TrainingConfig c) {
        return switch (this) {
            case HIDDEN -> c.hidden();
            case LAYERS -> c.layers();
            case LEARNING_RATE -> c.learningRate();
            case MOMENTUM -> c.momentum();
            case BATCH_SIZE -> c.batchSize();
            case CLIP_NORM -> c.clipNorm();
            case EPOCHS -> c.epochs();
            case SEED -> c.seed();
            case GATE_BIAS -> c.gateBias();
        };
    }

    /** The value in {@code c} as the field shows it (empty for the scheme's own gate bias). */
    public String text(TrainingConfig c) {
        return this == SEED ? Long.toString(c.seed()) : NumberText.format(value(c));
    }

    /**
     * {@code c} with this setting set to the typed {@code text}.
     *
     * @throws IllegalArgumentException with the reason, naming the setting
     */
    public TrainingConfig apply(TrainingConfig c, String text) {
        return switch (this) {
            case HIDDEN -> c.withHidden(NumberText.parseInt(label, text));
            case LAYERS -> c.withLayers(NumberText.parseInt(label, text));
            case LEARNING_RATE -> c.withLearningRate(NumberText.parseDouble(label, text));
            case MOMENTUM -> c.withOptimizer(c.optimizer(), NumberText.parseDouble(label, text));
            case BATCH_SIZE -> c.withBatchSize(NumberText.parseInt(label, text));
            case CLIP_NORM -> c.withClipNorm(NumberText.parseDouble(label, text));
            case EPOCHS -> c.withEpochs(NumberText.parseInt(label, text));
            case SEED -> c.withSeed(NumberText.parseLong(label, text));
            case GATE_BIAS -> c.withInit(c.init(), text == null || text.isBlank() ? Double.NaN
                    : NumberText.parseDouble(label, text));
        };
    }
}
