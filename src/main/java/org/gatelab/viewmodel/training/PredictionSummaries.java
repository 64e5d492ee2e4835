package org.gatelab.viewmodel.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.tasks.AlarmEvaluation;
import org.gatelab.tasks.Anomaly;
import org.gatelab.tasks.AnomalyDetection;
import org.gatelab.tasks.AnomalyEvaluation;
import org.gatelab.tasks.CopyTask;
import org.gatelab.tasks.CsvTask;
import org.gatelab.tasks.Normalization;
import org.gatelab.tasks.Predictions;
import org.gatelab.tasks.RealTask;
import org.gatelab.tasks.ReberGrammar;
import org.gatelab.tasks.ReberTask;
import org.gatelab.tasks.SequenceSet;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.tasks.WindowedSeries;
import org.gatelab.vocabulary.TaskKind;

/** Turns a model's predictions on a task's validation set into what the predictions plot shows. */
final class PredictionSummaries {
    /** Sequences shown as rows of symbols. */
    static final int MAX_ROWS = 4;
    /** Points of a target-vs-prediction scatter. */
    static final int MAX_SCATTER = 1000;
    /** Steps of a forecast plot. */
    static final int MAX_FORECAST = 500;
    /** Steps of an anomaly plot. */
    static final int MAX_ANOMALY = 5000;

    private PredictionSummaries() {
    }

    /** True when {@link #of} wants the training set's predictions too (the anomaly detector's threshold). */
    static boolean needsTrainPredictions(TaskData data) {
        return data.extras() instanceof AlarmEvaluation;
    }

    /**
     * @param validation the predictions on {@code data.validation()}
     * @param train      the predictions on {@code data.train()}, needed by the anomaly task, else may be null
     * @param epoch      after which epoch (0: initial weights)
     */
    static ValidationPredictions of(TaskData data, Predictions validation, Predictions train, int epoch) {
        SequenceSet set = data.validation();
        TrainingTask task = data.task();
        if (set.loss().isClassification()) {
            return labels(task, set, validation, epoch);
        }
        if (data.extras() instanceof AlarmEvaluation ae && train != null && set instanceof WindowedSeries ws) {
            return anomaly(ae, ws, validation, train, epoch);
        }
        if (set instanceof WindowedSeries ws) {
            return forecast(task, ws, data.normalization(), validation, epoch);
        }
        int n = Math.min(MAX_SCATTER, set.size());
        double[] x = new double[n];
        double[] target = new double[n];
        double[] prediction = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            target[i] = set.targetValue(i, 0);
            prediction[i] = validation.get(i, 0, 0);
        }
        String units = task.kind() == TaskKind.ADDING ? "sum of the two marked numbers" : "target";
        return new ValidationPredictions(ValidationPredictions.Kind.TARGET_VS_PREDICTION, epoch, n, set.size(),
                new ValidationPredictions.Points(x, target, prediction, units), null, List.of());
    }

    private static ValidationPredictions forecast(TrainingTask task, WindowedSeries set, Normalization norm,
                                                  Predictions validation, int epoch) {
        int n = Math.min(MAX_FORECAST, set.size());
        double[] x = new double[n];
        double[] target = new double[n];
        double[] prediction = new double[n];
        // a differenced task forecasts changes: shown as values, x̂_t = x_{t−1} + d̂_t (the same error)
        double[] levels = task instanceof RealTask r && r.difference() == 1 ? r.series().values()
                : task instanceof CsvTask c && c.difference() == 1 ? c.series().values() : null;
        for (int i = 0; i < n; i++) {
            int t = set.targetIndex(i);
            // back to the series' own units: x = z * sd + mean
            if (levels == null) {
                x[i] = t;
                target[i] = norm.invert(set.targetValue(i, 0));
                prediction[i] = norm.invert(validation.get(i, 0, 0));
            } else {
                x[i] = t + 1;
                target[i] = levels[t + 1];
                prediction[i] = levels[t] + norm.invert(validation.get(i, 0, 0));
            }
        }
        String units = switch (task.kind()) {
            case RANDOM_WALK -> "price";
            case CSV -> "value (" + ((CsvTask) task).series().columnName() + ")";
            case REAL -> ((RealTask) task).series().info().unit();
            default -> "value";
        };
        return new ValidationPredictions(ValidationPredictions.Kind.FORECAST, epoch, n, set.size(),
                new ValidationPredictions.Points(x, target, prediction, units), null, List.of());
    }

    private static ValidationPredictions anomaly(AlarmEvaluation ae, WindowedSeries set, Predictions validation,
                                                 Predictions train, int epoch) {
        AnomalyDetection d = ae.detect(train, validation);
        int n = Math.min(MAX_ANOMALY, set.size());
        double[] x = new double[n];
        double[] target = new double[n];
        double[] prediction = new double[n];
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = set.targetIndex(i);
            target[i] = set.targetValue(i, 0);
            prediction[i] = validation.get(i, 0, 0);
            // the detector's error: |prediction - target|, in z units
            error[i] = Math.abs(prediction[i] - target[i]);
        }
        List<ValidationPredictions.Span> spans = new ArrayList<>();
        for (Anomaly a : ae.anomalies()) {
            spans.add(new ValidationPredictions.Span(a.start(), a.end(), switch (a.kind()) {
                case SPIKE -> "spike";
                case LEVEL_SHIFT -> "level shift";
                case LABELLED -> "labelled event";
            }));
        }
        ValidationPredictions.Scoring scoring = ae instanceof AnomalyEvaluation ? ValidationPredictions.Scoring.INJECTED
                : ae.scored() ? ValidationPredictions.Scoring.LABELLED : ValidationPredictions.Scoring.NONE;
        ValidationPredictions.AnomalyFlags flags = new ValidationPredictions.AnomalyFlags(error, d.threshold(),
                d.alarmIndices(), spans, d.precision(), d.recall(), d.detected(), scoring);
        return new ValidationPredictions(ValidationPredictions.Kind.ANOMALY, epoch, n, set.size(),
                new ValidationPredictions.Points(x, target, prediction, "z-score"), flags, List.of());
    }

    private static ValidationPredictions labels(TrainingTask task, SequenceSet set, Predictions validation,
                                                int epoch) {
        int n = Math.min(MAX_ROWS, set.size());
        List<ValidationPredictions.LabelRow> rows = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            int length = set.length();
            List<String> inputs = new ArrayList<>(length);
            List<String> targets = new ArrayList<>(length);
            List<String> predicted = new ArrayList<>(length);
            int[] verdicts = new int[length];
            int right = 0;
            int scored = 0;
            for (int t = 0; t < length; t++) {
                inputs.add(inputName(task, shownInput(set, s, t)));
                targets.add(outputName(task, set.targetClass(s, t)));
                int guess = validation.argmax(s, t);
                predicted.add(outputName(task, guess));
                int mask = set.acceptMask(s, t);
                if (mask == 0) {
                    verdicts[t] = -1;
                } else {
                    scored++;
                    boolean ok = (mask >>> guess & 1) != 0;
                    verdicts[t] = ok ? 1 : 0;
                    right += ok ? 1 : 0;
                }
            }
            rows.add(new ValidationPredictions.LabelRow(set.describe(s), inputs, targets, predicted, verdicts, right,
                    scored));
        }
        return new ValidationPredictions(ValidationPredictions.Kind.LABELS, epoch, n, set.size(), null, null, rows);
    }

    /** The input feature that is on at step t (the inputs of classification tasks are one-hot). */
    private static int shownInput(SequenceSet set, int n, int t) {
        int best = 0;
        for (int i = 1; i < set.features(); i++) {
            if (set.input(n, t, i) > set.input(n, t, best)) {
                best = i;
            }
        }
        return best;
    }

    static String inputName(TrainingTask task, int feature) {
        if (task instanceof CopyTask copy) {
            return copy.symbolName(feature);
        }
        if (task instanceof ReberTask && feature < ReberGrammar.ALPHABET.length()) {
            return String.valueOf(ReberGrammar.ALPHABET.charAt(feature));
        }
        return Integer.toString(feature);
    }

    static String outputName(TrainingTask task, int output) {
        if (task instanceof CopyTask copy) {
            return copy.symbolName(output);
        }
        if (task instanceof ReberTask && output < ReberGrammar.ALPHABET.length()) {
            return String.valueOf(ReberGrammar.ALPHABET.charAt(output));
        }
        return String.format(Locale.ROOT, "%d", output);
    }
}
