package org.gatelab.tasks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A reference forecast a model must beat to be worth having, scored on the same validation targets and in the
 * same loss units as the model. Immutable.
 *
 * @param id      the key in JSON output, e.g. {@code seasonal_naive}
 * @param name    a short name for legends, e.g. "seasonal naive (52 steps)"
 * @param meaning what it forecasts, in words, e.g. "the value 52 steps (one year) earlier"
 * @param valLoss its validation loss, in the model's loss units
 * @param scores  further figures of the same forecast, e.g. the precision and recall of alarms raised by its
 *                errors, by name (snake_case), in a stable order
 */
public record Baseline(String id, String name, String meaning, double valLoss, Map<String, Double> scores) {
    public Baseline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(meaning, "meaning");
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores == null ? Map.of() : scores));
    }

    public Baseline(String id, String name, String meaning, double valLoss) {
        this(id, name, meaning, valLoss, Map.of());
    }

    /** This baseline with a further figure. */
    Baseline withScores(Map<String, Double> more) {
        Map<String, Double> all = new LinkedHashMap<>(scores);
        all.putAll(more);
        return new Baseline(id, name, meaning, valLoss, all);
    }
}
