package org.gatelab.tasks.seq2seq;

import java.util.Arrays;
import java.util.Locale;
import org.gatelab.tasks.Seeds;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * Sort digits: "3141" becomes "1134". The source has from {@code minLength} to {@code maxLength} digits, each
 * 0..9 uniformly. The answer depends on every digit read, not on where it stood: the decoder must count how many
 * of each digit it saw, which attention helps with by finding the digits still to write.
 *
 * @param minLength      the shortest source
 * @param maxLength      the longest source
 * @param trainSize      training pairs
 * @param validationSize validation pairs, the same number at every length
 */
public record SortTask(int minLength, int maxLength, int trainSize, int validationSize) implements Seq2SeqTask {
    /** The lengths a source may have. */
    public static final Range LENGTH = Range.of(1, 50);
    private static final Alphabet DIGITS = Alphabet.of("0123456789");

    public SortTask {
        LENGTH.check("shortest length", minLength);
        LENGTH.check("longest length", maxLength);
        if (minLength > maxLength) {
            throw new IllegalArgumentException("the shortest length (" + minLength + ") is above the longest ("
                    + maxLength + ")");
        }
        TrainingTask.SET_SIZE.check("training pairs", trainSize);
        TrainingTask.SET_SIZE.check("validation pairs", validationSize);
    }

    public static SortTask defaults() {
        return new SortTask(Seq2SeqDefaults.SORT_MIN_LENGTH, Seq2SeqDefaults.SORT_MAX_LENGTH,
                Seq2SeqDefaults.TRAIN_SIZE, Seq2SeqDefaults.VALIDATION_SIZE);
    }

    public SortTask withLengths(int min, int max) {
        return new SortTask(min, max, trainSize, validationSize);
    }

    public SortTask withSizes(int train, int validation) {
        return new SortTask(minLength, maxLength, train, validation);
    }

    @Override
    public Seq2SeqTaskKind kind() {
        return Seq2SeqTaskKind.SORT;
    }

    @Override
    public String explanation() {
        return "Write the digits in increasing order: \"3141\" becomes \"1134\". Where a digit stood does not "
                + "matter, only how many of each there were: the model must count. Attention lets each output step "
                + "look for the digits still to write.";
    }

    @Override
    public Alphabet sourceAlphabet() {
        return DIGITS;
    }

    @Override
    public Alphabet targetAlphabet() {
        return DIGITS;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%d to %d digits, %d training / %d validation pairs", minLength, maxLength,
                trainSize, validationSize);
    }

    @Override
    public int[] answer(int[] source) {
        int[] out = source.clone();
        Arrays.sort(out);
        return out;
    }

    @Override
    public Seq2SeqData generate(long seed) {
        SymbolPairs train = RandomPairs.generate(Seeds.stream(seed, Seeds.TRAIN), trainSize, minLength, maxLength, 10,
                false, this::answer);
        SymbolPairs validation = RandomPairs.generate(Seeds.stream(seed, Seeds.VALIDATION), validationSize, minLength,
                maxLength, 10, true, this::answer);
        return new Seq2SeqData(this, train, validation, 0.1);
    }
}
