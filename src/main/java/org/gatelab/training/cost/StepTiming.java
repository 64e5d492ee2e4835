package org.gatelab.training.cost;

import java.util.Arrays;
import java.util.Random;
import org.gatelab.engine.Model;
import org.gatelab.engine.Seq2SeqBatch;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.engine.Seq2SeqRunner;
import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.SequenceRunner;

/**
 * Time per step of a model on this machine, measured, one sequence at a time on one thread: a recurrent model's
 * forward pass over a sequence of {@code steps} random inputs (the time divided by the steps), an encoder-decoder's
 * encoding of {@code steps} random source symbols and greedy decoding of {@code steps} symbols (the time divided by
 * the 2 · steps steps). The runs repeat after a warm-up, for the JIT; the median is kept. A measurement, so it
 * depends on the machine and on what else runs on it, and no test asserts it.
 *
 * @param steps          the steps of one run
 * @param runs           how many timed runs
 * @param microsPerStep  the median run's time divided by its steps
 * @param fastestMicrosPerStep the fastest run's
 */
public record StepTiming(int steps, int runs, double microsPerStep, double fastestMicrosPerStep) {
    /** Seconds of warm-up before timing. */
    static final double WARM_UP_SECONDS = 1.0;
    /** Seconds of timed runs (at least {@link #MIN_RUNS}). */
    static final double TIMED_SECONDS = 1.0;
    static final int MIN_RUNS = 5;

    public static StepTiming of(Model model, int steps) {
        Random random = new Random(1);
        int in = model.config().inputSize();
        double[] x = new double[steps * in];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        SequenceBatch batch = new SequenceBatch(steps, 1, in, x);
        SequenceRunner runner = new SequenceRunner(1);
        return time(() -> runner.predict(model, batch), steps);
    }

    public static StepTiming of(Seq2SeqModel model, int steps) {
        Random random = new Random(1);
        int[] source = new int[steps];
        int[] target = new int[steps];
        for (int i = 0; i < steps; i++) {
            source[i] = random.nextInt(model.config().sourceVocabulary());
        }
        Seq2SeqBatch batch = Seq2SeqBatch.of(source, target);
        Seq2SeqRunner runner = new Seq2SeqRunner(1);
        return time(() -> runner.decode(model, batch), 2 * steps);
    }

    private static StepTiming time(Runnable run, int steps) {
        long warmUpEnd = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
        int warm = 0;
        while (warm < MIN_RUNS || System.nanoTime() < warmUpEnd) {
            run.run();
            warm++;
        }
        double[] times = new double[4096];
        int n = 0;
        long end = System.nanoTime() + (long) (TIMED_SECONDS * 1e9);
        while (n < times.length && (n < MIN_RUNS || System.nanoTime() < end)) {
            long t0 = System.nanoTime();
            run.run();
            times[n++] = (System.nanoTime() - t0) / 1e3;
        }
        double[] sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        return new StepTiming(steps, n, sorted[n / 2] / steps, sorted[0] / steps);
    }
}
