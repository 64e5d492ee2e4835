package org.gatelab.ui.canvas;

import javafx.application.Platform;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Dimension2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.gatelab.render.Palette;
import org.gatelab.render.Surface;

/**
 * A view that draws itself on a Canvas that fills it, through a {@link Surface}. Redraws happen at most
 * once per pulse: {@link #requestRedraw()} only marks the view dirty; the drawing happens in the next layout
 * pass. Subclasses implement {@link #paint(Surface)} from the view model's current values only.
 *
 * <p>The <b>drawing scale</b> (presenter mode's large type) makes every font and stroke grow together: the painter
 * draws into a smaller area of {@code width / scale × height / scale} drawing units and the canvas is scaled by
 * {@code scale}, whatever that leaves to draw in (fewer views, or a zoomed one, give each more room). Subclasses
 * that measure themselves or take mouse positions use {@link #drawingWidth()}, {@link #drawingHeight()},
 * {@link #toDrawing(double)} and {@link #toView(double)}. The <b>type floor</b> is the smallest font the view draws,
 * in drawing units (presenter mode's projector rule). Palette, scale and floor come from the {@link CanvasLook} of
 * the scene the view is in, taken again whenever the view joins a scene.
 */
public abstract class CanvasView extends Region {
    /** The drawing scale's bounds. */
    public static final double MIN_SCALE = 0.25;
    public static final double MAX_SCALE = 4;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final DoubleProperty drawingScale = new SimpleDoubleProperty(this, "drawingScale", 1);
    private final DoubleProperty typeFloor = new SimpleDoubleProperty(this, "typeFloor", 0);
    private final DoubleProperty typeGrowth = new SimpleDoubleProperty(this, "typeGrowth", 1);
    private final ChangeListener<CanvasLook> lookListener = (obs, o, look) -> setLook(look);
    private ObservableValue<CanvasLook> sceneLook;
    private boolean dirty = true;
    private Dimension2D lastDrawingSize;
    /** The room the view asked for at its last paint ({@link #room()}); NaN before the first. */
    private double[] lastRoom = {Double.NaN, Double.NaN};

    protected CanvasView() {
        getChildren().add(canvas);
        palette.addListener((obs, o, n) -> requestRedraw());
        drawingScale.addListener((obs, o, n) -> requestRedraw());
        typeFloor.addListener((obs, o, n) -> requestRedraw());
        typeGrowth.addListener((obs, o, n) -> requestRedraw());
        sceneProperty().addListener((obs, o, scene) -> followLook(scene));
        setMinSize(120, 80);
        setPrefSize(480, 320);
    }

    /** Follows the look of the scene the view joined (none: keeps its own). */
    private void followLook(Scene scene) {
        if (sceneLook != null) {
            sceneLook.removeListener(lookListener);
        }
        sceneLook = CanvasLook.of(scene);
        if (sceneLook != null) {
            sceneLook.addListener(lookListener);
            setLook(sceneLook.getValue());
        }
    }

    /** Takes a look's palette, scale and type floor. */
    public void setLook(CanvasLook look) {
        if (look != null) {
            palette.set(look.palette());
            drawingScale.set(look.scale());
            typeFloor.set(look.typeFloor());
            typeGrowth.set(look.typeGrowth());
        }
    }

    /** The colours of the current theme. */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public Palette palette() {
        return palette.get();
    }

    /** The drawing scale asked for: 1 normally, up to 3 in presenter mode. */
    public DoubleProperty drawingScaleProperty() {
        return drawingScale;
    }

    /** How many pixels one drawing unit takes now: the scale asked for, clamped to {@link #MIN_SCALE} to {@link #MAX_SCALE}. */
    public double drawingScale() {
        double s = drawingScale.get();
        return Double.isFinite(s) ? Math.max(MIN_SCALE, Math.min(MAX_SCALE, s)) : 1;
    }

    /** The smallest font the view draws, in drawing units (0: none). */
    public DoubleProperty typeFloorProperty() {
        return typeFloor;
    }

    /** How many times presenter mode's + has grown the type ({@link Surface#typeGrowth()}): 1 on a monitor. */
    public DoubleProperty typeGrowthProperty() {
        return typeGrowth;
    }

    /** {@link #typeGrowthProperty()}'s value, at least a tenth. */
    public double typeGrowth() {
        double g = typeGrowth.get();
        return Double.isFinite(g) && g > 0.1 ? g : 1;
    }

    /**
     * The smallest font this kind of view draws on a monitor, in drawing units, whatever the look's floor (0: the
     * look's floor only). A view whose labels sit in boxes (the cell diagram) keeps them readable so.
     */
    protected double minimumType() {
        return 0;
    }

    /** The floor the view draws with: the look's, or the view's own {@link #minimumType()} if larger. */
    public double effectiveTypeFloor() {
        return Math.max(typeFloor.get(), minimumType());
    }

    /**
     * The room the view needs on screen, in pixels, {width, height}: in presenter mode as many floors of type as a
     * view needs to lay its text out at that size ({@link #ROOM_FLOORS}), so a step of + that leaves a view too little
     * room gives it more (its panel keeps the room, the work area scrolls) instead of squeezing its text; nothing
     * on a monitor. Views with a layout of their own (the cell diagram) say what theirs needs.
     */
    public double[] room() {
        if (typeFloor.get() < CanvasLook.PRESENTER_TYPE_FLOOR - 1e-9) {
            return new double[] {0, 0};
        }
        double px = typeFloor.get() * drawingScale();
        return new double[] {ROOM_FLOORS[0] * px, ROOM_FLOORS[1] * px};
    }

    /**
     * The room the view needs, in pixels, when it is the only view on show (or zoomed into) and the work area gives it
     * {@code height} pixels. In presenter mode that height grown by the type's growth: the view keeps the height in
     * drawing units it has at the default scale, so + grows its text without squeezing its plot to a line, and the
     * area scrolls down (never sideways). On a monitor, {@link #room()}.
     */
    public double[] roomAlone(double height) {
        double[] room = room();
        return room[1] > 0 && height > 0 ? new double[] {room[0], Math.max(room[1], height * typeGrowth())} : room;
    }

    /**
     * A view's room in presenter mode, in floors of type, {width, height}: a figure's heading, two caption lines and a
     * plot or table of some ten lines beside a few words of legend. At the default scale four views share the
     * 1366 x 768 screen within it.
     */
    static final double[] ROOM_FLOORS = {26, 12};

    /** The view's width in drawing units (its preferred width before the first layout). */
    protected double drawingWidth() {
        return (getWidth() > 0 ? getWidth() : getPrefWidth()) / drawingScale();
    }

    /** The view's height in drawing units (its preferred height before the first layout). */
    protected double drawingHeight() {
        return (getHeight() > 0 ? getHeight() : getPrefHeight()) / drawingScale();
    }

    /** A coordinate of this view (e.g. a mouse position) in drawing units. */
    protected double toDrawing(double viewCoordinate) {
        return viewCoordinate / drawingScale();
    }

    /** A coordinate in drawing units in this view's coordinates. */
    protected double toView(double drawingCoordinate) {
        return drawingCoordinate * drawingScale();
    }

    /** The size the last paint drew into, in drawing units (null before the first paint). */
    public Dimension2D lastDrawingSize() {
        return lastDrawingSize;
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
            double scale = drawingScale();
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.save();
            g.setTransform(scale, 0, 0, scale, 0, 0);
            try {
                FxSurface surface = surfaceOn(g, w, h);
                lastDrawingSize = new Dimension2D(w / scale, h / scale);
                surface.setFill(palette.get().background());
                surface.fillRect(0, 0, w / scale, h / scale);
                paint(surface);
            } finally {
                g.restore();
            }
            askAgainIfTheRoomChanged();
        }
    }

    /**
     * A view's room can change with what it shows (W_hh's spectra arriving), its width (text laid out in it) or its
     * look, and the panel holding it keeps the minimum it measured last: when the room differs from the last paint's,
     * the parent is asked for a new layout, after this pass (a request made during it would be lost).
     */
    private void askAgainIfTheRoomChanged() {
        double[] now = room();
        if (now[0] != lastRoom[0] || now[1] != lastRoom[1]) {
            lastRoom = now;
            Platform.runLater(this::requestParentLayout);
        }
    }

    /**
     * A surface on {@code g} (already scaled by the drawing scale) for a view of {@code w x h} pixels: the drawing
     * units, line weight, type floor and type growth the view paints with.
     */
    public FxSurface surfaceOn(GraphicsContext g, double w, double h) {
        double scale = drawingScale();
        return new FxSurface(g, w / scale, h / scale, palette.get().lineWeight(), effectiveTypeFloor(), typeGrowth());
    }

    /**
     * What {@code measure} finds with the view's graphics context, for a layout measured outside a paint (a view's
     * room): the context is left as it was.
     */
    protected <T> T measuring(Function<GraphicsContext, T> measure) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        try {
            return measure.apply(g);
        } finally {
            g.restore();
        }
    }

    /** Draws the whole view. Called at most once per pulse. */
    protected abstract void paint(Surface surface);

    /** The canvas, for snapshots in tests and exports. */
    public Canvas canvas() {
        return canvas;
    }
}
