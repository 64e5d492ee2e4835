package org.gatelab.ui.help;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One of the welcome screen's choices: a title and a sentence, the whole tile clickable and reachable with Tab
 * (Enter or Space chooses it). A tile rather than a Button, so its text wraps to the card's width.
 */
public final class ChoiceTile extends VBox {
    private final Runnable action;
    private final Label text;

    ChoiceTile(String title, String text, Runnable action) {
        this.action = action;
        getStyleClass().add("welcome-choice");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(title);
        Label t = new Label(title);
        t.getStyleClass().add("welcome-choice-title");
        this.text = new Label(text);
        this.text.getStyleClass().add("welcome-choice-text");
        this.text.setWrapText(true);
        this.text.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(t, this.text);
        setOnMouseClicked(e -> fire());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                fire();
                e.consume();
            }
        });
    }

    /** The sentence under the title. */
    public String text() {
        return text.getText();
    }

    void setText(String s) {
        text.setText(s);
    }

    /** Chooses this tile, as a click does. */
    public void fire() {
        action.run();
    }
}
