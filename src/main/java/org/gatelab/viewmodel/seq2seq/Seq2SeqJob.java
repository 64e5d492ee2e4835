package org.gatelab.viewmodel.seq2seq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.engine.Seq2SeqRunner;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.tasks.seq2seq.Alphabet;
import org.gatelab.tasks.seq2seq.Seq2SeqData;
import org.gatelab.tasks.seq2seq.Seq2SeqTask;
import org.gatelab.tasks.seq2seq.SymbolPairs;
import org.gatelab.training.seq2seq.Seq2SeqEvaluation;
import org.gatelab.training.seq2seq.Seq2SeqListener;
import org.gatelab.training.seq2seq.Seq2SeqTrainingResult;
import org.gatelab.training.seq2seq.Seq2SeqTrainingRun;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.DecoderFeed;
import org.gatelab.vocabulary.RunStatus;

/**
 * One run of the tab on a worker thread: generates the task's pairs, trains the encoder-decoder without attention
 * and then with it (same data, seed and settings), traces one of the longest validation pairs through both, and
 * builds the cost table. After every batch it replaces the latest {@link Snapshot}; the FX thread takes it with
 * {@link #take()} at most once per frame. {@link #cancel()} is safe from any thread and takes effect between two
 * batches.
 */
final class Seq2SeqJob implements Runnable {
    /**
     * Where the job stands. Immutable.
     *
     * @param text      a sentence for the status line
     * @param fraction  0 to 1
     * @param finished  true for the job's last snapshot
     * @param cancelled true when it stopped on request
     * @param error     why it failed, or empty
     * @param results   the results, on the last snapshot of a job that completed; else null
     */
    record Snapshot(String text, double fraction, boolean finished, boolean cancelled, String error,
                    Seq2SeqResults results) {
    }

    private final Seq2SeqSettings settings;
    private final boolean timeSteps;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private volatile Seq2SeqTrainingRun current;
    private volatile boolean cancelled;

    Seq2SeqJob(Seq2SeqSettings settings, boolean timeSteps) {
        this.settings = settings;
        this.timeSteps = timeSteps;
        latest.set(new Snapshot("Generating the pairs…", 0, false, false, "", null));
    }

    void cancel() {
        cancelled = true;
        Seq2SeqTrainingRun r = current;
        if (r != null) {
            r.cancel();
        }
    }

    /** The latest snapshot not yet taken, or null (any thread). */
    Snapshot take() {
        return latest.getAndSet(null);
    }

    @Override
    public void run() {
        try {
            Seq2SeqTask task = settings.createTask();
            Seq2SeqData data = task.generate(settings.training(AttentionKind.NONE).training().seed());
            Seq2SeqTrainingRun without = train(data, AttentionKind.NONE, 0);
            if (without == null) {
                return;
            }
            Seq2SeqTrainingRun with = train(data, settings.attention(), 1);
            if (with == null) {
                return;
            }
            publish("Tracing an example, counting the cost" + (timeSteps ? ", timing a step…" : "…"), 1);
            latest.set(new Snapshot("", 1, true, false, "", results(data, without, with)));
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = e instanceof OutOfMemoryError ? "not enough memory: try fewer pairs or a smaller hidden size"
                    : e.getMessage() == null ? e.toString() : e.getMessage();
            latest.set(new Snapshot("", 0, true, false, why, null));
        }
    }

    /** Trains one model; null (and the last snapshot published) when it was cancelled or diverged. */
    private Seq2SeqTrainingRun train(Seq2SeqData data, AttentionKind kind, int index) {
        int epochs = settings.epochs();
        String name = kind.attends() ? "with " + kind.title() + " attention" : "without attention";
        Seq2SeqTrainingRun run = new Seq2SeqTrainingRun(data, settings.training(kind), new Seq2SeqListener() {
            @Override
            public void batchDone(int epoch, int batch, int batches, double loss) {
                double done = index * epochs + epoch - 1 + (double) batch / batches;
                publish(String.format(Locale.ROOT, "Training %s: epoch %d of %d, batch %d of %d", name, epoch, epochs,
                        batch, batches), done / (2.0 * epochs));
            }
        }, 1);
        current = run;
        if (cancelled) {
            run.cancel();
        }
        Seq2SeqTrainingResult result = run.run();
        current = null;
        if (result.status() == RunStatus.CANCELLED) {
            latest.set(new Snapshot("Stopped while training " + name + ".", 0, true, true, "", null));
            return null;
        }
        if (result.diverged()) {
            latest.set(new Snapshot("", 0, true, false, "The model " + name + " " + result.message(), null));
            return null;
        }
        return run;
    }

    private void publish(String text, double fraction) {
        latest.set(new Snapshot(text, Math.min(1, fraction), false, false, "", null));
    }

    private Seq2SeqResults results(Seq2SeqData data, Seq2SeqTrainingRun without, Seq2SeqTrainingRun with) {
        SymbolPairs validation = data.validation();
        int example = longestPair(validation);
        Seq2SeqTask task = data.task();
        Seq2SeqModel a = without.lastGoodModel();
        Seq2SeqModel b = with.lastGoodModel();
        List<CostRow> cost = Seq2SeqCostTable.rows(a, b, data, timeSteps);
        String title = String.format(Locale.ROOT, "%s, %s, %s, hidden %d, %d epochs", task.title(),
                task.describe(), settings.cell().name(), settings.hidden(), settings.epochs());
        return new Seq2SeqResults(title, symbols(task.sourceAlphabet(), validation.source(example)),
                symbols(task.targetAlphabet(), validation.target(example)), outcome(without, a, validation, example),
                outcome(with, b, validation, example), data.chanceAccuracy(), cost);
    }

    /** The first validation pair among those with the longest source. */
    static int longestPair(SymbolPairs set) {
        int best = 0;
        for (int i = 1; i < set.size(); i++) {
            if (set.sourceLength(i) > set.sourceLength(best)) {
                best = i;
            }
        }
        return best;
    }

    private static ModelOutcome outcome(Seq2SeqTrainingRun run, Seq2SeqModel model, SymbolPairs set, int example) {
        Seq2SeqEvaluation v = run.reports().get(run.reports().size() - 1).validation();
        Map<Integer, Double> byLength = v.symbolAccuracyByLength();
        double[] lengths = new double[byLength.size()];
        double[] accuracy = new double[byLength.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : byLength.entrySet()) {
            lengths[i] = e.getKey();
            accuracy[i++] = e.getValue();
        }
        Seq2SeqTrace trace = new Seq2SeqRunner(1).trace(model, set.batch(new int[] {example}), DecoderFeed.GREEDY);
        Alphabet out = run.data().task().targetAlphabet();
        List<String> predicted = new ArrayList<>();
        for (int s = 0; s < trace.targetLength(); s++) {
            predicted.add(out.symbol(trace.predicted(s, 0)));
        }
        return new ModelOutcome(model.config().attention(), run.reports().size(), v.symbolAccuracy(),
                v.sequenceAccuracy(), lengths, accuracy, trace, predicted);
    }

    private static List<String> symbols(Alphabet alphabet, int[] sequence) {
        List<String> out = new ArrayList<>();
        for (int k : sequence) {
            out.add(alphabet.symbol(k));
        }
        return out;
    }
}
