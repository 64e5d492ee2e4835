package org.gatelab.viewmodel.workspace;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gatelab.engine.Spectra;
import org.gatelab.engine.trace.RecurrentWeights;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;

/**
 * The recurrent matrix W_hh of the model the workspace shows, with the spectra the engine computes
 * ({@link Spectra}: eigenvalues, spectral radius and norms of every gate block). The spectra cost O(H³), so they
 * are computed off the FX thread through the {@link TaskRunner}, only while the view is shown
 * ({@link #setActive}), again after every new result (the W_hh-scale knob moves the eigenvalues live), with changes
 * that arrive meanwhile coalesced to the latest. Up to {@link #AUTOMATIC_UNITS} units they are computed at once;
 * a larger model waits until the user asks ({@link #computeLarge()}), since it takes seconds to minutes.
 */
public final class WeightsViewModel {
    /**
     * The largest hidden size whose spectra are computed without asking: an LSTM's take about 0.7 s at 256 units on
     * the 2-core machine of BENCHMARKS.md, and the time grows as H³ (about 45 s at 1024).
     */
    public static final int AUTOMATIC_UNITS = 256;

    private final WorkspaceViewModel workspace;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<List<RecurrentWeights>> weights = new ReadOnlyObjectWrapper<>(this, "weights");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper waitingForConsent = new ReadOnlyBooleanWrapper(this, "waitingForConsent");
    private final ReadOnlyObjectWrapper<Gate> block = new ReadOnlyObjectWrapper<>(this, "block");
    private boolean active;
    private int consentedUnits;
    /** The result the shown weights belong to, the one being computed, and the latest asked for meanwhile. */
    private WorkspaceResult shownFor;
    private WorkspaceResult computing;
    private WorkspaceResult pending;

    public WeightsViewModel(WorkspaceViewModel workspace, TaskRunner runner) {
        this.workspace = workspace;
        this.runner = runner;
        workspace.resultProperty().addListener((obs, o, r) -> refresh());
    }

    /** The workspace whose model, layer and selection the view follows. */
    public WorkspaceViewModel workspace() {
        return workspace;
    }

    /** W_hh of every layer with its spectra, bottom layer first; null until computed (then see the message). */
    public ReadOnlyObjectProperty<List<RecurrentWeights>> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    /** The matrix of the selected layer, or null. */
    public RecurrentWeights selectedLayer() {
        List<RecurrentWeights> w = weights.get();
        if (w == null || w.isEmpty()) {
            return null;
        }
        int layer = Math.max(0, Math.min(w.get(w.size() - 1).layer(), workspace.selection().layer()));
        Direction direction = workspace.selection().direction();
        RecurrentWeights forward = null;
        for (RecurrentWeights m : w) {
            if (m.layer() == layer && m.direction() == direction) {
                return m;
            }
            forward = m.layer() == layer && forward == null ? m : forward;
        }
        return forward;
    }

    /** Why no matrix is shown (computing, waiting for consent, an error); empty while the weights are current. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the spectra are computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when a large model waits for {@link #computeLarge()}. */
    public ReadOnlyBooleanProperty waitingForConsentProperty() {
        return waitingForConsent.getReadOnlyProperty();
    }

    /** The gate block whose eigenvalues are plotted; null for the figure's default (f, z, or the RNN's one). */
    public ReadOnlyObjectProperty<Gate> blockProperty() {
        return block.getReadOnlyProperty();
    }

    public void selectBlock(Gate gate) {
        block.set(gate);
    }

    /** Whether the view is shown: the spectra are computed only then (and when it is shown again, if stale). */
    public void setActive(boolean shown) {
        active = shown;
        refresh();
    }

    /** Computes the spectra of a model larger than {@link #AUTOMATIC_UNITS} units (and of later ones of its size). */
    public void computeLarge() {
        WorkspaceResult r = workspace.result();
        if (r != null) {
            consentedUnits = Math.max(consentedUnits, r.model().config().hiddenSize());
            refresh();
        }
    }

    private void refresh() {
        WorkspaceResult r = workspace.result();
        if (r == null) {
            show(null, "computing…");
            return;
        }
        if (r == shownFor || !active) {
            return;
        }
        int units = r.model().config().hiddenSize();
        if (units > Math.max(AUTOMATIC_UNITS, consentedUnits)) {
            shownFor = null;
            waitingForConsent.set(true);
            show(null, String.format(Locale.ROOT, "W_hh of this %s has %d blocks of %d × %d: their eigenvalues take "
                            + "seconds to minutes (about 0.7 s at 256 units on a 2-core machine, growing as H³).",
                    r.model().config().cell(), r.model().config().cell().blockCount(), units, units));
            return;
        }
        waitingForConsent.set(false);
        if (busy.get()) {
            pending = r;
            return;
        }
        start(r);
    }

    private void start(WorkspaceResult r) {
        busy.set(true);
        computing = r;
        if (weights.get() == null) {
            message.set("computing the eigenvalues of W_hh…");
        }
        runner.run(() -> Spectra.of(r.model()), w -> finished(r, w), this::failed);
    }

    private void finished(WorkspaceResult r, List<RecurrentWeights> w) {
        busy.set(false);
        computing = null;
        shownFor = r;
        show(List.copyOf(w), "");
        next();
    }

    private void failed(Throwable e) {
        busy.set(false);
        shownFor = computing;
        computing = null;
        show(null, "W_hh's spectrum could not be computed: " + (e instanceof OutOfMemoryError
                ? "not enough memory for a matrix this large" : e.getMessage()));
        next();
    }

    private void next() {
        WorkspaceResult p = pending;
        pending = null;
        if (p != null && p == workspace.result() && p != shownFor) {
            start(p);
        } else if (workspace.result() != shownFor) {
            refresh();
        }
    }

    private void show(List<RecurrentWeights> w, String text) {
        weights.set(w);
        message.set(text);
    }
}
