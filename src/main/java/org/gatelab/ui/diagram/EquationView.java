package org.gatelab.ui.diagram;

import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Surface;
import org.gatelab.render.equations.EquationBuilder;
import org.gatelab.render.equations.EquationLayout;
import org.gatelab.render.equations.EquationPainter;
import org.gatelab.render.equations.EquationSet;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.ui.canvas.FxSurface;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The selected cell's equations for the selected layer, step and unit, with the numbers the engine recorded
 * substituted, like a worked example in a textbook ({@code fₜ = σ(W_if xₜ + b_if + W_hf hₜ₋₁ + b_hf) =
 * σ(0.214 + 0.096) = σ(0.310) = 0.577}), and a short block of gradients when the trace has them. The lesson's
 * highlighted gate is drawn on an accent background.
 *
 * <p>Tests read what it shows through a page object ({@code EquationPage}, under src/test).
 */
public final class EquationView extends CanvasView {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "equation-view";

    private final WorkspaceViewModel workspace;
    private final EquationPainter painter = new EquationPainter();
    private EquationSet set = EquationBuilder.build(null, 0, 0, 0);
    private EquationLayout lastLayout;

    public EquationView(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setMinSize(200, 120);
        setPrefSize(760, 420);
    }

    private void initListeners() {
        workspace.resultProperty().addListener((obs, o, n) -> rebuild());
        workspace.timeline().stepProperty().addListener((obs, o, n) -> rebuild());
        workspace.selection().unitProperty().addListener((obs, o, n) -> rebuild());
        workspace.selection().layerProperty().addListener((obs, o, n) -> rebuild());
        workspace.selection().directionProperty().addListener((obs, o, n) -> rebuild());
        workspace.selection().highlightedGateProperty().addListener((obs, o, n) -> requestRedraw());
        workspace.sealedProperty().addListener((obs, o, n) -> rebuild());
        rebuild();
    }

    /** Rebuilds the lines from the current trace and selection (cheap: a few dozen numbers). */
    private void rebuild() {
        Trace trace = workspace.trace();
        set = EquationBuilder.build(trace, workspace.selection().layer(), workspace.selection().direction(),
                workspace.timeline().step(),
                workspace.selection().unit(), workspace.sealed());
        requestRedraw();
    }

    /**
     * In presenter mode the room of {@link CanvasView#room()}, and at least the width and height the equations need at
     * the smallest type the view draws, so they are never clipped (beside other views they were, at every scale).
     */
    @Override
    public double[] room() {
        double[] room = super.room();
        double width = getWidth();
        if (room[1] <= 0 || width <= 0) {
            return room;
        }
        double scale = drawingScale();
        return measuring(g -> {
            FxSurface s = surfaceOn(g, width, room[1]);
            double across = Math.max(room[0], EquationLayout.widthAt(s, set, s.typeFloor()) * scale);
            double down = EquationLayout.heightAt(s, set, s.typeFloor(), Math.max(width, across) / scale) * scale;
            return new double[] {across, Double.isFinite(down) ? Math.max(room[1], down) : room[1]};
        });
    }

    /**
     * Alone on the screen in presenter mode the equations are as large as they fit at the default scale; each step
     * of + grows them from there with the rest of the type, so the view asks for the height they need at that size
     * in drawing units (drawn larger by the scale) and the work area scrolls. Without it they would keep the font
     * that fits the screen and only their smallest text would grow.
     */
    @Override
    public double[] roomAlone(double height) {
        double[] room = room();
        double width = getWidth();
        if (room[1] <= 0 || width <= 0 || height <= 0) {
            return room;
        }
        double scale = drawingScale();
        double base = scale / typeGrowth(); // the mode's default scale
        return measuring(g -> {
            FxSurface atBase = new FxSurface(g, width / base, height / base, 1, effectiveTypeFloor(), 1);
            double font = EquationLayout.compute(atBase, set, width / base, height / base).fontSize();
            FxSurface now = surfaceOn(g, width, height);
            double need = EquationLayout.heightAt(now, set, font, width / scale) * scale;
            return new double[] {room[0], Math.max(room[1], Double.isFinite(need) ? Math.max(height, need) : height)};
        });
    }

    @Override
    protected void paint(Surface surface) {
        lastLayout = painter.paint(surface, set, palette(), workspace.selection().highlightedGateProperty().get());
    }

    /** What the view shows, for the tests' page object. */
    EquationSet set() {
        return set;
    }

    /** What the view shows, for the tests' page object. */
    EquationLayout lastLayout() {
        return lastLayout;
    }
}
