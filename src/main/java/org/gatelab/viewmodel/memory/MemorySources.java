package org.gatelab.viewmodel.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.CopyTask;
import org.gatelab.tasks.ReberTask;
import org.gatelab.tasks.TaskDefaults;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.vocabulary.TaskKind;

/**
 * The trained models the Memory tab offers: those bundled in the assets' {@code models/} folder (assets/README.md
 * says how each was trained), and any other one a lesson names with its task.
 */
public final class MemorySources {
    private MemorySources() {
    }

    /** The bundled models that exist in {@code models}, in menu order. */
    public static List<MemorySource> bundled(Path models) {
        List<MemorySource> out = new ArrayList<>();
        add(out, models, "adding-T100-lstm.safetensors", "trained LSTM · adding problem, T = 100", task(TaskKind.ADDING, 100));
        add(out, models, "adding-T100-gru.safetensors", "trained GRU · adding problem, T = 100", task(TaskKind.ADDING, 100));
        add(out, models, "adding-T100-rnn.safetensors", "trained RNN · adding problem, T = 100", task(TaskKind.ADDING, 100));
        add(out, models, "reber-lstm.safetensors", "trained LSTM · embedded Reber grammar", task(TaskKind.REBER, null));
        add(out, models, "copy-gru.safetensors", "trained GRU · copy task", task(TaskKind.COPY, null));
        return List.copyOf(out);
    }

    private static void add(List<MemorySource> out, Path models, String file, String title, TrainingTask task) {
        Path p = models.resolve(file);
        if (Files.isRegularFile(p)) {
            out.add(new MemorySource(title, p, task));
        }
    }

    /**
     * The task whose fresh sequences a model of {@code kind} reads: {@link MemoryViewModel#SEQUENCES} of them, the
     * adding problem and the Reber grammar at {@code length} (null: the lab's default), the copy task with the lab's
     * defaults.
     *
     * @throws IllegalArgumentException for a task that needs no long memory, or a length out of range
     */
    public static TrainingTask task(TaskKind kind, Integer length) {
        int n = MemoryViewModel.SEQUENCES;
        return switch (kind) {
            case ADDING -> new AddingTask(length == null ? TaskDefaults.ADDING_LENGTH : length, 10, n);
            case REBER -> new ReberTask(length == null ? TaskDefaults.REBER_LENGTH : length, 10, n);
            case COPY -> CopyTask.defaults().withSizes(10, n);
            default -> throw new IllegalArgumentException("the Memory tab looks at the adding problem, the Reber "
                    + "grammar and the copy task, not the " + kind.id() + " task");
        };
    }

    /** The source of {@code file} and {@code task}: the bundled one's title if it is one of {@code known}. */
    public static MemorySource of(List<MemorySource> known, Path file, TrainingTask task) {
        for (MemorySource s : known) {
            if (s.file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())
                    && s.task().equals(task)) {
                return s;
            }
        }
        return new MemorySource(String.format(Locale.ROOT, "%s · %s", file.getFileName(), task.describe()), file,
                task);
    }
}
