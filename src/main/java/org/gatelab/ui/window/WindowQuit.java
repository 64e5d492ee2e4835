package org.gatelab.ui.window;

import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** Ctrl+Q (Cmd+Q on a Mac): closes the window as its close button does. */
final class WindowQuit {
    /** The key that quits. */
    static final KeyCombination KEY = KeyCombination.keyCombination("Shortcut+Q");

    private WindowQuit() {
    }

    /** Closes {@code node}'s window: whoever listens for the close request (saving) runs first and may veto it. */
    static void quit(Node node) {
        Window w = node.getScene() == null ? null : node.getScene().getWindow();
        if (w == null) {
            return;
        }
        WindowEvent close = new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST);
        w.fireEvent(close);
        if (!close.isConsumed()) {
            w.hide();
        }
    }
}
