package org.gatelab.tasks;

import java.util.Locale;
import java.util.Random;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * The adding problem (Hochreiter and Schmidhuber 1997): each step carries a value ~ U(0, 1) and a marker
 * (0 or 1); exactly two steps are marked, one in each half of the sequence, and the target at the last step is
 * the sum of the two marked values ({@code mse-last}). Predicting the mean sum (1) gives the variance of the
 * sum, 2 x 1/12 = 1/6 ≈ 0.167: the best a model that cannot carry a value across T steps can do.
 *
 * @param length         T, steps per sequence (10..500)
 * @param trainSize      training sequences
 * @param validationSize validation sequences
 */
public record AddingTask(int length, int trainSize, int validationSize) implements TrainingTask {
    /** T. */
    public static final Range LENGTH = Range.of(10, 500);

    public AddingTask {
        LENGTH.check("length T", length);
        SET_SIZE.check("training sequences", trainSize);
        SET_SIZE.check("validation sequences", validationSize);
    }

    /** The lab's default: T = {@value TaskDefaults#ADDING_LENGTH}. */
    public static AddingTask defaults() {
        return new AddingTask(TaskDefaults.ADDING_LENGTH, TaskDefaults.ADDING_TRAIN_SIZE,
                TaskDefaults.ADDING_VALIDATION_SIZE);
    }

    public AddingTask withLength(int t) {
        return new AddingTask(t, trainSize, validationSize);
    }

    public AddingTask withSizes(int train, int validation) {
        return new AddingTask(length, train, validation);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.ADDING;
    }

    @Override
    public String title() {
        return "Adding problem";
    }

    @Override
    public String explanation() {
        return TaskDefaults.ADDING_EXPLANATION;
    }

    @Override
    public LossKind loss() {
        return LossKind.MSE_LAST;
    }

    @Override
    public int inputSize() {
        return 2;
    }

    @Override
    public int outputSize() {
        return 1;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "adding problem, T = %d, %d training / %d validation sequences", length,
                trainSize, validationSize);
    }

    @Override
    public TaskData generate(long seed) {
        return TaskData.of(this, set(trainSize, Seeds.stream(seed, Seeds.TRAIN)),
                set(validationSize, Seeds.stream(seed, Seeds.VALIDATION)), ExtraMetrics.NONE);
    }

    private SequenceSet set(int n, Random random) {
        double[] x = new double[n * length * 2];
        double[] y = new double[n];
        int[] marks = new int[2 * n];
        int half = length / 2;
        for (int s = 0; s < n; s++) {
            int base = s * length * 2;
            for (int t = 0; t < length; t++) {
                x[base + 2 * t] = random.nextDouble();
            }
            int first = random.nextInt(half);
            int second = half + random.nextInt(length - half);
            x[base + 2 * first + 1] = 1;
            x[base + 2 * second + 1] = 1;
            // y = u_a + u_b for the two marked steps a < T/2 <= b
            y[s] = x[base + 2 * first] + x[base + 2 * second];
            marks[2 * s] = first;
            marks[2 * s + 1] = second;
        }
        return StoredSequences.regression(n, length, 2, x, 1, y, s -> String.format(Locale.ROOT,
                "marked steps %d and %d, target %.3f", marks[2 * s], marks[2 * s + 1], y[s]));
    }
}
