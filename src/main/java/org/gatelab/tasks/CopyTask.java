package org.gatelab.tasks;

import java.util.Locale;
import java.util.Random;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * The copy (memory) task: K symbols from an alphabet of A are shown, then D blank steps, then a "go" marker,
 * and then the model must output the K symbols in order. Inputs are one-hot over A symbols plus blank plus go;
 * outputs are A symbols plus a blank class, which is the target at every step where nothing is to be recalled
 * ({@code ce-all}). Accuracy is measured on the K recall steps only, where chance is 1/(A+1) for a uniform
 * guess over the outputs (1/A for a guess among the symbols).
 *
 * <pre>
 *   t:       0 .. K-1 | K .. K+D-1 | K+D | K+D+1 .. 2K+D
 *   input:   symbols  | blank      | go  | blank
 *   target:  blank    | blank      | blank | the K symbols
 * </pre>
 *
 * @param count          K, symbols to remember (1..10)
 * @param alphabet       A, distinct symbols (2..8)
 * @param delay          D, blank steps between the symbols and the go marker (0..200)
 * @param trainSize      training sequences
 * @param validationSize validation sequences
 */
public record CopyTask(int count, int alphabet, int delay, int trainSize, int validationSize) implements TrainingTask {
    /** K. */
    public static final Range SYMBOLS = Range.of(1, 10);
    /** A. */
    public static final Range ALPHABET = Range.of(2, 8);
    /** D. */
    public static final Range DELAY = Range.of(0, 200);

    public CopyTask {
        SYMBOLS.check("symbols to copy", count);
        ALPHABET.check("alphabet size", alphabet);
        DELAY.check("delay", delay);
        SET_SIZE.check("training sequences", trainSize);
        SET_SIZE.check("validation sequences", validationSize);
    }

    public static CopyTask defaults() {
        return new CopyTask(TaskDefaults.COPY_COUNT, TaskDefaults.COPY_ALPHABET, TaskDefaults.COPY_DELAY,
                TaskDefaults.COPY_TRAIN_SIZE, TaskDefaults.COPY_VALIDATION_SIZE);
    }

    public CopyTask withDelay(int d) {
        return new CopyTask(count, alphabet, d, trainSize, validationSize);
    }

    public CopyTask withSymbols(int k, int a) {
        return new CopyTask(k, a, delay, trainSize, validationSize);
    }

    public CopyTask withSizes(int train, int validation) {
        return new CopyTask(count, alphabet, delay, train, validation);
    }

    /** The input feature of the blank step, and the blank output class. */
    public int blank() {
        return alphabet;
    }

    /** The input feature of the go marker. */
    public int go() {
        return alphabet + 1;
    }

    /** The first recall step, K + D + 1. */
    public int firstRecallStep() {
        return count + delay + 1;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.COPY;
    }

    @Override
    public String title() {
        return "Copy / memory";
    }

    @Override
    public String explanation() {
        return TaskDefaults.COPY_EXPLANATION;
    }

    @Override
    public LossKind loss() {
        return LossKind.CE_ALL;
    }

    @Override
    public int inputSize() {
        return alphabet + 2;
    }

    @Override
    public int outputSize() {
        return alphabet + 1;
    }

    @Override
    public int length() {
        return 2 * count + delay + 1;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "copy %d of %d symbols after a delay of %d (T = %d), %d training / %d "
                + "validation sequences", count, alphabet, delay, length(), trainSize, validationSize);
    }

    @Override
    public TaskData generate(long seed) {
        return TaskData.of(this, set(trainSize, Seeds.stream(seed, Seeds.TRAIN)),
                set(validationSize, Seeds.stream(seed, Seeds.VALIDATION)), ExtraMetrics.NONE);
    }

    private SequenceSet set(int n, Random random) {
        int steps = length();
        byte[] in = new byte[n * steps];
        byte[] out = new byte[n * steps];
        int[] masks = new int[n * steps];
        int recall = firstRecallStep();
        for (int s = 0; s < n; s++) {
            int base = s * steps;
            java.util.Arrays.fill(in, base, base + steps, (byte) blank());
            java.util.Arrays.fill(out, base, base + steps, (byte) blank());
            in[base + count + delay] = (byte) go();
            for (int k = 0; k < count; k++) {
                int symbol = random.nextInt(alphabet);
                in[base + k] = (byte) symbol;
                out[base + recall + k] = (byte) symbol;
                masks[base + recall + k] = 1 << symbol;
            }
        }
        return StoredSequences.oneHot(n, steps, inputSize(), in, outputSize(), out, masks, s -> {
            StringBuilder sb = new StringBuilder("copy ");
            for (int k = 0; k < count; k++) {
                sb.append(symbolName(in[s * steps + k]));
            }
            return sb.append(" after ").append(delay).append(" blank steps").toString();
        });
    }

    /** Symbols are shown as letters: A, B, C, ...; blank as "_", go as "!". */
    public String symbolName(int symbol) {
        if (symbol == blank()) {
            return "_";
        }
        if (symbol == go()) {
            return "!";
        }
        return String.valueOf((char) ('A' + symbol));
    }
}
