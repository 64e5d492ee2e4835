package org.gatelab.ui.canvas;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.gatelab.render.Palette;

/**
 * Light and dark: a stylesheet of colour tokens for the controls and a {@link Palette} for the canvases, each
 * with its presenter-mode variant (high-contrast tokens under {@code .root.presenting}, a high-contrast palette).
 * The {@code _SAFE} themes are the same with the colour-vision-safe line colours
 * ({@link Palette#colourVisionSafe()}), so every canvas, every detached panel and presenter mode follow the option.
 */
public enum Theme {
    LIGHT("light.css", "presenter-light.css", Palette.LIGHT, Palette.PRESENTER_LIGHT),
    DARK("dark.css", "presenter-dark.css", Palette.DARK, Palette.PRESENTER_DARK),
    LIGHT_SAFE("light.css", "presenter-light.css", Palette.LIGHT.colourVisionSafe(),
            Palette.PRESENTER_LIGHT.colourVisionSafe()),
    DARK_SAFE("dark.css", "presenter-dark.css", Palette.DARK.colourVisionSafe(),
            Palette.PRESENTER_DARK.colourVisionSafe());

    private static final String BASE = "base.css";
    private static final String PRESENTER = "presenter.css";

    private final String stylesheet;
    private final String presenterStylesheet;
    private final Palette palette;
    private final Palette presenterPalette;

    Theme(String stylesheet, String presenterStylesheet, Palette palette, Palette presenterPalette) {
        this.stylesheet = stylesheet;
        this.presenterStylesheet = presenterStylesheet;
        this.palette = palette;
        this.presenterPalette = presenterPalette;
    }

    public Palette palette() {
        return palette;
    }

    /** The high-contrast palette of presenter mode in this theme. */
    public Palette presenterPalette() {
        return presenterPalette;
    }

    /** Light or dark, with the default or the colour-vision-safe line colours. */
    public static Theme of(boolean dark, boolean colourVisionSafe) {
        if (colourVisionSafe) {
            return dark ? DARK_SAFE : LIGHT_SAFE;
        }
        return dark ? DARK : LIGHT;
    }

    /** Whether this is one of the dark themes. */
    public boolean dark() {
        return this == DARK || this == DARK_SAFE;
    }

    /** Whether this theme uses the colour-vision-safe line colours. */
    public boolean colourVisionSafe() {
        return this == LIGHT_SAFE || this == DARK_SAFE;
    }

    /** The other of light and dark, keeping the palette option. */
    public Theme other() {
        return of(!dark(), colourVisionSafe());
    }

    /**
     * The stylesheets, in order: this theme's colour tokens, its presenter tokens (which apply only under
     * {@code .presenting}), the shared base, then presenter mode's sizes (also only under {@code .presenting}).
     */
    public List<String> stylesheets() {
        return List.of(url(stylesheet), url(presenterStylesheet), url(BASE), url(PRESENTER));
    }

    /** The themes' stylesheets are resources in {@code org/gatelab/ui/theme/}. */
    private static String url(String name) {
        return Theme.class.getResource("/org/gatelab/ui/theme/" + name).toExternalForm();
    }

    /** The canvases' look in this theme: the monitor's, or presenter mode's at {@code scale}. */
    public CanvasLook look(boolean presenting, double scale) {
        return presenting ? CanvasLook.presenter(presenterPalette, scale) : CanvasLook.monitor(palette);
    }

    /**
     * Applies the theme to a scene of its own (a detached view, a dialog): its stylesheets, and the monitor's look
     * for every canvas view in it, now and for canvases that join it later.
     */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
        CanvasLook look = look(false, 1);
        CanvasLook.install(scene, new ReadOnlyObjectWrapper<>(look));
        if (scene.getRoot() != null) {
            applyLook(scene.getRoot(), look);
        }
    }

    /** Sets this theme's palette (the monitor's look) on every {@link CanvasView} under {@code node}. */
    public void applyPalette(Node node) {
        applyLook(node, look(false, 1));
    }

    /** Sets {@code look} on every {@link CanvasView} under {@code node}. */
    public static void applyLook(Node node, CanvasLook look) {
        if (node instanceof CanvasView view) {
            view.setLook(look);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                applyLook(child, look);
            }
        }
    }
}
