package org.gatelab.viewmodel.language;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gatelab.render.text.ColouredText;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.training.text.TextReading;
import org.gatelab.training.text.UnitValue;
import org.gatelab.viewmodel.TaskRunner;

/**
 * The text view's state: which model reads which text (off the FX thread), the unit, layer and value the
 * characters are coloured by, whether the next-character predictions show, the character hovered (its details)
 * and the character chosen (whose prediction the dependence view explains). Every method belongs to the FX thread.
 */
public final class TextInspector {
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<CharModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<TextReading> reading = new ReadOnlyObjectWrapper<>(this, "reading");
    private final ReadOnlyIntegerWrapper layer = new ReadOnlyIntegerWrapper(this, "layer", 0);
    private final ReadOnlyIntegerWrapper unit = new ReadOnlyIntegerWrapper(this, "unit", 0);
    private final ReadOnlyIntegerWrapper valueIndex = new ReadOnlyIntegerWrapper(this, "valueIndex", 0);
    private final ObservableList<String> valueChoices = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a fresh wrapper would be lost with it. */
    private final ObservableList<String> valueChoicesView = FXCollections.unmodifiableObservableList(valueChoices);
    private final ReadOnlyObjectWrapper<Boolean> predictions = new ReadOnlyObjectWrapper<>(this, "predictions", true);
    private final ReadOnlyObjectWrapper<ColouredText> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hovered", -1);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Boolean> busy = new ReadOnlyObjectWrapper<>(this, "busy", false);
    private int generation;

    TextInspector(TaskRunner runner) {
        this.runner = runner;
    }

    // ---- what is read -------------------------------------------------------------------------------------

    /** The model reading the text (null: none yet). */
    public ReadOnlyObjectProperty<CharModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The model's reading of the text, or null while none. */
    public ReadOnlyObjectProperty<TextReading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public TextReading reading() {
        return reading.get();
    }

    /** True while a reading is computed. */
    public ReadOnlyObjectProperty<Boolean> busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the text could not be read, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads {@code text} with the current model (cut to {@link TextReading#LENGTH} characters). */
    public void setText(String newText) {
        String cut = cut(newText == null ? "" : newText);
        text.set(cut);
        read();
    }

    void setModel(CharModel m) {
        model.set(m);
        read();
    }

    private static String cut(String s) {
        int max = TextReading.LENGTH.maxInt();
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    private void read() {
        int mine = ++generation;
        CharModel m = model.get();
        String t = text.get();
        if (m == null || t.isEmpty()) {
            reading.set(null);
            refresh();
            return;
        }
        busy.set(true);
        runner.run(() -> TextReading.of(m, t), r -> {
            if (mine == generation) {
                busy.set(false);
                problem.set(r.unknownCount() == 0 ? "" : r.unknownCount() + " character" + (r.unknownCount() == 1
                        ? " is" : "s are") + " outside the model's vocabulary and read as the unknown character "
                        + org.gatelab.tasks.text.Vocabulary.UNKNOWN_SHOWN);
                adopt(r);
            }
        }, e -> {
            if (mine == generation) {
                busy.set(false);
                problem.set(String.valueOf(e.getMessage()));
                reading.set(null);
                refresh();
            }
        });
    }

    private void adopt(TextReading r) {
        int units = r.trace().hiddenSize();
        int layers = r.trace().layerCount();
        List<String> choices = UnitValue.of(r.trace().cell()).stream().map(UnitValue::label).toList();
        if (!choices.equals(valueChoices)) {
            valueChoices.setAll(choices);
            valueIndex.set(0);
        }
        unit.set(Math.min(unit.get(), units - 1));
        layer.set(Math.min(layer.get(), layers - 1));
        if (selected.get() >= r.length()) {
            selected.set(-1);
        }
        if (hovered.get() >= r.length()) {
            hovered.set(-1);
        }
        reading.set(r);
        refresh();
    }

    // ---- colouring ----------------------------------------------------------------------------------------

    /** Units per layer of the model that read the text, 0 while nothing is read. */
    public int hiddenSize() {
        TextReading r = reading.get();
        return r == null ? 0 : r.trace().hiddenSize();
    }

    /** Layers of the model that read the text, 0 while nothing is read. */
    public int layerCount() {
        TextReading r = reading.get();
        return r == null ? 0 : r.trace().layerCount();
    }

    public ReadOnlyIntegerProperty layerProperty() {
        return layer.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    /** The choices of value to colour by: h, c (LSTM), gate i, ... */
    public ObservableList<String> valueChoices() {
        return valueChoicesView;
    }

    public ReadOnlyIntegerProperty valueIndexProperty() {
        return valueIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> predictionsShownProperty() {
        return predictions.getReadOnlyProperty();
    }

    /** The text as the view draws it, or null while there is no reading. */
    public ReadOnlyObjectProperty<ColouredText> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ColouredText page() {
        return page.get();
    }

    /** Colours by {@code u} of {@code l}; out-of-range values are clamped to the model's units and layers. */
    public void colourBy(int l, int u) {
        TextReading r = reading.get();
        int layers = r == null ? 1 : r.trace().layerCount();
        int units = r == null ? Integer.MAX_VALUE : r.trace().hiddenSize();
        layer.set(Math.max(0, Math.min(l, layers - 1)));
        unit.set(Math.max(0, Math.min(u, units - 1)));
        refresh();
    }

    /** Colours by the value at {@code index} of {@link #valueChoices()}. */
    public void setValue(int index) {
        if (index >= 0 && index < valueChoices.size()) {
            valueIndex.set(index);
            refresh();
        }
    }

    public void setPredictionsShown(boolean on) {
        predictions.set(on);
        refresh();
    }

    /** The value chosen, as the trace reads it. */
    UnitValue value() {
        TextReading r = reading.get();
        List<UnitValue> values = UnitValue.of(r.trace().cell());
        return values.get(Math.min(valueIndex.get(), values.size() - 1));
    }

    // ---- pointing -----------------------------------------------------------------------------------------

    public ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Everything about the hovered character (or the chosen one when none is hovered). */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The character whose prediction the dependence view explains, or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The pointer is over character t (-1: over none). */
    public void hover(int t) {
        hovered.set(t);
        refreshDetails();
    }

    /** Chooses character t: its prediction is explained, its details stay shown. */
    public void select(int t) {
        TextReading r = reading.get();
        selected.set(r == null || t < 0 || t >= r.length() ? -1 : t);
        refresh();
    }

    private void refresh() {
        TextReading r = reading.get();
        page.set(r == null ? null : ReadingPages.page(r, layer.get(), unit.get(), value(), predictions.get(),
                selected.get()));
        refreshDetails();
    }

    private void refreshDetails() {
        TextReading r = reading.get();
        int t = hovered.get() >= 0 ? hovered.get() : selected.get();
        details.set(r == null || t < 0 || t >= r.length() ? "Hover a character to see\nevery unit's value after it\n"
                + "and the model's predictions\nof the next character.\n\nClick one to ask what\nits prediction "
                + "depends on."
                : ReadingPages.details(r, t));
    }
}
