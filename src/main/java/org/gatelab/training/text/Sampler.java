package org.gatelab.training.text;

import java.util.Random;
import org.gatelab.engine.InitialState;
import org.gatelab.engine.Model;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.tasks.Seeds;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextStreams;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.vocabulary.Range;

/**
 * Writes text with a character model: it reads the prime, then draws each next character from its prediction
 * sharpened or flattened by a temperature and reads it in turn.
 * <pre>
 *   P(c) = exp(y_c / τ) / Σ_k exp(y_k / τ)      y: the readout's logits, τ: the temperature
 * </pre>
 * τ = 1 samples the model's own distribution; below 1 the likely characters win more often (safer, more
 * repetitive text), above 1 the unlikely ones come up more (more surprising, more mistakes). The unknown
 * character is never drawn. The same model, prime, temperature and seed give the same text.
 */
public final class Sampler {
    /** The temperature τ. */
    public static final Range TEMPERATURE = Range.between(0.05, 5);
    /** Characters to write. */
    public static final Range LENGTH = Range.of(1, 100_000);
    /** The temperature the lab samples at after each epoch. */
    public static final double DEFAULT_TEMPERATURE = 0.8;
    private static final long SALT = 0x7361_6d70_6cL;

    private final SequenceRunner runner = new SequenceRunner();

    /**
     * The prime followed by {@code length} sampled characters.
     *
     * @param prime where to start; empty: after a line break (when the vocabulary has one)
     * @throws IllegalArgumentException when the prime has characters outside the vocabulary, or is empty and the
     *                                  vocabulary has no line break, or a setting is out of its range
     */
    public String sample(CharModel charModel, String prime, int length, double temperature, long seed) {
        LENGTH.check("sample length", length);
        TEMPERATURE.check("temperature", temperature);
        Vocabulary vocabulary = charModel.vocabulary();
        Model model = charModel.model();
        int[] start;
        if (prime.isEmpty()) {
            if (!vocabulary.contains('\n')) {
                throw new IllegalArgumentException("give a prime: the model's vocabulary has no line break to start "
                        + "after (it knows " + vocabulary.summary() + ")");
            }
            start = new int[] {vocabulary.index('\n')};
        } else {
            start = vocabulary.encodeStrict(prime, "the prime \"" + prime + "\"");
        }
        int v = vocabulary.size();
        Random random = Seeds.stream(seed, SALT);
        SequenceRunner.WindowResult w = runner.forward(model, TextStreams.oneHot(start, v), null, null);
        StringBuilder out = new StringBuilder(prime);
        double[] logits = new double[v];
        for (int i = 0; i < length; i++) {
            System.arraycopy(w.outputs(), w.outputs().length - v, logits, 0, v);
            int next = draw(logits, temperature, random);
            out.append(vocabulary.text(next));
            InitialState state = w.finalState();
            w = runner.forward(model, TextStreams.oneHot(new int[] {next}, v), null, state);
        }
        return out.toString();
    }

    /** One draw from softmax(logits / τ) without the unknown character. */
    static int draw(double[] logits, double temperature, Random random) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < logits.length; k++) {
            max = Math.max(max, logits[k]);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int k = 1; k < logits.length; k++) {
            p[k] = Math.exp((logits[k] - max) / temperature);
            sum += p[k];
        }
        double u = random.nextDouble() * sum;
        double acc = 0;
        for (int k = 1; k < logits.length; k++) {
            acc += p[k];
            if (u < acc) {
                return k;
            }
        }
        // rounding left u at the very top: the last character with any probability
        for (int k = logits.length - 1; k >= 1; k--) {
            if (p[k] > 0) {
                return k;
            }
        }
        return 1;
    }
}
