package org.gatelab.ui.theme;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.gatelab.render.Palette;
import org.gatelab.ui.canvas.CanvasView;

/** Light and dark: a stylesheet of colour tokens for the controls and a {@link Palette} for the canvases. */
public enum Theme {
    LIGHT("light.css", Palette.LIGHT),
    DARK("dark.css", Palette.DARK);

    private static final String BASE = "base.css";

    private final String stylesheet;
    private final Palette palette;

    Theme(String stylesheet, Palette palette) {
        this.stylesheet = stylesheet;
        this.palette = palette;
    }

    public Palette palette() {
        return palette;
    }

    /** The stylesheets, in order: this theme's colour tokens, then the shared base. */
    public List<String> stylesheets() {
        return List.of(url(stylesheet), url(BASE));
    }

    private static String url(String name) {
        return Theme.class.getResource(name).toExternalForm();
    }

    /** Applies the theme to a scene: its stylesheets, and the palette of every canvas view in it. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
        if (scene.getRoot() != null) {
            applyPalette(scene.getRoot());
        }
    }

    /** Sets this theme's palette on every {@link CanvasView} under {@code node}. */
    public void applyPalette(Node node) {
        if (node instanceof CanvasView view) {
            view.paletteProperty().set(palette);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                applyPalette(child);
            }
        }
    }
}
