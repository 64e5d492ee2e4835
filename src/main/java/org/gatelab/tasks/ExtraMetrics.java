package org.gatelab.tasks;

import java.util.Map;

/**
 * Task-specific figures computed from a model's predictions after each epoch, beyond loss and accuracy
 * (e.g. the anomaly task's precision and recall). Implementations are immutable.
 */
public interface ExtraMetrics {
    /** No extra figures. */
    ExtraMetrics NONE = new ExtraMetrics() {
        @Override
        public boolean needsTrainPredictions() {
            return false;
        }

        @Override
        public Map<String, Double> evaluate(Predictions train, Predictions validation) {
            return Map.of();
        }
    };

    /** True when {@link #evaluate} needs the predictions on the training set too (they cost a forward pass). */
    boolean needsTrainPredictions();

    /**
     * The figures, by name (snake_case, as they appear in JSON), in a stable order.
     *
     * @param train predictions on the training set, or null when {@link #needsTrainPredictions()} is false
     */
    Map<String, Double> evaluate(Predictions train, Predictions validation);
}
