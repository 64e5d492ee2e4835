package org.gatelab.viewmodel.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gatelab.tasks.text.Hypothesis;
import org.gatelab.training.text.TextReading;
import org.gatelab.training.text.UnitSearch;
import org.gatelab.training.text.UnitValue;
import org.gatelab.viewmodel.TaskRunner;

/**
 * "Find the unit": the pattern chosen (or a regular expression typed), the value compared (the one the text is
 * coloured by), and the units of the reading ranked by how well they follow it. Choosing a row colours the text
 * by that unit. FX thread; the ranking runs on the runner.
 */
public final class UnitFinder {
    /** Rows the ranking keeps. */
    static final int SHOWN = 12;

    private final TaskRunner runner;
    private final TextInspector inspector;
    private final ReadOnlyIntegerWrapper hypothesis = new ReadOnlyIntegerWrapper(this, "hypothesis", 0);
    private final ReadOnlyStringWrapper regex = new ReadOnlyStringWrapper(this, "regex", "");
    private final ObservableList<UnitRow> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a fresh wrapper would be lost with it. */
    private final ObservableList<UnitRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private int generation;

    UnitFinder(TaskRunner runner, TextInspector inspector) {
        this.runner = runner;
        this.inspector = inspector;
        inspector.readingProperty().addListener((obs, o, r) -> {
            rows.clear();
            summary.set("");
        });
    }

    /** The patterns' titles, in {@link Hypothesis} order. */
    public List<String> hypotheses() {
        return Arrays.stream(Hypothesis.values()).map(Hypothesis::title).toList();
    }

    /** What pattern {@code index} is. */
    public String explanation(int index) {
        return Hypothesis.values()[index].explanation();
    }

    /** True when pattern {@code index} needs a typed expression. */
    public boolean needsExpression(int index) {
        return Hypothesis.values()[index] == Hypothesis.REGEX;
    }

    public ReadOnlyIntegerProperty hypothesisProperty() {
        return hypothesis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty regexProperty() {
        return regex.getReadOnlyProperty();
    }

    /** The ranking, best first. */
    public ObservableList<UnitRow> rows() {
        return rowsView;
    }

    /** One sentence on the last search, or why it could not run. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void setHypothesis(int index) {
        if (index >= 0 && index < Hypothesis.values().length) {
            hypothesis.set(index);
        }
    }

    public void setRegex(String text) {
        regex.set(text == null ? "" : text);
    }

    /** Ranks the units of the current reading by |r| with the chosen pattern; shows the best. */
    public void search() {
        TextReading r = inspector.reading();
        if (r == null) {
            summary.set("There is no reading yet: choose a model and a text.");
            return;
        }
        Hypothesis h = Hypothesis.values()[hypothesis.get()];
        UnitValue value = inspector.value();
        String expression = regex.get();
        int mine = ++generation;
        runner.run(() -> UnitSearch.rank(r, value, h.signal(r.text(), expression)), ranked -> {
            if (mine != generation) {
                return;
            }
            List<UnitRow> top = ranked.stream().limit(SHOWN).map(m -> new UnitRow(m.layer(), m.unit(), m.r()))
                    .toList();
            rows.setAll(top);
            UnitRow best = top.get(0);
            summary.set(String.format(Locale.ROOT, "%s against \"%s\" over %,d characters: unit %d follows it best, "
                    + "r = %+.3f%s.", value.label(), h.title(), r.length(), best.unit(), best.r(),
                    best.r() < 0 ? " (it goes down where the pattern goes up)" : ""));
            inspector.colourBy(best.layer(), best.unit());
        }, e -> {
            if (mine == generation) {
                rows.clear();
                summary.set(String.valueOf(e.getMessage()));
            }
        });
    }

    /** Colours the text by the unit of row {@code index}. */
    public void show(int index) {
        if (index >= 0 && index < rows.size()) {
            inspector.colourBy(rows.get(index).layer(), rows.get(index).unit());
        }
    }
}
