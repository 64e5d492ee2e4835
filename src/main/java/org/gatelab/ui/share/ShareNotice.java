package org.gatelab.ui.share;

import javafx.animation.PauseTransition;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.gatelab.viewmodel.share.ShareViewModel;

/**
 * The line under the window's corner that says how a copy, a save or an opened scene went: a problem stays until
 * its × dismisses it, a success goes after a few seconds.
 */
final class ShareNotice extends HBox {
    static final String PROBLEM_STYLE_CLASS = "share-notice-problem";
    private static final Duration SHOWN = Duration.seconds(8);

    private final Label text = new Label();
    private final PauseTransition hide = new PauseTransition(SHOWN);

    ShareNotice(ShareViewModel model) {
        setId("share-notice");
        getStyleClass().add("share-notice");
        text.setId("share-notice-text");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setAccessibleRole(AccessibleRole.TEXT);
        Button close = new Button("\u00D7");
        close.setId("share-notice-close");
        close.getStyleClass().add("view-panel-button");
        close.setTooltip(new Tooltip("Dismiss"));
        close.setAccessibleText("Dismiss the scene notice");
        close.setOnAction(e -> setVisible(false));
        getChildren().setAll(text, close);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        hide.setOnFinished(e -> setVisible(false));
        model.noticeProperty().addListener((obs, o, n) -> show(n));
    }

    private void show(ShareViewModel.Notice n) {
        hide.stop();
        text.setText(n.text());
        getStyleClass().remove(PROBLEM_STYLE_CLASS);
        if (n.problem()) {
            getStyleClass().add(PROBLEM_STYLE_CLASS);
        }
        setVisible(!n.text().isEmpty());
        if (!n.problem()) {
            hide.playFromStart();
        }
    }

    String text() {
        return text.getText();
    }
}
