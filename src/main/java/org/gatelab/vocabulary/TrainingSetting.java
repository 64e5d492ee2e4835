package org.gatelab.vocabulary;

/**
 * The training lab's numeric training settings, in form order, with their ranges from {@link Ranges}. The training
 * configuration reads and changes them ({@code TrainingConfig.value}, {@code TrainingConfig.with}).
 */
public enum TrainingSetting implements SettingField {
    HIDDEN("hidden", "Hidden units", Ranges.HIDDEN.text(), "Units per layer: the size of hₜ (and cₜ)"),
    LAYERS("layers", "Layers", Ranges.LAYERS.text(), "Stacked recurrent layers"),
    LEARNING_RATE("learning_rate", "Learning rate", Ranges.LEARNING_RATE.text(),
            "How far each update moves the weights: too small learns slowly, too large diverges"),
    MOMENTUM("momentum", "Momentum", Ranges.MOMENTUM.text(), "SGD only: how much of the last update is kept"),
    BATCH_SIZE("batch_size", "Batch size", Ranges.BATCH_SIZE.text(), "Sequences averaged per update"),
    CLIP_NORM("clip_norm", "Clip norm", Ranges.CLIP_NORM.text(),
            "Largest global gradient norm: longer gradients are scaled down to it before the update"),
    EPOCHS("epochs", "Epochs", Ranges.EPOCHS.text(), "Passes over the training set"),
    SEED("seed", "Seed", "any whole number", "Seeds the data, the initial weights and the batch order"),
    GATE_BIAS("gate_bias", "Gate bias", Ranges.GATE_BIAS.text() + "; empty: the scheme's own",
            "The LSTM's forget-gate bias b_f (the GRU's update-gate bias b_z) at initialization: "
                    + "large values keep the memory open at the start");

    private final Setting setting;

    TrainingSetting(String key, String label, String range, String help) {
        this.setting = new Setting(key, label, range, help);
    }

    @Override
    public Setting setting() {
        return setting;
    }

    /** The setting saved under {@code key}, or null. */
    public static TrainingSetting byKey(String key) {
        for (TrainingSetting s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
