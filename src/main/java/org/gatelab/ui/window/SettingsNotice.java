package org.gatelab.ui.window;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.gatelab.viewmodel.SettingsModel;

/**
 * A one-line notice over the top of the window while the settings have something to say (a settings file that
 * was set aside, a save that failed); its × dismisses it.
 */
final class SettingsNotice extends HBox {
    SettingsNotice(SettingsModel settings) {
        setId("settings-notice");
        getStyleClass().add("settings-notice");
        Label text = new Label();
        text.setId("settings-notice-text");
        text.setWrapText(true);
        text.setMaxWidth(900);
        text.textProperty().bind(settings.messageProperty());
        Button close = new Button("\u00D7");
        close.setId("settings-notice-close");
        close.getStyleClass().add("view-panel-button");
        close.setTooltip(new Tooltip("Dismiss"));
        close.setOnAction(e -> settings.dismissMessage());
        getChildren().setAll(text, close);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        visibleProperty().bind(settings.messageProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
