package org.gatelab.ui.presenter;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.gatelab.viewmodel.window.PresenterMode;

/**
 * The short note at the foot of the screen when + or − changes the type scale while presenting ("Type 2×"), so
 * the presenter sees what the key did without the corner control, which presenter mode hides. It goes after
 * {@link #SHOWN_FOR}; it never takes a click.
 */
public final class ScaleBadge extends Label {
    public static final String STYLE_CLASS = "scale-badge";
    /** How long the note stays. */
    public static final Duration SHOWN_FOR = Duration.seconds(1.6);

    private final PauseTransition hideLater = new PauseTransition(SHOWN_FOR);

    public ScaleBadge(PresenterMode mode) {
        setId("scale-badge");
        getStyleClass().add(STYLE_CLASS);
        setMouseTransparent(true);
        setVisible(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        hideLater.setOnFinished(e -> setVisible(false));
        mode.scaleProperty().addListener((obs, o, s) -> {
            if (mode.isPresenting()) {
                show(s.doubleValue());
            }
        });
        mode.presentingProperty().addListener((obs, o, on) -> {
            if (!on) {
                hideLater.stop();
                setVisible(false);
            }
        });
    }

    private void show(double scale) {
        setText("Type " + PresenterMode.label(scale));
        setVisible(true);
        hideLater.playFromStart();
    }
}
