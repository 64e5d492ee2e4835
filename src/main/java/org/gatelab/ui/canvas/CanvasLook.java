package org.gatelab.ui.canvas;

import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.gatelab.render.Palette;
import org.gatelab.vocabulary.Ranges;

/**
 * How every canvas of a window draws: the palette, the drawing scale (presenter mode's type scale) and the type
 * floor, the smallest font a canvas draws, in drawing units. A window installs its look in its scene
 * ({@link #install}); a {@link CanvasView} takes the look of the scene it is in whenever it joins one, so a view
 * that was hidden (out of the scene) while the theme or the mode changed comes back in the current look.
 *
 * @param palette   the colours
 * @param scale     pixels per drawing unit
 * @param typeFloor the smallest font size in drawing units (0: none)
 * @param typeGrowth how many times + has grown the type beyond the mode's default scale (1: not at all); figures
 *                   that size their type from their size grow it by this much ({@link
 *                   org.gatelab.render.Surface#typeGrowth()})
 */
public record CanvasLook(Palette palette, double scale, double typeFloor, double typeGrowth) {
    /**
     * The projector rule: no type under 16 pixels at presenter mode's default scale, so the floor is 16 pixels'
     * worth of drawing units at that scale, and it grows with every step of +, as all the type does.
     */
    public static final double PRESENTER_TYPE_FLOOR = 16 / Ranges.PRESENTER_DEFAULT_SCALE;
    /** On a monitor: nothing under 9 pixels (a diagram's labels shrinking to fit their boxes stop there). */
    public static final double MONITOR_TYPE_FLOOR = 9;

    /** The scene property a window's look is kept under. */
    private static final String KEY = CanvasLook.class.getName();

    public CanvasLook {
        if (palette == null) {
            throw new IllegalArgumentException("a look needs a palette");
        }
        scale = Double.isFinite(scale) && scale > 0 ? scale : 1;
        typeFloor = Double.isFinite(typeFloor) && typeFloor > 0 ? typeFloor : 0;
        typeGrowth = Double.isFinite(typeGrowth) && typeGrowth > 0 ? typeGrowth : 1;
    }

    /** A monitor's look: scale 1, the monitor's floor. */
    public static CanvasLook monitor(Palette palette) {
        return new CanvasLook(palette, 1, MONITOR_TYPE_FLOOR, 1);
    }

    /** Presenter mode's look at {@code scale}: the type grows with the scale from its default. */
    public static CanvasLook presenter(Palette palette, double scale) {
        return new CanvasLook(palette, scale, PRESENTER_TYPE_FLOOR, scale / Ranges.PRESENTER_DEFAULT_SCALE);
    }

    /** The smallest type in pixels. */
    public double floorPixels() {
        return typeFloor * scale;
    }

    /** Makes {@code look} the look of every canvas in {@code scene}, now and when it changes. */
    public static void install(Scene scene, ObservableValue<CanvasLook> look) {
        scene.getProperties().put(KEY, look);
    }

    /** The look installed in {@code scene}, or null. */
    @SuppressWarnings("unchecked")
    static ObservableValue<CanvasLook> of(Scene scene) {
        return scene != null && scene.getProperties().get(KEY) instanceof ObservableValue<?> v
                ? (ObservableValue<CanvasLook>) v : null;
    }
}
