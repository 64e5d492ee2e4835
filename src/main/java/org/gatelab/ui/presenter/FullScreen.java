package org.gatelab.ui.presenter;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Puts presenter mode's window in and out of full screen, without JavaFX's "press Esc to exit" hint and without
 * its own Esc handling (the window's keys decide what Esc does: close the key overlay first). When the stage
 * leaves full screen by other means (the window manager), {@code onLeft} is told.
 */
public final class FullScreen {
    /** The stage property holding the listener of the window that last used the stage. */
    private static final String LISTENER = "gatelab.fullscreen.listener";

    private final ChangeListener<Boolean> listener;

    /** @param onLeft called when the stage leaves full screen */
    public FullScreen(Runnable onLeft) {
        listener = (obs, was, now) -> {
            if (!now) {
                onLeft.run();
            }
        };
    }

    /** Sets the full-screen state of the stage {@code node} is shown in (nothing when it is in none). */
    public void set(Node node, boolean on) {
        if (node.getScene() == null || !(node.getScene().getWindow() instanceof Stage stage)) {
            return;
        }
        Object previous = stage.getProperties().get(LISTENER);
        if (previous != listener) {
            if (previous instanceof ChangeListener<?> old) {
                @SuppressWarnings("unchecked")
                ChangeListener<Boolean> l = (ChangeListener<Boolean>) old;
                stage.fullScreenProperty().removeListener(l);
            }
            stage.getProperties().put(LISTENER, listener);
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.fullScreenProperty().addListener(listener);
        }
        if (stage.isFullScreen() != on) {
            stage.setFullScreen(on);
        }
    }
}
