package org.gatelab.tasks;

import java.util.List;
import java.util.Objects;

/**
 * What a task generated for one seed. Immutable.
 *
 * @param task            the task and its settings
 * @param train           the training set
 * @param validation      the validation set (never trained on)
 * @param baselineValLoss the validation loss of the best constant prediction (the validation targets' mean,
 *                        or their class frequencies): a model must beat this to have learnt anything
 * @param naiveValLoss    forecasting tasks: the validation loss of "the next value equals the last one";
 *                        NaN for other tasks
 * @param chanceAccuracy  the accuracy of uniform guessing, NaN for tasks without accuracy
 * @param normalization   the z-score applied to the series (computed on its training part), or
 *                        {@link Normalization#IDENTITY}
 * @param notes           things the user should be told about the data, e.g. "skipped 3 rows with missing values"
 * @param extras          task-specific figures computed from predictions
 * @param baselines       further references scored on the validation set in the model's loss units (seasonal
 *                        naive, linear autoregression), beyond the best constant and the naive forecast; may be
 *                        empty
 */
public record TaskData(TrainingTask task, SequenceSet train, SequenceSet validation, double baselineValLoss,
                       double naiveValLoss, double chanceAccuracy, Normalization normalization, List<String> notes,
                       ExtraMetrics extras, List<Baseline> baselines) {
    public TaskData {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(train, "training set");
        Objects.requireNonNull(validation, "validation set");
        notes = List.copyOf(notes);
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
        normalization = normalization == null ? Normalization.IDENTITY : normalization;
        extras = extras == null ? ExtraMetrics.NONE : extras;
        if (train.loss() != task.loss() || validation.loss() != task.loss()
                || train.features() != task.inputSize() || validation.features() != task.inputSize()
                || train.outputSize() != task.outputSize() || validation.outputSize() != task.outputSize()) {
            throw new IllegalArgumentException("the sets do not match the task " + task.id());
        }
    }

    /** Data without further references. */
    public TaskData(TrainingTask task, SequenceSet train, SequenceSet validation, double baselineValLoss,
                    double naiveValLoss, double chanceAccuracy, Normalization normalization, List<String> notes,
                    ExtraMetrics extras) {
        this(task, train, validation, baselineValLoss, naiveValLoss, chanceAccuracy, normalization, notes, extras,
                List.of());
    }

    /** Data with the baseline, chance accuracy taken from the validation set, no naive forecast. */
    static TaskData of(TrainingTask task, SequenceSet train, SequenceSet validation, ExtraMetrics extras) {
        return new TaskData(task, train, validation, validation.constantLoss(), Double.NaN,
                validation.chanceAccuracy(), Normalization.IDENTITY, List.of(), extras);
    }

    /** The further reference with this id (e.g. {@code linear_ar}), or null. */
    public Baseline baseline(String id) {
        for (Baseline b : baselines) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        return null;
    }

    /** True when the task reports an accuracy. */
    public boolean hasAccuracy() {
        return validation.hasAccuracy();
    }
}
