package org.gatelab.ui.canvas;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.gatelab.render.Palette;
import org.gatelab.render.Surface;

/**
 * A view that draws itself on a Canvas that fills it, through a {@link Surface}. Redraws happen at most
 * once per pulse: {@link #requestRedraw()} only marks the view dirty; the drawing happens in the next layout
 * pass. Subclasses implement {@link #paint(Surface)} from the view model's current values only.
 */
public abstract class CanvasView extends Region {
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private boolean dirty = true;

    protected CanvasView() {
        getChildren().add(canvas);
        palette.addListener((obs, o, n) -> requestRedraw());
        setMinSize(120, 80);
        setPrefSize(480, 320);
    }

    /** The colours of the current theme. */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public Palette palette() {
        return palette.get();
    }

    /** Marks the view for redrawing in the next pulse. */
    public final void requestRedraw() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, Math.floor(getWidth()));
        double h = Math.max(1, Math.floor(getHeight()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            FxSurface surface = new FxSurface(canvas.getGraphicsContext2D(), w, h);
            surface.setFill(palette.get().background());
            surface.fillRect(0, 0, w, h);
            paint(surface);
        }
    }

    /** Draws the whole view. Called at most once per pulse. */
    protected abstract void paint(Surface surface);

    /** The canvas, for snapshots in tests and exports. */
    public Canvas canvas() {
        return canvas;
    }
}
