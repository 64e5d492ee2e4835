package org.gatelab.training;

import org.gatelab.tasks.TaskDefaults;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.TaskKind;

/**
 * The training lab's default training settings, in one place: the UI starts from these and the {@code train} and
 * {@code compare} commands use them for every option not given. The tasks' defaults are in {@link TaskDefaults}.
 */
public final class TrainingDefaults {
    private TrainingDefaults() {
    }

    // ---- training ----
    public static final CellKind CELL = CellKind.LSTM;
    public static final int HIDDEN = 32;
    public static final int LAYERS = 1;
    public static final double LEARNING_RATE = 0.01;
    public static final OptimizerKind OPTIMIZER = OptimizerKind.ADAM;
    public static final double MOMENTUM = 0.9;
    public static final int BATCH_SIZE = 32;
    public static final double CLIP_NORM = 1.0;
    public static final int EPOCHS = 20;
    public static final long SEED = 1;
    public static final InitScheme INIT = InitScheme.PYTORCH_DEFAULT;
    /** NaN: the scheme's own gate bias. */
    public static final double GATE_BIAS = Double.NaN;

    /** The default training settings. */
    public static TrainingConfig config() {
        return new TrainingConfig(CELL, Nonlinearity.TANH, HIDDEN, LAYERS, LEARNING_RATE, OPTIMIZER, MOMENTUM,
                BATCH_SIZE, CLIP_NORM, EPOCHS, SEED, INIT, GATE_BIAS);
    }

    /** The default training settings for a task (the same for every task at present). */
    public static TrainingConfig config(TaskKind kind) {
        return config();
    }
}
