package org.gatelab.viewmodel.compare;

import java.util.EnumMap;
import java.util.Map;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TaskDefaults;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.TaskKind;

/**
 * The comparison lab's settings, mutable, owned by {@link CompareViewModel} (which publishes them as properties):
 * the chosen task and each task's last settings, the training settings shared by both modes, and what the
 * sweep does differently (its epochs and its adding problem's sizes).
 */
final class CompareSettings {
    private final Map<TaskKind, TrainingTask> tasks = new EnumMap<>(TaskKind.class);
    private TaskKind kind = TaskDefaults.TASK;
    private TrainingConfig shared = TrainingDefaults.config();
    private int sweepEpochs = CompareChoices.SWEEP_EPOCHS;
    private InitScheme sweepInit = CompareChoices.SWEEP_INIT;
    private int seeds = 1;
    private AddingTask sweepTask = new AddingTask(CompareChoices.SWEEP_LENGTHS.get(0),
            CompareChoices.SWEEP_TRAIN_SIZE, CompareChoices.SWEEP_VALIDATION_SIZE);

    /** The chosen task with its current settings. */
    TrainingTask task() {
        return tasks.computeIfAbsent(kind, CompareTasks::defaults);
    }

    /** The adding problem whose sizes every length of a sweep uses (its own length is replaced). */
    AddingTask sweepTask() {
        return sweepTask;
    }

    void chooseTask(TaskKind k) {
        kind = k;
    }

    /** @throws IllegalArgumentException when the task refuses the value */
    void setTaskField(String key, int value) {
        tasks.put(kind, CompareTasks.with(task(), key, value));
    }

    /** @throws IllegalArgumentException when the adding problem refuses the value */
    void setSweepField(String key, int value) {
        if (key.equals("length")) {
            throw new IllegalArgumentException("a sweep takes its lengths from the list of lengths");
        }
        sweepTask = (AddingTask) CompareTasks.with(sweepTask, key, value);
    }

    /** Seeds of a single comparison: it runs once per seed, from the config's seed on. */
    int seeds() {
        return seeds;
    }

    /** @throws IllegalArgumentException outside {@link CompareViewModel#SEEDS} */
    void setSeeds(int n) {
        CompareChoices.SEEDS.check("seeds", n);
        seeds = n;
    }

    /** The single comparison's training settings. */
    TrainingConfig config() {
        return shared;
    }

    /** The training settings of {@code mode}: a sweep shares everything but the epochs and the initialization. */
    TrainingConfig config(CompareMode mode) {
        return mode == CompareMode.SWEEP ? shared.withEpochs(sweepEpochs).withInit(sweepInit, shared.gateBias())
                : shared;
    }

    void setConfig(CompareMode mode, TrainingConfig c) {
        if (mode == CompareMode.SWEEP) {
            sweepEpochs = c.epochs();
            sweepInit = c.init();
            shared = c.withEpochs(shared.epochs()).withInit(shared.init(), c.gateBias());
        } else {
            shared = c;
        }
    }

    /** The budget to start from: the LSTM's parameter count at the default hidden size on the default task. */
    long defaultBudget() {
        TrainingTask t = TaskDefaults.task(TaskDefaults.TASK);
        return TrainingDefaults.config().withCell(CellKind.LSTM).modelConfig(t).parameterCount();
    }
}
