package org.gatelab.ui.window;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.gatelab.ui.canvas.Theme;

/**
 * The corner's Colour-safe and Dark switches, kept in step with the window's theme both ways: a switch chooses
 * the theme, and a theme set elsewhere (the T key, a test, the settings) sets the switches.
 */
final class ThemeButtons {
    private final ToggleButton colourSafe = new ToggleButton("_Colour-safe");
    private final ToggleButton dark = new ToggleButton("_Dark");
    private final ObjectProperty<Theme> theme;
    /** True while the theme sets the switches, so they do not set it back half-way. */
    private boolean syncing;

    ThemeButtons(ObjectProperty<Theme> theme) {
        this.theme = theme;
        dark.setId("dark-theme");
        dark.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        colourSafe.setId("colour-safe-palette");
        colourSafe.setTooltip(new Tooltip("Colour-vision-safe palette: line colours that stay apart for viewers "
                + "with protanopia, deuteranopia or tritanopia, on screen and in exports"));
        show(theme.get());
        dark.selectedProperty().addListener((obs, o, n) -> chosen());
        colourSafe.selectedProperty().addListener((obs, o, n) -> chosen());
        theme.addListener((obs, o, t) -> show(t));
    }

    /** The switches, in the corner's order. */
    List<Node> nodes() {
        return List.of(colourSafe, dark);
    }

    private void show(Theme t) {
        syncing = true;
        dark.setSelected(t.dark());
        colourSafe.setSelected(t.colourVisionSafe());
        syncing = false;
    }

    private void chosen() {
        if (!syncing) {
            theme.set(Theme.of(dark.isSelected(), colourSafe.isSelected()));
        }
    }
}
