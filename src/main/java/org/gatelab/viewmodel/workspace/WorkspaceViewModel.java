package org.gatelab.viewmodel.workspace;

import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Sealed;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.SequenceKind;

/**
 * The workspace's view model, which every view of the workspace shares: the settings the user chose, the trace
 * the engine computed from them, the selected timestep (the timeline) and the selected unit and layer, kept
 * consistent with each other when a new trace arrives.
 *
 * <p>Every change goes through a method here, which validates it and recomputes; results arrive through
 * {@link #resultProperty()}. Computations run through the {@link TaskRunner}: while one runs, further changes are
 * coalesced so only the latest settings are computed next.
 */
public final class WorkspaceViewModel {
    private final TaskRunner runner;
    private final TimelineModel timeline = new TimelineModel();
    private final SelectionModel selection = new SelectionModel();
    private final ReadOnlyObjectWrapper<WorkspaceSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", WorkspaceSettings.defaults());
    private final ReadOnlyObjectWrapper<WorkspaceResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper comparisonShown = new ReadOnlyBooleanWrapper(this, "comparisonShown", true);
    private final ReadOnlyBooleanWrapper overlay = new ReadOnlyBooleanWrapper(this, "overlay");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private WorkspaceSettings pending;
    private final ReadOnlyObjectWrapper<Inspection> inspection = new ReadOnlyObjectWrapper<>(this, "inspection");
    private final ReadOnlyObjectWrapper<Sealed> sealed = new ReadOnlyObjectWrapper<>(this, "sealed", Sealed.NONE);
    private final SettingsHistory history = new SettingsHistory();

    /** @param runner computes the traces off the FX thread ({@link TaskRunner#direct()} in tests) */
    public WorkspaceViewModel(TaskRunner runner) {
        this.runner = runner;
        result.addListener((obs, old, r) -> {
            if (r != null) {
                Trace trace = r.trace();
                timeline.setLength(trace.length());
                selection.setShape(trace.hiddenSize(), trace.layerCount(), trace.bidirectional());
            }
        });
        recompute();
        WorkspaceResult first = result.get();
        if (first != null) {
            timeline.setLength(first.trace().length());
            selection.setShape(first.trace().hiddenSize(), first.trace().layerCount(),
                    first.trace().bidirectional());
        }
    }

    /** The selected timestep and playback. */
    public TimelineModel timeline() {
        return timeline;
    }

    /** The selected unit and layer. */
    public SelectionModel selection() {
        return selection;
    }

    // ---- what views read ------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<WorkspaceSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public WorkspaceSettings settings() {
        return settings.get();
    }

    /** The latest computed result; null until the first computation finishes. */
    public ReadOnlyObjectProperty<WorkspaceResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public WorkspaceResult result() {
        return result.get();
    }

    /** The selected cell's trace, or null before the first result. */
    public Trace trace() {
        WorkspaceResult r = result.get();
        return r == null ? null : r.trace();
    }

    /** The same input through all three cells, for the overlay (empty when the overlay is off). */
    public Map<CellKind, Trace> comparison() {
        WorkspaceResult r = result.get();
        return r == null ? Map.of() : r.comparison();
    }

    /** True while a computation runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the RNN/LSTM/GRU overlay is computed with every change. */
    public ReadOnlyBooleanProperty comparisonShownProperty() {
        return comparisonShown.getReadOnlyProperty();
    }

    /** Why the last change could not be applied (e.g. a typed number that is not a number); empty if fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * The numbers a lesson's unanswered predictions seal: every view masks them until the learner answers or
     * skips. {@link Sealed#NONE} outside a lesson.
     */
    public ReadOnlyObjectProperty<Sealed> sealedProperty() {
        return sealed.getReadOnlyProperty();
    }

    public Sealed sealed() {
        return sealed.get();
    }

    /** Seals these numbers in every view (the lesson player calls this); {@link Sealed#NONE} unseals all. */
    public void setSealed(Sealed next) {
        sealed.set(next == null ? Sealed.NONE : next);
    }

    // ---- changes --------------------------------------------------------------------------------------

    public void setCell(CellKind cell) {
        apply(settings().withCell(cell));
    }

    public void setNonlinearity(Nonlinearity n) {
        apply(settings().withNonlinearity(n));
    }

    public void setHiddenSize(int h) {
        if (accepted(() -> Ranges.HIDDEN.check("hidden size", h))) {
            apply(settings().withHiddenSize(h));
        }
    }

    public void setLayers(int l) {
        if (accepted(() -> Ranges.LAYERS.check("layers", l))) {
            apply(settings().withLayers(l));
        }
    }

    public void setSeed(long seed) {
        apply(settings().withSeed(seed));
    }

    public void setInit(InitScheme scheme) {
        apply(settings().withInit(scheme));
    }

    /** Sets the LSTM forget-gate (GRU update-gate) bias; NaN returns to the scheme's own. */
    public void setGateBias(double bias) {
        if (Double.isNaN(bias) || accepted(() -> Ranges.GATE_BIAS.check("the gate bias", bias))) {
            apply(settings().withGateBias(bias));
        }
    }

    public void setRecurrentScale(double scale) {
        if (accepted(() -> Ranges.RECURRENT_SCALE.check("the W_hh scale", scale))) {
            apply(settings().withRecurrentScale(scale));
        }
    }

    public void setSource(SequenceKind kind) {
        apply(TypedInput.source(settings(), kind));
    }

    /** A typed text (2 to 1001 characters): the model reads each character but the last and predicts the next. */
    public void setTextInput(String text) {
        TypedInput.Outcome typed = TypedInput.text(settings(), inspection.get(), text);
        if (typed.problem() != null) {
            problem.set(typed.problem());
        } else if (typed.inspection() == null) {
            apply(typed.settings());
        } else {
            // a character model being inspected reads the new text with its own vocabulary
            problem.set("");
            inspection.set(typed.inspection());
            settings.set(typed.settings());
            recompute();
        }
    }

    public void setLength(int t) {
        if (accepted(() -> Ranges.SEQUENCE_LENGTH.check("length", t))) {
            apply(settings().withLength(t));
        }
    }

    /** Runs a check; a refused value's reason becomes the problem. */
    private boolean accepted(Runnable check) {
        try {
            check.run();
            return true;
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    /** A typed sequence: comma-separated numbers and the target for the last step. */
    public void setCustomInput(String values, double target) {
        TypedInput.Outcome typed = TypedInput.numbers(settings(), values, target);
        if (typed.problem() != null) {
            problem.set(typed.problem());
        } else {
            apply(typed.settings());
        }
    }

    /** Every layer also reads the sequence backwards (PyTorch's {@code bidirectional=True}), or not. */
    public void setBidirectional(boolean on) {
        apply(settings().withBidirectional(on));
    }

    /**
     * Replaces every setting at once (e.g. a lesson's scene): one recomputation, and any inspected model is let go.
     * The settings are checked as the single setters check them.
     *
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public void setAll(WorkspaceSettings next) {
        Ranges.HIDDEN.check("hidden size", next.hiddenSize());
        Ranges.LAYERS.check("layers", next.layers());
        Ranges.SEQUENCE_LENGTH.check("length", next.length());
        show(next);
    }

    /** True when a change of the user's can be undone. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    /** Puts the settings back as they were before the user's last change (Ctrl+Z). */
    public void undo() {
        WorkspaceSettings was = history.undo();
        if (was != null) {
            show(was);
        }
    }

    /**
     * Everything back to how the workspace starts: the default settings (an undoable change), no model inspected,
     * the first timestep, unit 0 of layer 1, the RNN·LSTM·GRU overlay on.
     */
    public void resetAll() {
        timeline.pause();
        comparisonShown.set(true);
        apply(WorkspaceSettings.defaults());
        timeline.toStart();
        selection.selectUnit(0);
        selection.selectLayer(0);
    }

    public void setComparisonShown(boolean shown) {
        comparisonShown.set(shown);
        recompute();
    }

    /** True when the gradient-flow view shows the RNN, LSTM and GRU curves together (a lesson's "overlay"). */
    public ReadOnlyBooleanProperty overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** Shows (or hides) the three cells' curves together; showing them computes the comparison if needed. */
    public void setOverlay(boolean on) {
        if (on && !comparisonShown.get()) {
            setComparisonShown(true);
        }
        overlay.set(on);
    }

    /**
     * Back to the initial weights: the gate bias and W_hh scale return to their defaults, so the model is again
     * exactly the one the seed gives (cell, sizes and input are kept). A trained model being inspected is let go.
     */
    public void rewind() {
        apply(settings().withGateBias(Double.NaN).withRecurrentScale(1.0));
    }

    /**
     * Shows a given model (e.g. a trained one) on its own input instead of the seed's weights, until the
     * settings change or {@link #rewind()}. The settings follow the model's cell and sizes.
     */
    public void inspect(Model model, SampleSequence sample, String label) {
        inspect(model, sample, label, (String) null);
    }

    /** As {@link #inspect(Model, SampleSequence, String)}, for a character model: a typed text keeps it. */
    public void inspect(Model model, SampleSequence sample, String label, Vocabulary vocabulary) {
        inspect(new Inspection(model.copy(), sample, label, null, vocabulary));
    }

    /**
     * As {@link #inspect(Model, SampleSequence, String)}, with a short name of the input for file names
     * ({@code "adding"}; null: the settings' input's).
     */
    public void inspect(Model model, SampleSequence sample, String label, String inputName) {
        inspect(new Inspection(model.copy(), sample, label, inputName, null));
    }

    private void inspect(Inspection shown) {
        ModelConfig c = shown.model().config();
        problem.set("");
        inspection.set(shown);
        settings.set(settings().withCell(c.cell()).withNonlinearity(c.nonlinearity()).withHiddenSize(c.hiddenSize())
                .withLayers(c.layers()).withBidirectional(c.bidirectional()));
        recompute();
    }

    /** Lets go of the model being inspected: the settings' own model, with the seed's weights, is shown again. */
    public void stopInspecting() {
        if (inspection.get() != null) {
            apply(settings());
        }
    }

    /** The model being inspected instead of the seed's weights, or null. */
    public ReadOnlyObjectProperty<Inspection> inspectionProperty() {
        return inspection.getReadOnlyProperty();
    }

    /** A change of the user's: recorded for undo, then shown. */
    private void apply(WorkspaceSettings next) {
        history.changing(settings.get(), next);
        show(next);
    }

    private void show(WorkspaceSettings next) {
        problem.set("");
        inspection.set(null);
        settings.set(next);
        recompute();
    }

    private void recompute() {
        if (busy.get()) {
            pending = settings.get();
            return;
        }
        start(settings.get());
    }

    private void start(WorkspaceSettings s) {
        busy.set(true);
        boolean withComparison = comparisonShown.get();
        Inspection shown = inspection.get();
        runner.run(() -> WorkspaceComputation.compute(s, withComparison, shown), this::finished, this::failed);
    }

    private void finished(WorkspaceResult r) {
        busy.set(false);
        result.set(r);
        if (pending != null) {
            WorkspaceSettings next = pending;
            pending = null;
            start(next);
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        problem.set(error instanceof OutOfMemoryError ? "not enough memory for this model; try fewer units or steps"
                : String.valueOf(error.getMessage()));
        if (pending != null) {
            WorkspaceSettings next = pending;
            pending = null;
            start(next);
        }
    }
}
