package org.gatelab.viewmodel.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.training.text.Dependence;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.viewmodel.TaskRunner;

/**
 * "What does this prediction depend on?": for the character chosen in the text view, one row per cell that has a
 * model (RNN, LSTM, GRU), the text before it coloured by ‖∂L/∂x_s‖, each row from 0 to its own largest value
 * (which its legend gives), so how far back each cell looks compares at a glance. FX thread; the gradients run on
 * the runner.
 */
public final class DependenceFinder {
    private final TaskRunner runner;
    private final TextInspector inspector;
    private final Supplier<ModelShelf> shelf;
    private final ObservableList<DependenceRow> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a fresh wrapper would be lost with it. */
    private final ObservableList<DependenceRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private int generation;

    DependenceFinder(TaskRunner runner, TextInspector inspector, Supplier<ModelShelf> shelf) {
        this.runner = runner;
        this.inspector = inspector;
        this.shelf = shelf;
        inspector.selectedProperty().addListener((obs, o, n) -> refresh());
        inspector.textProperty().addListener((obs, o, n) -> refresh());
    }

    /** One row per cell with a model, RNN first. */
    public ObservableList<DependenceRow> rows() {
        return rowsView;
    }

    /** What the rows show, or why there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Recomputes the rows for the chosen character and the models on the shelf. */
    void refresh() {
        int mine = ++generation;
        String text = inspector.textProperty().get();
        int p = inspector.selectedProperty().get();
        ModelShelf models = shelf.get();
        if (p < 1 || text.isEmpty()) {
            rows.clear();
            summary.set(p == 0 ? "The first character has nothing before it: choose a later one."
                    : "Click a character in the text to see what its prediction depended on.");
            return;
        }
        int[] cps = text.codePoints().toArray();
        runner.run(() -> compute(models, text, cps, p), result -> {
            if (mine == generation) {
                rows.setAll(result);
                summary.set(result.isEmpty() ? "No model can explain \"" + Vocabulary.show(cps[p]) + "\": it is "
                        + "outside every model's vocabulary, or there is no model yet." : String.format(Locale.ROOT,
                        "How much the loss of predicting \"%s\" (character %d) moves with each character before it, "
                        + "‖∂L/∂x_s‖: each row on its own scale, from 0 to its largest.", Vocabulary.show(cps[p]), p + 1));
            }
        }, e -> {
            if (mine == generation) {
                rows.clear();
                summary.set(String.valueOf(e.getMessage()));
            }
        });
    }

    private static List<DependenceRow> compute(ModelShelf models, String text, int[] cps, int p) {
        List<DependenceRow> out = new ArrayList<>();
        for (CellKind cell : CellKind.values()) {
            CharModel m = models.get(cell);
            if (m == null || !m.vocabulary().contains(cps[p])) {
                continue;
            }
            double[] n = Dependence.of(m, text, p);
            int argmax = 0;
            for (int s = 1; s < n.length; s++) {
                argmax = n[s] > n[argmax] ? s : argmax;
            }
            String legend = String.format(Locale.ROOT, "‖∂L/∂x_s‖ of this model, 0 … %.3g", n[argmax]);
            String note = String.format(Locale.ROOT, "largest %.3g at \"%s\", %d character%s back; the last 5 "
                    + "characters carry %.0f%% of the sum", n[argmax], Vocabulary.show(cps[argmax]), p - argmax,
                    p - argmax == 1 ? "" : "s", 100 * share(n, 5));
            out.add(new DependenceRow(models.describe(cell), ReadingPages.dependence(cps, n, p, legend), note));
        }
        return out;
    }

    /** The share of Σ‖∂L/∂x_s‖ that the last {@code k} characters carry. */
    static double share(double[] n, int k) {
        double all = 0;
        double last = 0;
        for (int s = 0; s < n.length; s++) {
            all += n[s];
            if (s >= n.length - k) {
                last += n[s];
            }
        }
        return all == 0 ? 0 : last / all;
    }
}
