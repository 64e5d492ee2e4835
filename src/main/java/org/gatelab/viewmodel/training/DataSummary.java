package org.gatelab.viewmodel.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the training lab tells about a task's generated data before and during training. Immutable.
 *
 * @param description     the task's settings in one line
 * @param trainSize       training sequences
 * @param validationSize  validation sequences
 * @param length          steps per sequence
 * @param lossName        the loss in words, e.g. "mean squared error at the last step"
 * @param normalization   e.g. "z-scored with mean 102.9 and sd 5.35 from the training part"; empty if none
 * @param notes           what else the user should know about the data, e.g. "skipped 3 rows with missing values"
 * @param baselineValLoss the best constant prediction's validation loss
 * @param naiveValLoss    the naive forecast's validation loss; NaN where it does not apply
 * @param chanceAccuracy  the accuracy of guessing; NaN without accuracy
 * @param references      further references to beat (seasonal naive, linear autoregression), and the naive
 *                        forecast again where it also has detector scores
 */
public record DataSummary(String description, int trainSize, int validationSize, int length, String lossName,
                          String normalization, List<String> notes, double baselineValLoss, double naiveValLoss,
                          double chanceAccuracy, List<Reference> references) {
    public DataSummary {
        notes = List.copyOf(notes);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** Without further references. */
    public DataSummary(String description, int trainSize, int validationSize, int length, String lossName,
                       String normalization, List<String> notes, double baselineValLoss, double naiveValLoss,
                       double chanceAccuracy) {
        this(description, trainSize, validationSize, length, lossName, normalization, notes, baselineValLoss,
                naiveValLoss, chanceAccuracy, List.of());
    }

    /**
     * A reference forecast scored on the validation set.
     *
     * @param id      its key, e.g. {@code linear_ar} ({@code naive} for the naive forecast)
     * @param name    e.g. "linear AR(20)"
     * @param meaning what it forecasts, in words
     * @param valLoss its validation loss in the model's units
     * @param scores  its alarms' precision and recall as a detector, where the recording has labels
     */
    public record Reference(String id, String name, String meaning, double valLoss, Map<String, Double> scores) {
        public Reference {
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        }

        /** The detector's precision, NaN without labels. */
        public double precision() {
            return scores.getOrDefault("precision", Double.NaN);
        }

        /** The detector's recall, NaN without labels. */
        public double recall() {
            return scores.getOrDefault("recall", Double.NaN);
        }
    }

    public boolean hasAccuracy() {
        return !Double.isNaN(chanceAccuracy);
    }

    public boolean hasNaiveForecast() {
        return !Double.isNaN(naiveValLoss);
    }
}
