package org.gatelab.viewmodel.training;

import java.util.List;

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
 */
public record DataSummary(String description, int trainSize, int validationSize, int length, String lossName,
                          String normalization, List<String> notes, double baselineValLoss, double naiveValLoss,
                          double chanceAccuracy) {
    public DataSummary {
        notes = List.copyOf(notes);
    }

    public boolean hasAccuracy() {
        return !Double.isNaN(chanceAccuracy);
    }

    public boolean hasNaiveForecast() {
        return !Double.isNaN(naiveValLoss);
    }
}
