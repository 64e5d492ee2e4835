package org.gatelab.ui.presenter;

import java.util.Locale;
import javafx.scene.layout.Region;

/**
 * What presenter mode does to the window's root node: the style class that presenter.css and the presenter
 * colour tokens key on, and the type size of the controls that stay (the timeline, the views' own toggles, the
 * key overlay). The drawings grow by the whole scale (their canvases' drawing scale); the controls by half as
 * much, so they stay readable without crowding the views.
 */
public final class PresenterLook {
    /** Style class of the window's root while presenting. */
    public static final String PRESENTING = "presenting";
    /** The root font size at scale 1, as base.css sets it. */
    static final double BASE_FONT = 13;

    private PresenterLook() {
    }

    /** How much the controls grow at a presenter scale: 1.5 at 2x, 2 at 3x. */
    public static double chromeScale(double scale) {
        return 1 + (scale - 1) / 2;
    }

    /** Puts the root in ({@code on}) or out of presenter mode's look at {@code scale}. */
    public static void apply(Region root, boolean on, double scale) {
        if (on && !root.getStyleClass().contains(PRESENTING)) {
            root.getStyleClass().add(PRESENTING);
        } else if (!on) {
            root.getStyleClass().remove(PRESENTING);
        }
        root.setStyle(on ? String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * chromeScale(scale)) : "");
    }
}
