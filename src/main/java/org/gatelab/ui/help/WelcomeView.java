package org.gatelab.ui.help;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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

    private final Button firstLesson;
    private final Button workspace;
    private final Button trainingLab;

    /**
     * @param firstLessonTitle the first lesson's title, or null when no lesson could be read (the button then
     *                         opens the lesson list instead)
     * @param userFolder       where progress and settings are kept, shown so nothing is hidden from the user
     */
    public WelcomeView(String firstLessonTitle, String userFolder, Choices choices) {
        getStyleClass().add("welcome-backdrop");
        getStylesheets().add(WelcomeView.class.getResource("/org/gatelab/ui/help/help.css").toExternalForm());
        setId("welcome");

        Label title = new Label("Welcome to GateLab");
        title.getStyleClass().add("welcome-title");
        Label lead = new Label("See inside recurrent neural networks: the vanilla RNN, the LSTM and the GRU run "
                + "PyTorch's equations here, and every gate and every gradient they record is drawn as time plays. "
                + "Where would you like to start?");
        lead.getStyleClass().add("welcome-lead");
        lead.setWrapText(true);

        firstLesson = choice("welcome-first-lesson", "Take the first lesson",
                firstLessonTitle == null ? "Open the lessons: a course of eight, from sequences to choosing a cell."
                        : "“" + firstLessonTitle + "”, then seven more: from the hidden state to choosing between "
                        + "RNN, LSTM and GRU, each step checked against the live engine.", choices.firstLesson());
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
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
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

    private static Button choice(String id, String title, String text, Runnable action) {
        Label t = new Label(title);
        t.getStyleClass().add("welcome-choice-title");
        Label d = new Label(text);
        d.getStyleClass().add("welcome-choice-text");
        d.setWrapText(true);
        VBox box = new VBox(t, d);
        box.getStyleClass().add("welcome-choice-box");
        Button b = new Button();
        b.setGraphic(box);
        b.setId(id);
        b.getStyleClass().add("welcome-choice");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Puts the keyboard on the first choice, so Enter takes the first lesson. */
    public void focusFirstChoice() {
        firstLesson.requestFocus();
    }

    public Button firstLessonButton() {
        return firstLesson;
    }

    public Button workspaceButton() {
        return workspace;
    }

    public Button trainingLabButton() {
        return trainingLab;
    }
}
