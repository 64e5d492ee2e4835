package org.gatelab.tasks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.TaskKind;

/**
 * Next-symbol prediction on the embedded Reber grammar ({@link ReberGrammar}): each sequence is embedded Reber
 * strings written back to back, starting at the beginning of a string and cut at T steps; the input is the
 * symbol at t (one-hot over 7) and the target the symbol at t + 1 ({@code ce-all}). The grammar is random,
 * so the classic metric is the fraction of steps where the predicted symbol is one the grammar allows next
 * (the accuracy here). The extra figure {@code echo_accuracy} is that fraction on the echo steps only, the
 * ones whose answer was fixed a whole Reber string earlier.
 *
 * @param length         T, steps per sequence (10..200)
 * @param trainSize      training sequences
 * @param validationSize validation sequences
 */
public record ReberTask(int length, int trainSize, int validationSize) implements TrainingTask {
    /** T. */
    public static final Range LENGTH = Range.of(10, 200);

    public ReberTask {
        LENGTH.check("length T", length);
        SET_SIZE.check("training sequences", trainSize);
        SET_SIZE.check("validation sequences", validationSize);
    }

    public static ReberTask defaults() {
        return new ReberTask(TaskDefaults.REBER_LENGTH, TaskDefaults.REBER_TRAIN_SIZE,
                TaskDefaults.REBER_VALIDATION_SIZE);
    }

    public ReberTask withLength(int t) {
        return new ReberTask(t, trainSize, validationSize);
    }

    public ReberTask withSizes(int train, int validation) {
        return new ReberTask(length, train, validation);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.REBER;
    }

    @Override
    public String title() {
        return "Embedded Reber grammar";
    }

    @Override
    public String explanation() {
        return TaskDefaults.REBER_EXPLANATION;
    }

    @Override
    public LossKind loss() {
        return LossKind.CE_ALL;
    }

    @Override
    public int inputSize() {
        return ReberGrammar.ALPHABET.length();
    }

    @Override
    public int outputSize() {
        return ReberGrammar.ALPHABET.length();
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "embedded Reber strings, T = %d, %d training / %d validation sequences",
                length, trainSize, validationSize);
    }

    @Override
    public TaskData generate(long seed) {
        Generated train = set(trainSize, Seeds.stream(seed, Seeds.TRAIN));
        Generated validation = set(validationSize, Seeds.stream(seed, Seeds.VALIDATION));
        return TaskData.of(this, train.set, validation.set, new EchoAccuracy(validation.set, validation.echo));
    }

    private record Generated(StoredSequences set, boolean[] echo) {
    }

    private Generated set(int n, Random random) {
        byte[] in = new byte[n * length];
        byte[] out = new byte[n * length];
        int[] masks = new int[n * length];
        boolean[] echo = new boolean[n * length];
        String[] text = new String[n];
        for (int s = 0; s < n; s++) {
            StringBuilder stream = new StringBuilder();
            while (stream.length() < length + 1) {
                stream.append(ReberGrammar.embedded(random));
            }
            text[s] = stream.substring(0, length + 1);
            ReberGrammar.Reader reader = new ReberGrammar.Reader();
            for (int t = 0; t < length; t++) {
                int i = s * length + t;
                int symbol = ReberGrammar.ALPHABET.indexOf(stream.charAt(t));
                reader.accept(symbol);
                in[i] = (byte) symbol;
                out[i] = (byte) ReberGrammar.ALPHABET.indexOf(stream.charAt(t + 1));
                masks[i] = reader.legalNext();
                echo[i] = reader.expectsEcho();
            }
        }
        StoredSequences set = StoredSequences.oneHot(n, length, inputSize(), in, outputSize(), out, masks,
                s -> "symbols " + text[s].substring(0, length) + ", next " + text[s].substring(1));
        return new Generated(set, echo);
    }

    /** Accuracy on the echo steps, where the legal next symbol is the c seen a Reber string earlier. */
    private static final class EchoAccuracy implements ExtraMetrics {
        private final SequenceSet validation;
        private final boolean[] echo;

        EchoAccuracy(SequenceSet validation, boolean[] echo) {
            this.validation = validation;
            this.echo = echo;
        }

        @Override
        public boolean needsTrainPredictions() {
            return false;
        }

        @Override
        public Map<String, Double> evaluate(Predictions train, Predictions p) {
            validation.checkShape(p);
            int steps = validation.length();
            long scored = 0;
            long right = 0;
            for (int n = 0; n < validation.size(); n++) {
                for (int t = 0; t < steps; t++) {
                    if (echo[n * steps + t]) {
                        scored++;
                        if (p.argmax(n, t) == validation.targetClass(n, t)) {
                            right++;
                        }
                    }
                }
            }
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("echo_accuracy", scored == 0 ? Double.NaN : (double) right / scored);
            return out;
        }
    }
}
