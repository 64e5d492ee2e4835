package org.gatelab.viewmodel.workspace;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gatelab.vocabulary.Gate;

/** Which hidden unit and layer every view follows, and which gate a lesson highlights. */
public final class SelectionModel {
    private final ReadOnlyIntegerWrapper unit = new ReadOnlyIntegerWrapper(this, "unit", 0);
    private final ReadOnlyIntegerWrapper layer = new ReadOnlyIntegerWrapper(this, "layer", 0);
    private final ReadOnlyIntegerWrapper unitCount = new ReadOnlyIntegerWrapper(this, "unitCount", 1);
    private final ReadOnlyIntegerWrapper layerCount = new ReadOnlyIntegerWrapper(this, "layerCount", 1);
    private final ReadOnlyObjectWrapper<Gate> highlightedGate = new ReadOnlyObjectWrapper<>(this, "highlightedGate");

    public ReadOnlyIntegerProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    public int unit() {
        return unit.get();
    }

    public ReadOnlyIntegerProperty layerProperty() {
        return layer.getReadOnlyProperty();
    }

    public int layer() {
        return layer.get();
    }

    public ReadOnlyIntegerProperty unitCountProperty() {
        return unitCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty layerCountProperty() {
        return layerCount.getReadOnlyProperty();
    }

    /** The gate a lesson step (or the user) highlights; null for none. */
    public ReadOnlyObjectProperty<Gate> highlightedGateProperty() {
        return highlightedGate.getReadOnlyProperty();
    }

    public void selectUnit(int u) {
        unit.set(Math.max(0, Math.min(unitCount.get() - 1, u)));
    }

    public void selectLayer(int l) {
        layer.set(Math.max(0, Math.min(layerCount.get() - 1, l)));
    }

    public void highlightGate(Gate gate) {
        highlightedGate.set(gate);
    }

    /** Called when a new trace arrives: keeps the selection inside the model's units and layers. */
    void setShape(int units, int layers) {
        unitCount.set(Math.max(1, units));
        layerCount.set(Math.max(1, layers));
        selectUnit(unit.get());
        selectLayer(layer.get());
    }
}
