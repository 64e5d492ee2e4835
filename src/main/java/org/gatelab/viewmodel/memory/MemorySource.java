package org.gatelab.viewmodel.memory;

import java.nio.file.Path;
import java.util.Objects;
import org.gatelab.tasks.TrainingTask;

/**
 * A trained model the Memory tab can look into, and the task whose sequences it reads. Immutable.
 *
 * @param title e.g. "LSTM, adding problem, T = 100"
 * @param file  the model's safetensors file
 * @param task  the task it was trained on (its sequences are generated afresh, from {@link MemoryViewModel#SEED})
 */
public record MemorySource(String title, Path file, TrainingTask task) {
    public MemorySource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(task, "task");
    }

    @Override
    public String toString() {
        return title;
    }
}
