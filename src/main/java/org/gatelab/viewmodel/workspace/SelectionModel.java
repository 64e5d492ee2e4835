package org.gatelab.viewmodel.workspace;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;

/**
 * Which hidden unit, layer and direction every view follows, and which gate a lesson highlights. The direction
 * is {@link Direction#REVERSE} only while the model is bidirectional.
 */
public final class SelectionModel {
    private final ReadOnlyIntegerWrapper unit = new ReadOnlyIntegerWrapper(this, "unit", 0);
    private final ReadOnlyIntegerWrapper layer = new ReadOnlyIntegerWrapper(this, "layer", 0);
    private final ReadOnlyIntegerWrapper unitCount = new ReadOnlyIntegerWrapper(this, "unitCount", 1);
    private final ReadOnlyIntegerWrapper layerCount = new ReadOnlyIntegerWrapper(this, "layerCount", 1);
    private final ReadOnlyObjectWrapper<Direction> direction =
            new ReadOnlyObjectWrapper<>(this, "direction", Direction.FORWARD);
    private final ReadOnlyBooleanWrapper bidirectional = new ReadOnlyBooleanWrapper(this, "bidirectional");
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

    /** The direction of the selected layer the views follow: forward, or reverse in a bidirectional model. */
    public ReadOnlyObjectProperty<Direction> directionProperty() {
        return direction.getReadOnlyProperty();
    }

    public Direction direction() {
        return direction.get();
    }

    /** True while the model shown has a reverse direction to follow. */
    public ReadOnlyBooleanProperty bidirectionalProperty() {
        return bidirectional.getReadOnlyProperty();
    }

    /** Follows {@code d}; the reverse direction only while the model is bidirectional (else forward). */
    public void selectDirection(Direction d) {
        direction.set(bidirectional.get() && d == Direction.REVERSE ? Direction.REVERSE : Direction.FORWARD);
    }

    /** The selected layer and direction of {@code trace}, clamped to its layers; null without a trace. */
    public LayerTrace layerOf(Trace trace) {
        if (trace == null) {
            return null;
        }
        int l = Math.max(0, Math.min(trace.layerCount() - 1, layer.get()));
        return trace.layer(l, trace.bidirectional() ? direction.get() : Direction.FORWARD);
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
    void setShape(int units, int layers, boolean twoDirections) {
        unitCount.set(Math.max(1, units));
        layerCount.set(Math.max(1, layers));
        bidirectional.set(twoDirections);
        selectDirection(direction.get());
        selectUnit(unit.get());
        selectLayer(layer.get());
    }
}
