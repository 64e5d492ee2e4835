package org.gatelab.ui.workspace;

import java.util.Locale;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * Draw the input with the mouse: the sequence's first feature as bars, one per timestep, from −1 to 1; dragging
 * across them sets each bar under the pointer, and letting go makes the drawing the typed sequence (its target
 * kept). Shows whatever input the workspace computes on.
 */
final class InputSketch extends CanvasView {
    /** The values a drawing spans. */
    static final double LIMIT = 1;
    private final WorkspaceViewModel workspace;
    private double[] drawing;

    InputSketch(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        setId("input-sketch");
        getStyleClass().add("input-sketch");
        setMinSize(120, 70);
        setPrefSize(240, 80);
        setMaxHeight(80);
        workspace.resultProperty().addListener((obs, o, n) -> {
            drawing = null;
            requestRedraw();
        });
        setOnMousePressed(e -> {
            drawing = values();
            draw(e.getX(), e.getY());
        });
        setOnMouseDragged(e -> draw(e.getX(), e.getY()));
        setOnMouseReleased(e -> commit());
    }

    /** The input's first feature at every step, as the workspace computed it (empty before the first trace). */
    private double[] values() {
        Trace t = workspace.trace();
        if (t == null) {
            return new double[0];
        }
        double[] v = new double[t.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.layer(0).input(i, 0, 0);
        }
        return v;
    }

    private void draw(double x, double y) {
        if (drawing == null || drawing.length == 0) {
            return;
        }
        int t = (int) Math.floor(toDrawing(x) / drawingWidth() * drawing.length);
        if (t < 0 || t >= drawing.length) {
            return;
        }
        double u = 1 - toDrawing(y) / drawingHeight();
        drawing[t] = Math.max(-LIMIT, Math.min(LIMIT, Math.round((2 * u - 1) * LIMIT * 100) / 100.0));
        requestRedraw();
    }

    private void commit() {
        if (drawing == null || drawing.length == 0) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (double v : drawing) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", v));
        }
        double target = workspace.settings().customTarget();
        workspace.setCustomInput(b.toString(), Double.isFinite(target) ? target : 0);
    }

    @Override
    protected void paint(Surface s) {
        double[] v = drawing != null ? drawing : values();
        double w = s.width();
        double h = s.height();
        s.setStroke(palette().grid());
        s.setLineWidth(1);
        s.line(0, h / 2, w, h / 2);
        if (v.length == 0) {
            return;
        }
        double bw = w / v.length;
        s.setFill(palette().series(0));
        for (int t = 0; t < v.length; t++) {
            double top = h / 2 - Math.max(-LIMIT, Math.min(LIMIT, v[t])) / LIMIT * h / 2;
            s.fillRect(t * bw + 0.15 * bw, Math.min(top, h / 2), 0.7 * bw, Math.abs(top - h / 2));
        }
        s.setFont(10, false, false);
        s.setFill(palette().mutedText());
        s.text("draw xₜ", 3, 3, HAlign.LEFT, VAlign.TOP);
    }
}
