package org.gatelab.ui.diagram;

import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Sealed;
import org.gatelab.render.Surface;
import org.gatelab.render.diagram.DiagramFormat;
import org.gatelab.render.diagram.DiagramLayout;
import org.gatelab.render.diagram.DiagramMarks;
import org.gatelab.render.diagram.DiagramValues;
import org.gatelab.render.diagram.Viewport;
import org.gatelab.render.figures.DiagramFigure;
import org.gatelab.render.figures.FigureSelection;
import org.gatelab.ui.canvas.CanvasLook;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The cell diagram: the selected layer's cell (LSTM, GRU or RNN, drawn as in Olah's "Understanding LSTM
 * Networks") for the selected unit at the timeline's step, every gate showing its recorded activation.
 *
 * <p>When the step changes, the view animates a display copy of the values from the old step to the new one
 * over {@link org.gatelab.viewmodel.workspace.TimelineModel#transitionMillisProperty()} while pulses run along the wires
 * (at once when it is 0); any other change (cell, unit, layer, a new trace) shows the new values at once.
 * Hovering a gate shows a tooltip with its name, value, pre-activation and role; clicking a gate highlights it
 * through the selection model, clicking it again clears the highlight.
 *
 * <p>Tests read what it shows through a page object ({@code CellDiagramPage}, under src/test).
 */
public final class CellDiagramView extends CanvasView {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "cell-diagram-view";
    /** Style class of the gate tooltip. */
    public static final String TOOLTIP_STYLE_CLASS = "cell-diagram-tooltip";

    private final WorkspaceViewModel workspace;
    private final DiagramFigure figure = new DiagramFigure();
    private final DiagramTransition transition = new DiagramTransition();
    private final Tooltip tooltip = new Tooltip();
    private boolean tooltipInstalled;
    private DiagramLayout layout;
    private Gate hovered;
    private long startNanos = -1;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (startNanos < 0) {
                startNanos = now;
            }
            if (!transition.advance((now - startNanos) / 1e6)) {
                stop();
            }
            requestRedraw();
        }
    };

    public CellDiagramView(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        createView();
        initListeners();
    }

    /** First step: style classes and the tooltip. */
    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        tooltip.getStyleClass().add(TOOLTIP_STYLE_CLASS);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setHideDelay(Duration.millis(100));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    /** Second step: follow the view model and the mouse, then show the current values. */
    private void initListeners() {
        workspace.resultProperty().addListener((obs, o, n) -> refresh(false));
        workspace.selection().layerProperty().addListener((obs, o, n) -> refresh(false));
        workspace.selection().unitProperty().addListener((obs, o, n) -> refresh(false));
        workspace.selection().directionProperty().addListener((obs, o, n) -> refresh(false));
        workspace.timeline().stepProperty().addListener((obs, o, n) -> refresh(true));
        workspace.selection().highlightedGateProperty().addListener((obs, o, n) -> requestRedraw());
        workspace.sealedProperty().addListener((obs, o, n) -> refresh(false));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverAt(-1, -1));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                gateAtViewPoint(e.getX(), e.getY()).ifPresent(this::toggleHighlight);
            }
        });
        refresh(false);
    }

    /** Reads the target values from the trace; animates toward them when {@code animate} and allowed. */
    private void refresh(boolean animate) {
        LayerTrace layer = layer();
        if (layer == null) {
            layout = null;
            transition.snap(null);
            timer.stop();
            requestRedraw();
            return;
        }
        layout = DiagramFigure.layoutFor(layer, layout);
        DiagramValues values = DiagramFigure.values(layer, selection(), workspace.sealed());
        double millis = workspace.timeline().transitionMillisProperty().get();
        if (animate && transition.start(values, layout, millis)) {
            startNanos = -1;
            timer.start();
        } else {
            transition.snap(values);
            timer.stop();
        }
        if (hovered != null) {
            if (layout.gateBox(hovered).isEmpty()) {
                hoverAt(-1, -1);
            } else {
                tooltip.setText(hoverText(hovered));
            }
        }
        requestRedraw();
    }

    private void toggleHighlight(Gate gate) {
        Gate current = workspace.selection().highlightedGateProperty().get();
        workspace.selection().highlightGate(current == gate ? null : gate);
    }

    private void hoverAt(double x, double y) {
        Gate gate = gateAtViewPoint(x, y).orElse(null);
        if (gate == null) {
            if (tooltipInstalled) {
                Tooltip.uninstall(this, tooltip);
                tooltipInstalled = false;
            }
        } else {
            tooltip.setText(hoverText(gate));
            if (!tooltipInstalled) {
                Tooltip.install(this, tooltip);
                tooltipInstalled = true;
            }
        }
        if (gate != hovered) {
            hovered = gate;
            requestRedraw();
        }
    }

    // ---- geometry ----------------------------------------------------------------------------------

    /** Where the diagram goes: the figure's viewport for the view's current size, in drawing units. */
    Viewport viewport() {
        return DiagramFigure.viewport(drawingWidth(), drawingHeight(), sizing());
    }

    /**
     * How large the diagram is drawn (issue 14): in presenter mode by its type alone, so every step of + grows the
     * whole diagram, boxes and text together, and a panel too small for it gets the room through its scroll bars
     * rather than squeezing the text into boxes it no longer fits; on a monitor it fills the view but never gets
     * smaller than its labels at {@link #MONITOR_LABELS} pixels need.
     */
    DiagramFigure.Sizing sizing() {
        double floor = effectiveTypeFloor();
        return presenting() ? DiagramFigure.Sizing.byType(floor) : DiagramFigure.Sizing.atLeast(floor);
    }

    private boolean presenting() {
        return typeFloorProperty().get() >= CanvasLook.PRESENTER_TYPE_FLOOR - 1e-9;
    }

    /** The diagram's smallest labels on a monitor, in pixels at the default type scale: as in the light theme. */
    static final double MONITOR_LABELS = 11;

    @Override
    protected double minimumType() {
        return presenting() ? 0 : MONITOR_LABELS;
    }

    /** The room the diagram needs at its smallest: its sizing's, in pixels. */
    @Override
    public double[] room() {
        DiagramFigure.Sizing s = sizing();
        return new double[] {s.minWidth(drawingHeight()) * drawingScale(), s.minHeight(drawingHeight()) * drawingScale()};
    }


    // ---- painting ----------------------------------------------------------------------------------

    @Override
    protected void paint(Surface s) {
        DiagramMarks marks = new DiagramMarks(workspace.selection().highlightedGateProperty().get(), hovered,
                transition.running() ? transition.phase() : 0);
        DiagramValues shown = transition.shown();
        boolean anySealed = shown != null && (!shown.sealedGates().isEmpty() || !shown.sealedStates().isEmpty());
        figure.paint(s, palette(), layout, shown, titleText(), marks,
                anySealed ? Sealed.MARK + " " + Sealed.HOVER : DiagramFigure.HINT, sizing());
    }

    // ---- model access ------------------------------------------------------------------------------

    private LayerTrace layer() {
        Trace trace = workspace.trace();
        if (trace == null) {
            return null;
        }
        return selection().layerOf(trace);
    }

    private FigureSelection selection() {
        return new FigureSelection(workspace.timeline().step(), workspace.selection().unit(), workspace.selection().layer(),
                workspace.selection().highlightedGateProperty().get(), workspace.selection().direction());
    }

    private int step(LayerTrace layer) {
        return selection().stepIn(layer);
    }

    private int unit(LayerTrace layer) {
        return selection().unitIn(layer);
    }

    /** The title line, e.g. {@code "LSTM cell · layer 1 · unit 3 · t = 7"} (layers counted from 1). */
    String titleText() {
        return DiagramFigure.title(layer(), selection());
    }

    /**
     * The tooltip of {@code gate}: its symbol and title, the recorded value as its squashing function of the
     * pre-activation (both as the diagram prints them), the two recorded parts of the pre-activation, the unit
     * and step, and its role. For example:
     * <pre>
     * f · forget gate
     * f = σ(0.312) = 0.577
     * 0.312 = 0.200 from xₜ + 0.112 from hₜ₋₁
     * unit 3 · t = 7
     * Decides how much of the old cell state is kept: 1 keeps everything, 0 erases it.
     * </pre>
     */
    String hoverText(Gate gate) {
        LayerTrace layer = layer();
        DiagramValues v = transition.target();
        if (layer == null || v == null || !v.activations().containsKey(gate)) {
            return "";
        }
        String fn = switch (gate.squash()) {
            case SIGMOID -> "\u03C3";
            case TANH -> "tanh";
            case CELL_NONLINEARITY -> v.nonlinearity() == Nonlinearity.RELU ? "ReLU" : "tanh";
        };
        String pre = DiagramFormat.value(v.preActivation(gate), v.sealed(gate));
        String value = v.sealed(gate) ? Sealed.MARK + " (" + Sealed.HOVER + ")"
                : DiagramFormat.value(v.activation(gate));
        String lhs = gate == Gate.A ? "h\u209C" : gate.symbol();
        String arg = (gate == Gate.A ? "a = " : "") + pre;
        // the GRU's candidate scales its recurrent part by r before adding it
        String hidden = (gate == Gate.N ? "r \u00B7 " : "") + DiagramFormat.value(v.hiddenPart(gate), v.sealed(gate));
        return gate.symbol() + " \u00B7 " + gate.title() + "\n"
                + lhs + " = " + fn + "(" + arg + ") = " + value + "\n"
                + (gate == Gate.A ? "a" : "pre-activation") + " " + pre + " = "
                + DiagramFormat.value(v.inputPart(gate), v.sealed(gate))
                + " from x\u209C + " + hidden + " from h\u209C\u208B\u2081\n"
                + "unit " + unit(layer) + " \u00B7 t = " + step(layer) + "\n"
                + gate.role();
    }

    /** The gate under a point in this view's coordinates, as laid out for the current size. */
    Optional<Gate> gateAtViewPoint(double x, double y) {
        if (layout == null) {
            return Optional.empty();
        }
        Viewport vp = viewport();
        return layout.gateAt(vp.layoutX(toDrawing(x)), vp.layoutY(toDrawing(y)));
    }

    /** What the view shows, for the tests' page object. */
    DiagramTransition transition() {
        return transition;
    }

    /** What the view shows, for the tests' page object. */
    Tooltip tooltip() {
        return tooltip;
    }

    /** What the view shows, for the tests' page object. */
    boolean tooltipInstalled() {
        return tooltipInstalled;
    }

    /** What the view shows, for the tests' page object. */
    DiagramLayout shownLayout() {
        return layout;
    }

    /** What the view shows, for the tests' page object. */
    Gate hovered() {
        return hovered;
    }

    /** A drawing coordinate in the view's pixels, for the tests' page object. */
    double viewCoordinate(double drawingCoordinate) {
        return toView(drawingCoordinate);
    }
}
