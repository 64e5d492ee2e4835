package org.gatelab.viewmodel.memory;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.gatelab.engine.Model;
import org.gatelab.render.figures.MemoryFigure;
import org.gatelab.tasks.MemoryQuantity;
import org.gatelab.tasks.SequenceSet;
import org.gatelab.training.UnitMemory;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;

/**
 * The Memory tab: "what does this unit remember?". For a trained model and what its task asks it to carry (a
 * {@link MemoryQuantity}), the units ranked by how well their c (or h) encodes it over {@link #SEQUENCES} fresh
 * sequences, and the chosen unit (the best, until another is picked) over one of them, with its gates and the
 * gradient reaching it. {@link #showInDiagram()} opens that model, sequence and unit in the workspace.
 *
 * <p>Work runs through the {@link TaskRunner}; the ranking is kept while only the sequence or the unit changes.
 * FX thread only.
 */
public final class MemoryViewModel {
    /** Fresh sequences the units are ranked over. */
    public static final int SEQUENCES = 200;
    /** Their seed: the bundled models were trained on seed 1's data, so these are sequences they never saw. */
    public static final long SEED = 2;

    private final TaskRunner runner;
    private final WorkspaceViewModel workspace;
    private final List<MemorySource> sources;

    private final ReadOnlyObjectWrapper<MemorySource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<List<MemoryQuantity>> quantities = new ReadOnlyObjectWrapper<>(this,
            "quantities", List.of());
    private final ReadOnlyObjectWrapper<MemoryQuantity> quantity = new ReadOnlyObjectWrapper<>(this, "quantity");
    private final ReadOnlyObjectWrapper<UnitMemory.State> state = new ReadOnlyObjectWrapper<>(this, "state",
            UnitMemory.State.CELL);
    private final ReadOnlyIntegerWrapper sequence = new ReadOnlyIntegerWrapper(this, "sequence");
    private final ReadOnlyIntegerWrapper unit = new ReadOnlyIntegerWrapper(this, "unit", -1);
    private final ReadOnlyObjectWrapper<MemoryResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<MemoryFigure.Data> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyIntegerWrapper units = new ReadOnlyIntegerWrapper(this, "units");
    private final ReadOnlyBooleanWrapper cellStateOffered = new ReadOnlyBooleanWrapper(this, "cellStateOffered");
    private final ReadOnlyBooleanWrapper readsCell = new ReadOnlyBooleanWrapper(this, "readsCell");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private Model model;
    private SequenceSet set;

    /** A result and the sequences it came from (kept for the next change of sequence or unit). */
    private record Computed(MemoryResult result, SequenceSet set) {
    }
    private int generation;
    private ChangeListener<WorkspaceResult> waiting;

    /**
     * @param sources the models offered, in menu order (at least one)
     */
    public MemoryViewModel(TaskRunner runner, WorkspaceViewModel workspace, List<MemorySource> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("the Memory tab needs at least one trained model");
        }
        this.runner = runner;
        this.workspace = workspace;
        this.sources = List.copyOf(sources);
    }

    // ---- what the view reads -------------------------------------------------------------------------

    public List<MemorySource> sources() {
        return sources;
    }

    public ReadOnlyObjectProperty<MemorySource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** What the chosen model's task asks it to carry. */
    public ReadOnlyObjectProperty<List<MemoryQuantity>> quantitiesProperty() {
        return quantities.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MemoryQuantity> quantityProperty() {
        return quantity.getReadOnlyProperty();
    }

    /** c or h (c only for an LSTM). */
    public ReadOnlyObjectProperty<UnitMemory.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The sequence shown on the right, 0 to {@link #SEQUENCES} - 1. */
    public ReadOnlyIntegerProperty sequenceProperty() {
        return sequence.getReadOnlyProperty();
    }

    /** The unit shown on the right (the best one after each new ranking); -1 before the first result. */
    public ReadOnlyIntegerProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MemoryResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The figure's data for the result and the unit; null before the first result. */
    public ReadOnlyObjectProperty<MemoryFigure.Data> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** One sentence about the chosen unit, e.g. "Unit 18: c ≈ 0.45 × running sum + 0.04 (|r| = 0.993 ...)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The chosen model's hidden units (0 before the first result). */
    public ReadOnlyIntegerProperty unitsProperty() {
        return units.getReadOnlyProperty();
    }

    /** True when the chosen model has a cell state c to read (an LSTM). */
    public ReadOnlyBooleanProperty cellStateOfferedProperty() {
        return cellStateOffered.getReadOnlyProperty();
    }

    /** True when the units' c is read, false for h. */
    public ReadOnlyBooleanProperty readsCellProperty() {
        return readsCell.getReadOnlyProperty();
    }

    /** The titles of {@link #quantitiesProperty()}, for a menu. */
    public List<String> quantityTitles() {
        return quantities.get().stream().map(MemoryQuantity::title).toList();
    }

    /** Chooses the {@code index}-th of {@link #quantitiesProperty()}. */
    public void setQuantity(int index) {
        List<MemoryQuantity> q = quantities.get();
        if (index >= 0 && index < q.size()) {
            setQuantity(q.get(index));
        }
    }

    /** Reads c (true; an LSTM only) or h. */
    public void setCellState(boolean cell) {
        setState(cell ? UnitMemory.State.CELL : UnitMemory.State.HIDDEN);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last request failed; empty when fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ---- changes -------------------------------------------------------------------------------------

    /** Opens the first model (once, when the tab is first shown). */
    public void start() {
        if (source.get() == null) {
            show(sources.get(0), null, null, 0);
        }
    }

    public void setSource(MemorySource s) {
        if (s != null && !s.equals(source.get())) {
            show(s, null, null, 0);
        }
    }

    public void setQuantity(MemoryQuantity q) {
        if (q != null && source.get() != null && !q.equals(quantity.get())) {
            show(source.get(), q, state.get(), sequence.get());
        }
    }

    public void setState(UnitMemory.State s) {
        if (s != null && source.get() != null && s != state.get()) {
            show(source.get(), quantity.get(), s, sequence.get());
        }
    }

    public void setSequence(int n) {
        if (source.get() != null && n != sequence.get()) {
            show(source.get(), quantity.get(), state.get(), n);
        }
    }

    /** Shows {@code u} on the right (the ranking stays). */
    public void selectUnit(int u) {
        MemoryResult r = result.get();
        if (r != null && u >= 0 && u < r.ranking().scores().size()) {
            unit.set(u);
            publish(r);
        }
    }

    /**
     * Shows everything at once (a lesson's scene): the model, what to rank by ({@code null}: the task's first),
     * the state ({@code null}: c for an LSTM, else h) and the sequence.
     */
    public void show(MemorySource s, MemoryQuantity q, UnitMemory.State st, int n) {
        List<MemoryQuantity> offered = MemoryQuantity.of(s.task());
        if (offered.isEmpty()) {
            problem.set("the " + s.task().id() + " task needs no long memory: nothing to rank");
            return;
        }
        MemoryQuantity chosen = q == null ? offered.get(0) : q;
        if (!offered.contains(chosen)) {
            problem.set("the " + s.task().id() + " task has no quantity \"" + chosen.id() + "\"");
            return;
        }
        if (n < 0 || n >= SEQUENCES) {
            problem.set("sequence " + n + " does not exist: choose 0 to " + (SEQUENCES - 1));
            return;
        }
        boolean newModel = !s.equals(source.get()) || model == null;
        source.set(s);
        quantities.set(offered);
        quantity.set(chosen);
        sequence.set(n);
        problem.set("");
        busy.set(true);
        int mine = ++generation;
        Model known = newModel ? null : model;
        SequenceSet knownSet = newModel ? null : set;
        UnitMemory.Ranking reuse = newModel || result.get() == null ? null : result.get().ranking();
        runner.run(() -> {
            Model m = known != null ? known : MemoryComputation.load(s);
            SequenceSet data = knownSet != null ? knownSet : MemoryComputation.sequences(s);
            UnitMemory.State use = st != null && (st != UnitMemory.State.CELL || m.config().cell().hasCellState()) ? st
                    : m.config().cell().hasCellState() ? UnitMemory.State.CELL : UnitMemory.State.HIDDEN;
            return new Computed(MemoryComputation.compute(s, m, data, chosen, use, n, reuse), data);
        }, c -> {
            if (mine != generation) {
                return;
            }
            MemoryResult r = c.result();
            busy.set(false);
            model = r.model();
            set = c.set();
            units.set(r.model().config().hiddenSize());
            cellStateOffered.set(r.model().config().cell().hasCellState());
            boolean newRanking = result.get() == null || result.get().ranking() != r.ranking();
            state.set(r.state());
            readsCell.set(r.state() == UnitMemory.State.CELL);
            if (newRanking || unit.get() < 0) {
                unit.set(r.ranking().best().unit());
            }
            publish(r);
        }, e -> {
            if (mine == generation) {
                busy.set(false);
                problem.set("Could not look into " + s.file().getFileName() + ": " + e.getMessage());
            }
        });
    }

    private void publish(MemoryResult r) {
        result.set(r);
        picture.set(MemoryPictures.of(r, unit.get()));
        summary.set(MemoryPictures.summary(r, unit.get()));
    }

    /**
     * Opens the shown model and sequence in the workspace at the chosen unit, the highlighted gate f (GRU: z), at
     * the step midway between the first two events (between the adding problem's markers), where the carousel
     * shows. The caller switches to the workspace.
     */
    public void showInDiagram() {
        MemoryResult r = result.get();
        if (r == null) {
            return;
        }
        int u = unit.get();
        int[] events = r.events();
        int length = r.trace().length();
        int step = events.length >= 2 ? (events[0] + events[1]) / 2 : events.length == 1 ? events[0] : length - 1;
        CellKind cell = r.model().config().cell();
        if (waiting != null) {
            workspace.resultProperty().removeListener(waiting);
        }
        waiting = (obs, old, shown) -> {
            if (shown != null && shown.trace().hiddenSize() == r.model().config().hiddenSize()
                    && shown.trace().length() == length && workspace.inspectionProperty().get() != null) {
                workspace.resultProperty().removeListener(waiting);
                waiting = null;
                workspace.selection().selectUnit(u);
                workspace.timeline().pause();
                workspace.timeline().setStep(step);
            }
        };
        workspace.resultProperty().addListener(waiting);
        workspace.selection().highlightGate(cell == CellKind.LSTM ? Gate.F : cell == CellKind.GRU ? Gate.Z : Gate.A);
        workspace.inspect(r.model(), r.sample(), "trained " + cell + " from " + r.source().file().getFileName()
                + ", sequence " + r.sequence() + " of the Memory tab");
    }
}
