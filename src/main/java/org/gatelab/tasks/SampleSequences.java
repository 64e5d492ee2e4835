package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.Targets;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.SequenceKind;

/** Builds the workspace's sample sequences, deterministically from a seed. */
public final class SampleSequences {

    private SampleSequences() {
    }

    /** Input features a kind produces: 2 for the adding problem (value, marker), 1 otherwise. */
    public static int features(SequenceKind kind) {
        return kind == SequenceKind.ADDING ? 2 : 1;
    }

    /** A generated sequence of {@code length} steps ({@link SequenceKind#CUSTOM} is built by {@link #custom}). */
    public static SampleSequence generate(SequenceKind kind, int length, long seed) {
        if (!Ranges.SEQUENCE_LENGTH.contains(length)) {
            throw new IllegalArgumentException("length must be between " + Ranges.SEQUENCE_LENGTH.minInt() + " and "
                    + Ranges.SEQUENCE_LENGTH.maxInt()
                    + ", got " + length);
        }
        Random random = new Random(seed ^ 0x5DEECE66DL);
        return switch (kind) {
            case SINE -> {
                double[] x = new double[length];
                for (int t = 0; t < length; t++) {
                    x[t] = Math.sin(2 * Math.PI * t / 20.0) + 0.05 * random.nextGaussian();
                }
                double next = Math.sin(2 * Math.PI * length / 20.0);
                yield new SampleSequence(SequenceBatch.ofScalars(x), Targets.regression(LossKind.MSE_LAST, next),
                        "sine wave, next value " + format(next));
            }
            case ADDING -> adding(length, random);
            case NOISE -> {
                double[] x = new double[length];
                for (int t = 0; t < length; t++) {
                    x[t] = random.nextGaussian();
                }
                yield new SampleSequence(SequenceBatch.ofScalars(x), Targets.regression(LossKind.MSE_LAST, 0.0),
                        "Gaussian noise, target 0");
            }
            case CUSTOM -> throw new IllegalArgumentException("a typed sequence is built with custom(values, target)");
            case TEXT -> throw new IllegalArgumentException("a typed text is built with tasks.text.TextSample");
        };
    }

    /** Adding problem (Hochreiter and Schmidhuber 1997): one marker in each half, target the marked sum. */
    private static SampleSequence adding(int length, Random random) {
        double[] x = new double[length * 2];
        for (int t = 0; t < length; t++) {
            x[2 * t] = random.nextDouble();
        }
        int half = Math.max(1, length / 2);
        int first = random.nextInt(half);
        int second = half + random.nextInt(Math.max(1, length - half));
        if (second == first) {
            second = Math.min(length - 1, first + 1);
        }
        x[2 * first + 1] = 1;
        x[2 * second + 1] = 1;
        double sum = x[2 * first] + x[2 * second];
        return new SampleSequence(new SequenceBatch(length, 1, 2, x), Targets.regression(LossKind.MSE_LAST, sum),
                "adding problem: marked steps " + first + " and " + second + ", target " + format(sum));
    }

    /** A typed one-feature sequence with an mse-last target. */
    public static SampleSequence custom(double[] values, double target) {
        if (values.length < 1) {
            throw new IllegalArgumentException("type at least one number");
        }
        if (values.length > Ranges.SEQUENCE_LENGTH.max()) {
            throw new IllegalArgumentException("at most " + Ranges.SEQUENCE_LENGTH.maxInt() + " numbers, got " + values.length);
        }
        return new SampleSequence(SequenceBatch.ofScalars(values), Targets.regression(LossKind.MSE_LAST, target),
                "typed sequence, target " + format(target));
    }

    /**
     * Parses comma-separated numbers (spaces and semicolons also separate).
     *
     * @throws IllegalArgumentException naming the item that is not a finite number
     */
    public static double[] parseNumbers(String text) {
        List<Double> values = new ArrayList<>();
        String[] items = text.trim().split("[,;\\s]+");
        int index = 0;
        for (String item : items) {
            if (item.isEmpty()) {
                continue;
            }
            index++;
            double v;
            try {
                v = Double.parseDouble(item);
            } catch (NumberFormatException e) {
                String shown = item.length() > 20 ? item.substring(0, 20) + "..." : item;
                throw new IllegalArgumentException("number " + index + ": \"" + shown + "\" is not a number");
            }
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("number " + index + ": " + item + " is not a finite number");
            }
            values.add(v);
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("type at least one number, e.g. 0.5, -1, 2");
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String format(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
