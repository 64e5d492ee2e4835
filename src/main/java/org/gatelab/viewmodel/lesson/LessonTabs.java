package org.gatelab.viewmodel.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.gatelab.engine.Model;
import org.gatelab.io.ModelFiles;
import org.gatelab.lesson.Scene;
import org.gatelab.tasks.MemoryQuantity;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.UnitMemory;
import org.gatelab.viewmodel.compare.CompareMode;
import org.gatelab.viewmodel.compare.CompareSizing;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.viewmodel.memory.MemorySource;
import org.gatelab.viewmodel.memory.MemorySources;
import org.gatelab.viewmodel.memory.MemoryViewModel;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.TaskKind;

/**
 * Sets the Compare and Memory tabs up as a scene's {@code compare.*} and {@code memory.*} keys say, and starts the
 * comparison for {@code start_compare: true}. The same code checks a lesson ({@link #problems}): it applies the
 * keys to a fresh comparison model and reads the memory keys, so what {@code lessons check} accepts is what the
 * player can set up.
 *
 * <pre>
 *   compare.mode: sweep            one or sweep
 *   compare.task: adding           a task of the Compare tab (one mode)
 *   compare.length: 30             a field of that task: length, train, validation, delay, symbols, ...
 *   compare.lengths: 100, 200      the sweep's lengths
 *   compare.hidden, compare.epochs, compare.seed, compare.seeds, compare.learning_rate, compare.budget
 *   compare.sizing: budget         hidden (the same hidden size) or budget
 *   compare.init: chrono           the gated cells' initialisation: pytorch-default or chrono
 *   memory.model: assets/models/adding-T100-lstm.safetensors
 *   memory.task: adding            adding, reber or copy, with memory.length for the first two
 *   memory.quantity: running-sum   what to rank the units by (default: the task's first)
 *   memory.state: c                c or h (default: c for an LSTM)
 *   memory.sequence: 3             which fresh sequence the unit is followed over
 * </pre>
 */
public final class LessonTabs implements SceneApplier.Target {
    /** The keys that set the comparison's task form (besides compare.task itself). */
    private static final List<String> TASK_FIELDS = List.of("length", "train", "validation", "symbols", "alphabet",
            "delay", "window", "series", "period", "anomalies");

    private final CompareViewModel compare;
    private final MemoryViewModel memory;

    public LessonTabs(CompareViewModel compare, MemoryViewModel memory) {
        this.compare = compare;
        this.memory = memory;
    }

    @Override
    public void apply(Scene effective, Scene own, boolean full, Consumer<String> problem) {
        if (compare != null && !effective.compare().isEmpty() && (full || !own.compare().isEmpty())) {
            for (String p : setUp(compare, effective.compare())) {
                problem.accept("The Compare tab could not be set up: " + p);
            }
        }
        if (compare != null && Boolean.TRUE.equals(own.compareStart()) && !compare.isRunning()) {
            compare.start();
        }
        if (memory != null && !effective.memory().isEmpty() && (full || !own.memory().isEmpty())) {
            try {
                Memory m = memory(effective.memory(), memory.sources());
                memory.show(m.source(), m.quantity(), m.state(), m.sequence());
            } catch (IllegalArgumentException e) {
                problem.accept("The Memory tab could not be set up: " + e.getMessage());
            }
        }
    }

    /** What is wrong with the scene's compare and memory keys (empty when the player can set them up). */
    static List<String> problems(Scene effective) {
        List<String> out = new ArrayList<>();
        if (!effective.compare().isEmpty()) {
            for (String p : setUp(new CompareViewModel(Runnable::run), effective.compare())) {
                out.add("compare." + p);
            }
        }
        if (!effective.memory().isEmpty()) {
            try {
                Memory m = memory(effective.memory(), List.of());
                Model model = ModelFiles.load(m.source().file(), null, null);
                if (model.config().inputSize() != m.source().task().inputSize()) {
                    out.add("memory.model: the model reads " + model.config().inputSize() + " input feature(s) but the "
                            + m.source().task().id() + " task's sequences have " + m.source().task().inputSize());
                }
                if (m.state() == UnitMemory.State.CELL && !model.config().cell().hasCellState()) {
                    out.add("memory.state: only the LSTM has a cell state c, this is the " + model.config().cell());
                }
            } catch (IllegalArgumentException | IOException e) {
                out.add("memory." + e.getMessage());
            }
        }
        return out;
    }

    /** The memory keys, read. */
    record Memory(MemorySource source, MemoryQuantity quantity, UnitMemory.State state, int sequence) {
    }

    static Memory memory(Map<String, String> keys, List<MemorySource> known) {
        for (String k : keys.keySet()) {
            if (!List.of("model", "task", "length", "quantity", "state", "sequence").contains(k)) {
                throw new IllegalArgumentException(k + ": unknown key (memory.model, memory.task, memory.length, "
                        + "memory.quantity, memory.state, memory.sequence)");
            }
        }
        String file = keys.get("model");
        String kind = keys.get("task");
        if (file == null || kind == null) {
            throw new IllegalArgumentException("model: the Memory tab needs memory.model (a trained model) and "
                    + "memory.task (adding, reber or copy)");
        }
        Integer length = keys.containsKey("length") ? whole("length", keys.get("length")) : null;
        TrainingTask task;
        try {
            task = MemorySources.task(TaskKind.parse(kind), length);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("task: " + e.getMessage());
        }
        MemorySource source = MemorySources.of(known, Path.of(file), task);
        MemoryQuantity quantity = null;
        if (keys.containsKey("quantity")) {
            try {
                quantity = MemoryQuantity.byId(task, keys.get("quantity"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("quantity: " + e.getMessage());
            }
        }
        UnitMemory.State state = null;
        if (keys.containsKey("state")) {
            state = switch (keys.get("state").trim().toLowerCase(Locale.ROOT)) {
                case "c" -> UnitMemory.State.CELL;
                case "h" -> UnitMemory.State.HIDDEN;
                default -> throw new IllegalArgumentException("state: c or h, got \"" + keys.get("state") + "\"");
            };
        }
        int sequence = keys.containsKey("sequence") ? whole("sequence", keys.get("sequence")) : 0;
        if (sequence < 0 || sequence >= MemoryViewModel.SEQUENCES) {
            throw new IllegalArgumentException("sequence: 0 to " + (MemoryViewModel.SEQUENCES - 1) + ", got "
                    + sequence);
        }
        return new Memory(source, quantity, state, sequence);
    }

    private static int whole(String key, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": \"" + text + "\" is not a whole number");
        }
    }

    /** Applies the compare keys to {@code m}; returns a "key: why" line per refused one. */
    public static List<String> setUp(CompareViewModel m, Map<String, String> keys) {
        List<String> out = new ArrayList<>();
        String mode = keys.getOrDefault("mode", "one").trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "one" -> m.setMode(CompareMode.SINGLE);
            case "sweep" -> m.setMode(CompareMode.SWEEP);
            default -> out.add("mode: one or sweep, got \"" + mode + "\"");
        }
        if (keys.containsKey("task")) {
            try {
                refused(out, "task", m.setTaskKind(TaskKind.parse(keys.get("task"))), m);
            } catch (IllegalArgumentException e) {
                out.add("task: " + e.getMessage());
            }
        }
        for (Map.Entry<String, String> e : keys.entrySet()) {
            String k = e.getKey();
            String v = e.getValue().trim();
            try {
                switch (k) {
                    case "mode", "task" -> {
                    }
                    case "lengths" -> {
                        if (!m.setLengths(v)) {
                            out.add("lengths: " + m.lengthsProblemProperty().get());
                        }
                    }
                    case "hidden" -> refused(out, k, m.setHidden(Integer.parseInt(v)), m);
                    case "epochs" -> refused(out, k, m.setEpochs(Integer.parseInt(v)), m);
                    case "seed" -> refused(out, k, m.setSeed(Long.parseLong(v)), m);
                    case "seeds" -> refused(out, k, m.setSeeds(Integer.parseInt(v)), m);
                    case "budget" -> refused(out, k, m.setBudget(Long.parseLong(v)), m);
                    case "learning_rate" -> refused(out, k, m.setLearningRate(v), m);
                    case "init" -> refused(out, k, m.setInit(InitScheme.parse(v)), m);
                    case "sizing" -> {
                        switch (v.toLowerCase(Locale.ROOT)) {
                            case "hidden" -> m.setSizing(CompareSizing.SAME_HIDDEN);
                            case "budget" -> m.setSizing(CompareSizing.SAME_BUDGET);
                            default -> out.add("sizing: hidden or budget, got \"" + v + "\"");
                        }
                    }
                    default -> {
                        if (TASK_FIELDS.contains(k)) {
                            refused(out, k, m.setTaskField(k, Integer.parseInt(v)), m);
                        } else {
                            out.add(k + ": unknown key (compare.mode, task, lengths, hidden, epochs, seed, seeds, "
                                    + "learning_rate, budget, sizing, init, or a task field: " + String.join(", ",
                                    TASK_FIELDS) + ")");
                        }
                    }
                }
            } catch (NumberFormatException ex) {
                out.add(k + ": \"" + v + "\" is not a whole number");
            } catch (IllegalArgumentException ex) {
                out.add(k + ": " + ex.getMessage());
            }
        }
        return out;
    }

    private static void refused(List<String> out, String key, boolean accepted, CompareViewModel m) {
        if (!accepted) {
            out.add(key + ": " + m.problemProperty().get());
        }
    }
}
