package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.Setting;
import org.gatelab.vocabulary.SettingField;
import org.gatelab.vocabulary.TaskKind;

/**
 * The numeric settings of each training-lab task, as a form and an experiment file name them, with the ranges the
 * task records define. Each reads its value from a task record and makes a changed record, whose constructor
 * checks the value: the message of a refused value is the task's own ("length T must be between 10 and 500, got
 * 5000").
 */
public enum TaskSetting implements SettingField {
    ADDING_LENGTH(TaskKind.ADDING, "length", "Length T", AddingTask.LENGTH,
            "Steps per sequence: the two marked numbers can be up to T steps apart"),
    ADDING_TRAIN(TaskKind.ADDING, "training_sequences", "Training sequences", TrainingTask.SET_SIZE,
            "Sequences the model learns from in each epoch"),
    ADDING_VALIDATION(TaskKind.ADDING, "validation_sequences", "Validation sequences", TrainingTask.SET_SIZE,
            "Sequences held out to measure the validation loss"),
    COPY_SYMBOLS(TaskKind.COPY, "symbols", "Symbols to copy K", CopyTask.SYMBOLS,
            "How many symbols the model must remember"),
    COPY_ALPHABET(TaskKind.COPY, "alphabet", "Alphabet A", CopyTask.ALPHABET, "Distinct symbols (A, B, C, ...)"),
    COPY_DELAY(TaskKind.COPY, "delay", "Delay D", CopyTask.DELAY,
            "Blank steps between the symbols and the go marker: how long they must be remembered"),
    COPY_TRAIN(TaskKind.COPY, "training_sequences", "Training sequences", TrainingTask.SET_SIZE,
            "Sequences the model learns from in each epoch"),
    COPY_VALIDATION(TaskKind.COPY, "validation_sequences", "Validation sequences", TrainingTask.SET_SIZE,
            "Sequences held out to measure the validation loss"),
    REBER_LENGTH(TaskKind.REBER, "length", "Length T", ReberTask.LENGTH, "Symbols per sequence"),
    REBER_TRAIN(TaskKind.REBER, "training_sequences", "Training sequences", TrainingTask.SET_SIZE,
            "Sequences the model learns from in each epoch"),
    REBER_VALIDATION(TaskKind.REBER, "validation_sequences", "Validation sequences", TrainingTask.SET_SIZE,
            "Sequences held out to measure the validation loss"),
    SINE_WINDOW(TaskKind.SINE, "window", "Window W", SineTask.WINDOW, "Values the model reads before it predicts"),
    SINE_SERIES(TaskKind.SINE, "series_length", "Series length", ForecastingTask.SERIES_LENGTH,
            "Values in the whole series; the first 80% are for training"),
    SINE_COMPONENTS(TaskKind.SINE, "components", "Sines", SineTask.COMPONENTS, "How many sines are summed"),
    SINE_NOISE(TaskKind.SINE, "noise", "Noise sd", SineTask.NOISE,
            "Standard deviation of the added noise: its square is the lowest reachable loss"),
    WALK_WINDOW(TaskKind.RANDOM_WALK, "window", "Window W", RandomWalkTask.WINDOW,
            "Values the model reads before it predicts"),
    WALK_SERIES(TaskKind.RANDOM_WALK, "series_length", "Series length", ForecastingTask.SERIES_LENGTH,
            "Values in the walk; the first 80% are for training"),
    ANOMALY_WINDOW(TaskKind.ANOMALY, "window", "Window W", AnomalyTask.WINDOW,
            "Values the model reads before it predicts"),
    ANOMALY_SERIES(TaskKind.ANOMALY, "series_length", "Series length", ForecastingTask.SERIES_LENGTH,
            "Values in the series; the first half is clean and for training"),
    ANOMALY_PERIOD(TaskKind.ANOMALY, "period", "Period P", AnomalyTask.PERIOD, "The signal's period in steps"),
    ANOMALY_COUNT(TaskKind.ANOMALY, "anomalies", "Anomalies", AnomalyTask.ANOMALIES,
            "Spikes and level shifts injected into the second half"),
    CSV_WINDOW(TaskKind.CSV, "window", "Window W", CsvTask.WINDOW, "Values the model reads before it predicts"),
    CSV_TRAIN_FRACTION(TaskKind.CSV, "train_fraction", "Training fraction", CsvTask.TRAIN_FRACTION,
            "Share of the series, from its start, used for training; the rest validates"),
    CSV_STRIDE(TaskKind.CSV, "stride", "Stride", CsvTask.STRIDE, "Use every S-th window (1: all of them)"),
    CSV_DIFFERENCE(TaskKind.CSV, "difference", "Differencing d", CsvTask.DIFFERENCE,
            "0: forecast the values; 1: forecast the change from one value to the next (removes a trend)"),
    REAL_WINDOW(TaskKind.REAL, "window", "Window W", RealTask.WINDOW, "Values the model reads before it predicts"),
    REAL_TRAIN_FRACTION(TaskKind.REAL, "train_fraction", "Training fraction", RealTask.TRAIN_FRACTION,
            "Share of the recording, from its start, used for training; the rest validates"),
    REAL_STRIDE(TaskKind.REAL, "stride", "Stride", RealTask.STRIDE, "Use every S-th window (1: all of them)"),
    REAL_DIFFERENCE(TaskKind.REAL, "difference", "Differencing d", RealTask.DIFFERENCE,
            "0: forecast the values; 1: forecast the change from one value to the next (removes a trend)");

    private final TaskKind kind;
    private final Setting setting;
    private final Range range;

    TaskSetting(TaskKind kind, String key, String label, Range range, String help) {
        this.kind = kind;
        this.setting = new Setting(key, label, range.text(), help);
        this.range = range;
    }

    /** The task this parameter belongs to. */
    public TaskKind kind() {
        return kind;
    }

    @Override
    public Setting setting() {
        return setting;
    }

    /** The allowed values, the task record's own. */
    public Range limits() {
        return range;
    }

    /** True for whole numbers. */
    public boolean integer() {
        return range.whole();
    }

    /** The parameters of {@code kind}, in form order. */
    public static List<TaskSetting> of(TaskKind kind) {
        List<TaskSetting> out = new ArrayList<>();
        for (TaskSetting p : values()) {
            if (p.kind == kind) {
                out.add(p);
            }
        }
        return out;
    }

    /** The parameter of {@code kind} saved under {@code key}, or null. */
    public static TaskSetting byKey(TaskKind kind, String key) {
        for (TaskSetting p : values()) {
            if (p.kind == kind && p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** The value in {@code task} (of this parameter's kind). */
    public double value(TrainingTask task) {
        return switch (this) {
            case ADDING_LENGTH -> ((AddingTask) task).length();
            case ADDING_TRAIN -> ((AddingTask) task).trainSize();
            case ADDING_VALIDATION -> ((AddingTask) task).validationSize();
            case COPY_SYMBOLS -> ((CopyTask) task).count();
            case COPY_ALPHABET -> ((CopyTask) task).alphabet();
            case COPY_DELAY -> ((CopyTask) task).delay();
            case COPY_TRAIN -> ((CopyTask) task).trainSize();
            case COPY_VALIDATION -> ((CopyTask) task).validationSize();
            case REBER_LENGTH -> ((ReberTask) task).length();
            case REBER_TRAIN -> ((ReberTask) task).trainSize();
            case REBER_VALIDATION -> ((ReberTask) task).validationSize();
            case SINE_WINDOW -> ((SineTask) task).window();
            case SINE_SERIES -> ((SineTask) task).seriesLength();
            case SINE_COMPONENTS -> ((SineTask) task).components();
            case SINE_NOISE -> ((SineTask) task).noise();
            case WALK_WINDOW -> ((RandomWalkTask) task).window();
            case WALK_SERIES -> ((RandomWalkTask) task).seriesLength();
            case ANOMALY_WINDOW -> ((AnomalyTask) task).window();
            case ANOMALY_SERIES -> ((AnomalyTask) task).seriesLength();
            case ANOMALY_PERIOD -> ((AnomalyTask) task).period();
            case ANOMALY_COUNT -> ((AnomalyTask) task).anomalies();
            case CSV_WINDOW -> ((CsvTask) task).window();
            case CSV_TRAIN_FRACTION -> ((CsvTask) task).trainFraction();
            case CSV_STRIDE -> ((CsvTask) task).stride();
            case CSV_DIFFERENCE -> ((CsvTask) task).difference();
            case REAL_WINDOW -> ((RealTask) task).window();
            case REAL_TRAIN_FRACTION -> ((RealTask) task).trainFraction();
            case REAL_STRIDE -> ((RealTask) task).stride();
            case REAL_DIFFERENCE -> ((RealTask) task).difference();
        };
    }

    /** The value in {@code task} as the field shows it. */
    public String text(TrainingTask task) {
        return NumberText.format(value(task));
    }

    /**
     * {@code task} with this parameter set to the typed {@code text}.
     *
     * @throws IllegalArgumentException with the reason (not a number, out of range, does not fit), naming the
     *                                  setting
     */
    public TrainingTask apply(TrainingTask task, String text) {
        if (task.kind() != kind) {
            throw new IllegalArgumentException(label() + " is a setting of the " + kind.id() + " task, not of the "
                    + task.kind().id() + " task");
        }
        if (integer()) {
            return withInt(task, NumberText.parseInt(label(), text));
        }
        double v = NumberText.parseDouble(label(), text);
        return switch (this) {
            case SINE_NOISE -> {
                SineTask t = (SineTask) task;
                yield new SineTask(t.window(), t.seriesLength(), t.components(), v);
            }
            case CSV_TRAIN_FRACTION -> {
                CsvTask t = (CsvTask) task;
                yield t.withTrainFraction(v);
            }
            case REAL_TRAIN_FRACTION -> ((RealTask) task).withTrainFraction(v);
            default -> throw new IllegalStateException(name());
        };
    }

    private TrainingTask withInt(TrainingTask task, int v) {
        return switch (this) {
            case ADDING_LENGTH -> ((AddingTask) task).withLength(v);
            case ADDING_TRAIN -> ((AddingTask) task).withSizes(v, ((AddingTask) task).validationSize());
            case ADDING_VALIDATION -> ((AddingTask) task).withSizes(((AddingTask) task).trainSize(), v);
            case COPY_SYMBOLS -> ((CopyTask) task).withSymbols(v, ((CopyTask) task).alphabet());
            case COPY_ALPHABET -> ((CopyTask) task).withSymbols(((CopyTask) task).count(), v);
            case COPY_DELAY -> ((CopyTask) task).withDelay(v);
            case COPY_TRAIN -> ((CopyTask) task).withSizes(v, ((CopyTask) task).validationSize());
            case COPY_VALIDATION -> ((CopyTask) task).withSizes(((CopyTask) task).trainSize(), v);
            case REBER_LENGTH -> ((ReberTask) task).withLength(v);
            case REBER_TRAIN -> ((ReberTask) task).withSizes(v, ((ReberTask) task).validationSize());
            case REBER_VALIDATION -> ((ReberTask) task).withSizes(((ReberTask) task).trainSize(), v);
            case SINE_WINDOW -> ((SineTask) task).withWindow(v);
            case SINE_SERIES -> ((SineTask) task).withSeriesLength(v);
            case SINE_COMPONENTS -> {
                SineTask t = (SineTask) task;
                yield new SineTask(t.window(), t.seriesLength(), v, t.noise());
            }
            case WALK_WINDOW -> ((RandomWalkTask) task).withWindow(v);
            case WALK_SERIES -> ((RandomWalkTask) task).withSeriesLength(v);
            case ANOMALY_WINDOW -> ((AnomalyTask) task).withWindow(v);
            case ANOMALY_SERIES -> {
                AnomalyTask t = (AnomalyTask) task;
                yield new AnomalyTask(t.window(), v, t.period(), t.anomalies());
            }
            case ANOMALY_PERIOD -> {
                AnomalyTask t = (AnomalyTask) task;
                yield new AnomalyTask(t.window(), t.seriesLength(), v, t.anomalies());
            }
            case ANOMALY_COUNT -> {
                AnomalyTask t = (AnomalyTask) task;
                yield new AnomalyTask(t.window(), t.seriesLength(), t.period(), v);
            }
            case CSV_WINDOW -> ((CsvTask) task).withWindow(v);
            case CSV_STRIDE -> ((CsvTask) task).withStride(v);
            case CSV_DIFFERENCE -> ((CsvTask) task).withDifference(v);
            case REAL_WINDOW -> ((RealTask) task).withWindow(v);
            case REAL_STRIDE -> ((RealTask) task).withStride(v);
            case REAL_DIFFERENCE -> ((RealTask) task).withDifference(v);
            default -> throw new IllegalStateException(name());
        };
    }
}
