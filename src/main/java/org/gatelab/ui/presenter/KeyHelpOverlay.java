package org.gatelab.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keys, on screen, over everything (the {@code ?} key): a card listing {@link KeyHelp#ALL} on a dimmed
 * backdrop. Its type follows the window's, so in presenter mode the back row can read it. {@code ?}, Esc or a
 * click closes it.
 */
public final class KeyHelpOverlay extends StackPane {
    public static final String STYLE_CLASS = "key-help";

    private final List<String> shownKeys = new ArrayList<>();
    private final VBox card;

    public KeyHelpOverlay() {
        setId("key-help");
        getStyleClass().add(STYLE_CLASS);
        Label title = new Label("Keys");
        title.getStyleClass().add("key-help-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("key-help-grid");
        int row = 0;
        for (KeyHelp k : KeyHelp.ALL) {
            Label keys = new Label(k.keys());
            keys.getStyleClass().add("key-help-keys");
            Label action = new Label(k.action());
            action.getStyleClass().add("key-help-action");
            grid.addRow(row++, keys, action);
            shownKeys.add(k.keys() + "  " + k.action());
        }
        Label footer = new Label("Press ? or Esc to close");
        footer.getStyleClass().add("key-help-footer");
        card = new VBox(title, grid, footer);
        card.getStyleClass().add("key-help-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        card.setOnMouseClicked(e -> e.consume());
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> hide());
        // the overlay is the window's size whatever the card's: the card is scaled to fit it (layoutChildren)
        setMinSize(0, 0);
        setVisible(false);
    }

    /**
     * The card keeps its type size unless the window is too small for it; then it shrinks to fit, whole: it is laid
     * out at its own size (a window narrower than the card would cut its lines to "Home ...") and then scaled
     * about its centre.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double w = card.prefWidth(-1);
        double h = card.prefHeight(w);
        card.resizeRelocate(snapPositionX((getWidth() - w) / 2), snapPositionY((getHeight() - h) / 2), w, h);
        double fit = w > 0 && h > 0 ? Math.min(1, Math.min(0.94 * getWidth() / w, 0.94 * getHeight() / h)) : 1;
        card.setScaleX(fit);
        card.setScaleY(fit);
    }

    public boolean isShown() {
        return isVisible();
    }

    public void show() {
        setVisible(true);
    }

    public void hide() {
        setVisible(false);
    }

    public void toggle() {
        setVisible(!isVisible());
    }

    /** The lines the overlay lists ("keys  action"), for tests. */
    public List<String> lines() {
        return List.copyOf(shownKeys);
    }
}
