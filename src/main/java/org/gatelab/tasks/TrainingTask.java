package org.gatelab.tasks;

import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * A task of the training lab: its settings, what the UI says about it, and a deterministic generator of its
 * training and validation data. Implementations are immutable records whose constructors check every setting.
 */
public interface TrainingTask {
    /** Sequences in a training or a validation set (the tasks of whole sequences: adding, copy, Reber). */
    Range SET_SIZE = Range.of(10, 100_000);

    TaskKind kind();

    /** The command-line name, e.g. {@code adding}. */
    default String id() {
        return kind().id();
    }

    /** A short title for menus, e.g. "Adding problem". */
    String title();

    /** One paragraph for the UI: what the task is, what to expect with the defaults, and why. */
    String explanation();

    /** The loss the model is trained with (one the engine has). */
    LossKind loss();

    /** Input features per step. */
    int inputSize();

    /** Readout outputs per step (real values for mse, classes for ce). */
    int outputSize();

    /** Steps per sequence. */
    int length();

    /** The settings in one line, e.g. "T = 50, 4000 training / 500 validation sequences". */
    String describe();

    /** The data for {@code seed}: the same seed gives the same data, bit for bit. */
    TaskData generate(long seed);
}
