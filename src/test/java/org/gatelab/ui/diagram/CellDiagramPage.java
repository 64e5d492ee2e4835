package org.gatelab.ui.diagram;

import java.util.Optional;
import javafx.geometry.Point2D;
import org.gatelab.render.diagram.DiagramLayout;
import org.gatelab.render.diagram.DiagramValues;
import org.gatelab.render.diagram.GateBox;
import org.gatelab.render.diagram.Quantity;
import org.gatelab.render.diagram.Rect;
import org.gatelab.render.diagram.Viewport;
import org.gatelab.vocabulary.Gate;

/** The {@link CellDiagramView} as a test reads it: what it draws and shows, read from the view's parts. */
public final class CellDiagramPage {
    private final CellDiagramView view;

    public CellDiagramPage(CellDiagramView view) {
        this.view = view;
    }

    /**
     * The exact activation the diagram shows for {@code gate} at the current step and unit, as read from the
     * trace (not the animated display copy); NaN if the cell has no such gate or there is no trace.
     */
    public double shownActivation(Gate gate) {
        DiagramValues v = view.transition().target();
        return v == null ? Double.NaN : v.activation(gate);
    }

    /** The exact pre-activation shown for {@code gate} (NaN if none). */
    public double shownPreActivation(Gate gate) {
        DiagramValues v = view.transition().target();
        return v == null ? Double.NaN : v.preActivation(gate);
    }

    /** The exact value shown for a state such as c_{t-1} or h_t (NaN if the cell has none). */
    public double shownState(Quantity q) {
        DiagramValues v = view.transition().target();
        return v == null ? Double.NaN : v.state(q);
    }

    /** The activation as drawn right now: between the old and new values while animating. */
    public double displayedActivation(Gate gate) {
        DiagramValues v = view.transition().shown();
        return v == null ? Double.NaN : v.activation(gate);
    }

    /** True while a step transition animates. */
    public boolean isAnimating() {
        return view.transition().running();
    }

    /** The shownLayout of the cell shown (empty before the first trace). */
    public Optional<DiagramLayout> diagramLayout() {
        return Optional.ofNullable(view.shownLayout());
    }

    /** The centre of {@code gate}'s box in this view's coordinates (empty if the cell has no such gate). */
    public Optional<Point2D> gateCenter(Gate gate) {
        if (view.shownLayout() == null) {
            return Optional.empty();
        }
        Viewport vp = view.viewport();
        return view.shownLayout().gateBox(gate).map(GateBox::bounds)
                .map((Rect r) -> new Point2D(view.viewCoordinate(vp.px(r.cx())), view.viewCoordinate(vp.py(r.cy()))));
    }

    /** The gate under the mouse, if any. */
    public Optional<Gate> hoveredGate() {
        return Optional.ofNullable(view.hovered());
    }

    /** The tooltip currently set (shown while the mouse rests on a gate), or empty when none. */
    public String currentTooltip() {
        return view.tooltipInstalled() ? view.tooltip().getText() : "";
    }

    /** The title line the diagram draws, e.g. {@code "LSTM cell · layer 1 · unit 3 · t = 7"}. */
    public String title() {
        return view.titleText();
    }
}
