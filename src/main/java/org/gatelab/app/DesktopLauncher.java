package org.gatelab.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so that the command-line path never loads JavaFX classes. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(GateLabApp.class, args);
    }
}
