package org.gatelab.ui.help;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The first screen a new user sees, over the app: what GateLab is in two sentences and three ways in (the
 * first lesson, the workspace to play freely, the training lab). Any choice, or Esc, closes it; it is shown
 * again from Help > Welcome screen.
 */
public final class WelcomeView extends StackPane {
    /** What each choice does; the shell supplies them. */
    public record Choices(Runnable firstLesson, Runnable workspace, Runnable trainingLab, Runnable close) {
    }

    private final ChoiceTile firstLesson;
    private final ChoiceTile workspace;
    private final ChoiceTile trainingLab;

    /**
     * @param firstLessonTitle the first lesson's title, or null when no lesson could be read (the button then
     *                         opens the lesson list instead)
     * @param userFolder       where progress and settings are kept, shown so nothing is hidden from the user
     */
    public WelcomeView(String firstLessonTitle, String userFolder, Choices choices) {
        getStyleClass().add("welcome-backdrop");
        // the dimmed window behind the card (inline: a theme's pane rules must not win over it)
        setStyle("-fx-background-color: rgba(10, 14, 22, 0.5);");
        getStylesheets().add(WelcomeView.class.getResource("/org/gatelab/ui/help/help.css").toExternalForm());
        setId("welcome");

        Label title = new Label("Welcome to GateLab");
        title.getStyleClass().add("welcome-title");
        Label lead = new Label("See inside recurrent neural networks: the vanilla RNN, the LSTM and the GRU run "
                + "PyTorch's equations here, and every gate and every gradient they record is drawn as time plays. "
                + "Where would you like to start?");
        lead.getStyleClass().add("welcome-lead");
        lead.setWrapText(true);
        lead.setMinHeight(Region.USE_PREF_SIZE);

        firstLesson = choice("welcome-first-lesson", "Take the first lesson", firstLessonText(firstLessonTitle),
                choices.firstLesson());
        workspace = choice("welcome-workspace", "Play in the workspace",
                "Pick a cell, feed it a sequence and step through time: gates, equations with numbers, heatmaps "
                        + "and the vanishing-gradient curve.", choices.workspace());
        trainingLab = choice("welcome-training-lab", "Train in the lab",
                "Train the three cells on classic tasks (adding problem, copy, forecasting, anomalies, your CSV) "
                        + "and compare them.", choices.trainingLab());
        VBox options = new VBox(firstLesson, workspace, trainingLab);
        options.getStyleClass().add("welcome-options");

        Label folder = new Label("Your progress, settings and log are kept in " + userFolder + ".");
        folder.getStyleClass().add("welcome-note");
        folder.setWrapText(true);
        folder.setMinHeight(Region.USE_PREF_SIZE);
        Button later = new Button("Close");
        later.setId("welcome-close");
        later.getStyleClass().add("welcome-close");
        later.setOnAction(e -> choices.close().run());
        HBox bottom = new HBox(folder, later);
        HBox.setHgrow(folder, Priority.ALWAYS);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("welcome-bottom");

        HBox heading = new HBox(icon(), title);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("welcome-heading");
        VBox card = new VBox(heading, lead, options, bottom);
        card.getStyleClass().add("welcome-card");
        card.setPrefWidth(640);
        card.setMaxWidth(640);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                choices.close().run();
                e.consume();
            }
        });
    }

    private static ImageView icon() {
        var url = WelcomeView.class.getResource("/org/gatelab/ui/help/gatelab-64.png");
        ImageView view = new ImageView(url == null ? null : new Image(url.toExternalForm()));
        view.setFitWidth(56);
        view.setFitHeight(56);
        view.setPreserveRatio(true);
        return view;
    }

    private static ChoiceTile choice(String id, String title, String text, Runnable action) {
        ChoiceTile tile = new ChoiceTile(title, text, action);
        tile.setId(id);
        return tile;
    }

    /** Names the first lesson once the lessons are read (they are read off the FX thread, after the window shows). */
    public void setFirstLessonTitle(String title) {
        firstLesson.setText(firstLessonText(title));
    }

    private static String firstLessonText(String title) {
        return title == null ? "Open the lessons: a course of eight, from sequences to choosing a cell."
                : "“" + title + "”, then seven more: from the hidden state to choosing between RNN, LSTM and GRU, "
                + "each step checked against the live engine.";
    }

    /** Puts the keyboard on the first choice, so Enter takes the first lesson. */
    public void focusFirstChoice() {
        firstLesson.requestFocus();
    }

    public ChoiceTile firstLessonButton() {
        return firstLesson;
    }

    public ChoiceTile workspaceButton() {
        return workspace;
    }

    public ChoiceTile trainingLabButton() {
        return trainingLab;
    }
}
