package org.gatelab.viewmodel.compare;

import java.util.List;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.AnomalyTask;
import org.gatelab.tasks.CopyTask;
import org.gatelab.tasks.ForecastingTask;
import org.gatelab.tasks.RandomWalkTask;
import org.gatelab.tasks.ReberTask;
import org.gatelab.tasks.SineTask;
import org.gatelab.tasks.TaskDefaults;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * The tasks the comparison lab offers and their editable whole-number settings: which fields a task's form
 * shows ({@link #fields}) and the task with one field changed ({@link #with}), checked by the task's own
 * constructor. The CSV task is not offered here (it needs a file; the training lab has it).
 */
final class CompareTasks {
    /** Tasks in the chooser's order. */
    static final List<TaskKind> KINDS = List.of(TaskKind.ADDING, TaskKind.COPY, TaskKind.REBER, TaskKind.SINE,
            TaskKind.RANDOM_WALK, TaskKind.ANOMALY);

    private static final String TRAIN_HINT = "Training sequences generated from the seed; more take longer per "
            + "epoch";
    private static final String VALIDATION_HINT = "Validation sequences, never trained on: the losses in the "
            + "table are measured on them";
    private static final String WINDOW_HINT = "Values the model reads before predicting the next one";
    private static final String SERIES_HINT = "Values in the whole series, split in time order into training "
            + "and validation";

    private CompareTasks() {
    }

    /** The task of this kind with the lab's defaults. */
    static TrainingTask defaults(TaskKind kind) {
        return TaskDefaults.task(kind);
    }

    /** The editable settings of {@code task}, in form order. */
    static List<CompareTaskField> fields(TrainingTask task) {
        if (task instanceof AddingTask a) {
            return List.of(
                    new CompareTaskField("length", "Length T", a.length(), AddingTask.LENGTH, "Steps per sequence: the marked numbers can be up to T-1 "
                            + "steps before the answer"),
                    trainField(a.trainSize()), validationField(a.validationSize()));
        }
        if (task instanceof CopyTask c) {
            return List.of(
                    new CompareTaskField("symbols", "Symbols K", c.count(), CopyTask.SYMBOLS,
                            "Symbols to remember and repeat"),
                    new CompareTaskField("alphabet", "Alphabet A", c.alphabet(), CopyTask.ALPHABET,
                            "Distinct symbols"),
                    new CompareTaskField("delay", "Delay D", c.delay(), CopyTask.DELAY,
                            "Blank steps between the symbols and the go marker: how long they must be kept"),
                    trainField(c.trainSize()), validationField(c.validationSize()));
        }
        if (task instanceof ReberTask r) {
            return List.of(
                    new CompareTaskField("length", "Length T", r.length(), ReberTask.LENGTH,
                            "Steps per sequence of back-to-back Reber strings"),
                    trainField(r.trainSize()), validationField(r.validationSize()));
        }
        if (task instanceof SineTask s) {
            return List.of(windowField(s.window(), SineTask.WINDOW), seriesField(s.seriesLength()));
        }
        if (task instanceof RandomWalkTask w) {
            return List.of(windowField(w.window(), RandomWalkTask.WINDOW), seriesField(w.seriesLength()));
        }
        if (task instanceof AnomalyTask a) {
            return List.of(windowField(a.window(), AnomalyTask.WINDOW), seriesField(a.seriesLength()),
                    new CompareTaskField("period", "Period P", a.period(), AnomalyTask.PERIOD, "The signal's period in steps"),
                    new CompareTaskField("anomalies", "Anomalies", a.anomalies(), AnomalyTask.ANOMALIES,
                            "Anomalies injected into the validation half"));
        }
        throw new IllegalArgumentException("the comparison lab does not offer the " + task.id() + " task");
    }

    /**
     * {@code task} with the field {@code key} set to {@code value}.
     *
     * @throws IllegalArgumentException naming the setting and its range when the value does not fit
     */
    static TrainingTask with(TrainingTask task, String key, int value) {
        if (task instanceof AddingTask a) {
            return switch (key) {
                case "length" -> a.withLength(value);
                case "train" -> a.withSizes(value, a.validationSize());
                case "validation" -> a.withSizes(a.trainSize(), value);
                default -> throw unknown(task, key);
            };
        }
        if (task instanceof CopyTask c) {
            return switch (key) {
                case "symbols" -> c.withSymbols(value, c.alphabet());
                case "alphabet" -> c.withSymbols(c.count(), value);
                case "delay" -> c.withDelay(value);
                case "train" -> c.withSizes(value, c.validationSize());
                case "validation" -> c.withSizes(c.trainSize(), value);
                default -> throw unknown(task, key);
            };
        }
        if (task instanceof ReberTask r) {
            return switch (key) {
                case "length" -> r.withLength(value);
                case "train" -> r.withSizes(value, r.validationSize());
                case "validation" -> r.withSizes(r.trainSize(), value);
                default -> throw unknown(task, key);
            };
        }
        if (task instanceof SineTask s) {
            return switch (key) {
                case "window" -> s.withWindow(value);
                case "series" -> s.withSeriesLength(value);
                default -> throw unknown(task, key);
            };
        }
        if (task instanceof RandomWalkTask w) {
            return switch (key) {
                case "window" -> w.withWindow(value);
                case "series" -> w.withSeriesLength(value);
                default -> throw unknown(task, key);
            };
        }
        if (task instanceof AnomalyTask a) {
            return switch (key) {
                case "window" -> new AnomalyTask(value, a.seriesLength(), a.period(), a.anomalies());
                case "series" -> new AnomalyTask(a.window(), value, a.period(), a.anomalies());
                case "period" -> new AnomalyTask(a.window(), a.seriesLength(), value, a.anomalies());
                case "anomalies" -> new AnomalyTask(a.window(), a.seriesLength(), a.period(), value);
                default -> throw unknown(task, key);
            };
        }
        throw new IllegalArgumentException("the comparison lab does not offer the " + task.id() + " task");
    }

    private static IllegalArgumentException unknown(TrainingTask task, String key) {
        return new IllegalArgumentException("the " + task.title().toLowerCase(java.util.Locale.ROOT)
                + " has no setting \"" + key + "\"");
    }

    private static CompareTaskField trainField(int value) {
        return new CompareTaskField("train", "Training sequences", value, TrainingTask.SET_SIZE, TRAIN_HINT);
    }

    private static CompareTaskField validationField(int value) {
        return new CompareTaskField("validation", "Validation sequences", value, TrainingTask.SET_SIZE,
                VALIDATION_HINT);
    }

    private static CompareTaskField windowField(int value, Range range) {
        return new CompareTaskField("window", "Window", value, range, WINDOW_HINT);
    }

    private static CompareTaskField seriesField(int value) {
        return new CompareTaskField("series", "Series length", value, ForecastingTask.SERIES_LENGTH, SERIES_HINT);
    }
}
