package org.gatelab.tasks.seq2seq;

import java.util.Locale;
import org.gatelab.tasks.Seeds;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * Reverse a sequence: "abcd" becomes "dcba". The source has from {@code minLength} to {@code maxLength} symbols
 * drawn uniformly from an alphabet of {@code alphabet} letters. The first symbol to write is the last one read and
 * the last to write is the first read, the farthest back: a decoder that sees only the encoder's final state must
 * carry every symbol through it, while attention can look each one up.
 *
 * @param alphabet       A, distinct symbols (2..26)
 * @param minLength      the shortest source
 * @param maxLength      the longest source
 * @param trainSize      training pairs
 * @param validationSize validation pairs, the same number at every length
 */
public record ReverseTask(int alphabet, int minLength, int maxLength, int trainSize, int validationSize)
        implements Seq2SeqTask {
    public static final Range ALPHABET = Range.of(2, 26);
    /** The lengths a source may have. */
    public static final Range LENGTH = Range.of(1, 50);

    public ReverseTask {
        ALPHABET.check("alphabet size", alphabet);
        LENGTH.check("shortest length", minLength);
        LENGTH.check("longest length", maxLength);
        if (minLength > maxLength) {
            throw new IllegalArgumentException("the shortest length (" + minLength + ") is above the longest ("
                    + maxLength + ")");
        }
        TrainingTask.SET_SIZE.check("training pairs", trainSize);
        TrainingTask.SET_SIZE.check("validation pairs", validationSize);
    }

    public static ReverseTask defaults() {
        return new ReverseTask(Seq2SeqDefaults.REVERSE_ALPHABET, Seq2SeqDefaults.REVERSE_MIN_LENGTH,
                Seq2SeqDefaults.REVERSE_MAX_LENGTH, Seq2SeqDefaults.TRAIN_SIZE, Seq2SeqDefaults.VALIDATION_SIZE);
    }

    public ReverseTask withLengths(int min, int max) {
        return new ReverseTask(alphabet, min, max, trainSize, validationSize);
    }

    public ReverseTask withSizes(int train, int validation) {
        return new ReverseTask(alphabet, minLength, maxLength, train, validation);
    }

    @Override
    public Seq2SeqTaskKind kind() {
        return Seq2SeqTaskKind.REVERSE;
    }

    @Override
    public String explanation() {
        return "Write the sequence backwards: \"abcd\" becomes \"dcba\". The first symbol to write is the last "
                + "one read, and the last to write is the first one read, the farthest back. Without attention the "
                + "decoder has only the encoder's final state, a vector of fixed size, to carry every symbol; with "
                + "attention it can look each one up among the encoder's states, so the longer the sequence, the "
                + "wider the gap between the two.";
    }

    @Override
    public Alphabet sourceAlphabet() {
        return Alphabet.letters(alphabet);
    }

    @Override
    public Alphabet targetAlphabet() {
        return Alphabet.letters(alphabet);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%d to %d symbols from %d, %d training / %d validation pairs", minLength,
                maxLength, alphabet, trainSize, validationSize);
    }

    @Override
    public int[] answer(int[] source) {
        int[] out = new int[source.length];
        for (int i = 0; i < source.length; i++) {
            out[i] = source[source.length - 1 - i];
        }
        return out;
    }

    @Override
    public Seq2SeqData generate(long seed) {
        SymbolPairs train = RandomPairs.generate(Seeds.stream(seed, Seeds.TRAIN), trainSize, minLength, maxLength,
                alphabet, false, this::answer);
        SymbolPairs validation = RandomPairs.generate(Seeds.stream(seed, Seeds.VALIDATION), validationSize, minLength,
                maxLength, alphabet, true, this::answer);
        return new Seq2SeqData(this, train, validation, 1.0 / alphabet);
    }
}
