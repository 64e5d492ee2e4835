package org.gatelab.viewmodel.seq2seq;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * The sequence-to-sequence tab: trains an encoder-decoder on a task without attention and with the chosen one
 * (same pairs, seed and settings), then shows what the engine recorded: the accuracy at each source length (the
 * bottleneck), the attention of an example as decoding plays, step by step, the gradient from the output being
 * written back to each input, and what each model costs.
 *
 * <p>Settings change only through the setters, which check them and say what is wrong in {@link #problemProperty()}
 * (the previous value is kept). {@link #start()} runs the job on the worker {@link Executor}; the view's animation
 * timer calls {@link #drain()} once per frame to publish its latest snapshot. Tests pass {@code Runnable::run} or a
 * queue as the worker and call {@code drain()} themselves. Every method except {@link #cancel()} belongs to the FX
 * thread (or the test's thread).
 */
public final class Seq2SeqViewModel {
    private final Executor worker;
    private final boolean timeSteps;

    private final ReadOnlyObjectWrapper<Seq2SeqSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", Seq2SeqSettings.defaults());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Choose a task and press Train both: the same model is trained without attention and with it.");
    private final ReadOnlyObjectWrapper<Seq2SeqResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ReadOnlyIntegerWrapper decoded = new ReadOnlyIntegerWrapper(this, "decoded");
    private volatile Seq2SeqJob job;

    /** A model whose runs go to {@code worker} and measure the time per step. */
    public Seq2SeqViewModel(Executor worker) {
        this(worker, true);
    }

    /** @param timeSteps false leaves the measured time per step out of the cost table (tests: no seconds spent) */
    public Seq2SeqViewModel(Executor worker, boolean timeSteps) {
        this.worker = worker;
        this.timeSteps = timeSteps;
    }

    // ---- settings --------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Seq2SeqSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public Seq2SeqSettings settings() {
        return settings.get();
    }

    /** Why the last setting was refused or the last start failed; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The attention kinds the model with attention can use (every kind but none). */
    public static List<AttentionKind> attentionKinds() {
        return List.of(AttentionKind.DOT, AttentionKind.GENERAL, AttentionKind.ADDITIVE);
    }

    public boolean setTask(Seq2SeqTaskKind kind) {
        return change(s -> s.withTask(kind));
    }

    /** The longest source (reverse and sort). */
    public boolean setLength(int length) {
        return change(s -> s.withLength(length));
    }

    public boolean setCell(CellKind cell) {
        return change(s -> s.withCell(cell));
    }

    public boolean setAttention(AttentionKind kind) {
        return change(s -> s.withAttention(kind));
    }

    public boolean setHidden(int hidden) {
        return change(s -> s.withHidden(hidden));
    }

    public boolean setEpochs(int epochs) {
        return change(s -> s.withEpochs(epochs));
    }

    public boolean setTrainSize(int pairs) {
        return change(s -> s.withTrainSize(pairs));
    }

    /** Every setting at once (a lesson's or a shared scene's); false, with the problem set, if refused. */
    public boolean setAll(Seq2SeqSettings next) {
        return change(s -> java.util.Objects.requireNonNull(next, "settings"));
    }

    private boolean change(UnaryOperator<Seq2SeqSettings> how) {
        try {
            settings.set(how.apply(settings.get()));
            problem.set("");
            return true;
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    // ---- the run ---------------------------------------------------------------------------------------

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** 0 to 1 while a run goes. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the run is doing, or how it ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last finished run's results; null before the first. */
    public ReadOnlyObjectProperty<Seq2SeqResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** Starts a run of the current settings; refused while one runs. */
    public boolean start() {
        if (running.get()) {
            problem.set("a run is already going: stop it first");
            return false;
        }
        Seq2SeqJob next = new Seq2SeqJob(settings.get(), timeSteps);
        job = next;
        problem.set("");
        running.set(true);
        progress.set(0);
        publish(next.take());
        try {
            worker.execute(next);
        } catch (RejectedExecutionException e) {
            job = null;
            running.set(false);
            status.set("Could not start: the worker has shut down.");
            return false;
        }
        return true;
    }

    /** Asks the run to stop between two batches; the last results stay. Any thread. */
    public void cancel() {
        Seq2SeqJob j = job;
        if (j != null) {
            j.cancel();
        }
    }

    /** Publishes the run's latest snapshot, if there is a new one (once per frame; cheap when nothing changed). */
    public void drain() {
        Seq2SeqJob j = job;
        if (j == null) {
            return;
        }
        Seq2SeqJob.Snapshot s = j.take();
        if (s == null) {
            return;
        }
        publish(s);
        if (s.finished()) {
            job = null;
            running.set(false);
        }
    }

    private void publish(Seq2SeqJob.Snapshot s) {
        progress.set(s.fraction());
        if (!s.error().isEmpty()) {
            status.set("The run failed: " + s.error());
        } else if (s.results() != null) {
            Seq2SeqResults r = s.results();
            decoded.set(0);
            results.set(r);
            status.set(String.format(java.util.Locale.ROOT, "Done. Per symbol: %.1f %% without attention, %.1f %% "
                    + "with %s attention (chance %.1f %%).", 100 * r.without().symbolAccuracy(),
                    100 * r.with().symbolAccuracy(), r.with().attention().title(), 100 * r.chanceAccuracy()));
        } else {
            status.set(s.text());
        }
    }

    // ---- the example, decoded step by step ------------------------------------------------------------

    /** Decoder steps of the example shown so far (0 to its length): the rows of the attention map filled in. */
    public ReadOnlyIntegerProperty decodedProperty() {
        return decoded.getReadOnlyProperty();
    }

    /** Decodes one more step of the example; false when every step is shown (or there is no example). */
    public boolean advance() {
        Seq2SeqResults r = results.get();
        if (r == null || decoded.get() >= r.decoderSteps()) {
            return false;
        }
        decoded.set(decoded.get() + 1);
        return decoded.get() < r.decoderSteps();
    }

    /** Shows every decoder step at once. */
    public void showAll() {
        Seq2SeqResults r = results.get();
        decoded.set(r == null ? 0 : r.decoderSteps());
    }

    /** Starts the example again from its first decoder step. */
    public void rewind() {
        decoded.set(0);
    }

    /** The output whose gradient the gradient panel shows: the last one decoded (the first before any). */
    public int focusStep() {
        return Math.max(0, decoded.get() - 1);
    }

    /**
     * ‖∂y_s[right symbol]/∂x_t‖ for every source step t, s = {@link #focusStep()}: the engine's record of the example
     * in the model with attention or without; empty before the first results.
     */
    public double[] inputGradient(boolean withAttention) {
        Seq2SeqResults r = results.get();
        if (r == null) {
            return new double[0];
        }
        var trace = (withAttention ? r.with() : r.without()).example();
        double[] g = new double[trace.sourceLength()];
        for (int t = 0; t < g.length; t++) {
            g[t] = trace.inputGradientNorm(focusStep(), 0, t);
        }
        return g;
    }
}
