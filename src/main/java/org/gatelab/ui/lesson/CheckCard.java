package org.gatelab.ui.lesson;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gatelab.lesson.Check;
import org.gatelab.viewmodel.lesson.CheckJudge;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;

/**
 * One check of a step: its question, the way to answer (options and "Check"; a number field and "Check"; or
 * "Check my workspace" for a task) and, once answered, the verdict with its explanation. The player judges the
 * answer; the card only shows what it said.
 */
final class CheckCard extends VBox {
    static final String STYLE_CLASS = "lesson-check";
    static final String VERDICT = "lesson-verdict";
    static final String RIGHT = "verdict-right";
    static final String WRONG = "verdict-wrong";

    private final LessonPlayerViewModel player;
    private final int index;
    private final Label verdict = new Label();

    /**
     * @param index    the check's index in the step (ids of its controls end with it)
     * @param markdown renders the question
     */
    CheckCard(LessonPlayerViewModel player, Check check, int index, Function<String, Node> markdown) {
        this.player = player;
        this.index = index;
        getStyleClass().addAll(STYLE_CLASS, "lesson-check-" + kind(check));
        setId("check-" + index);
        Label kind = new Label(heading(check));
        kind.getStyleClass().add("lesson-check-kind");
        getChildren().addAll(kind, markdown.apply(check.question()));
        if (check instanceof Check.Choice c) {
            choice(c);
        } else if (check instanceof Check.Predict) {
            predict();
        } else {
            task();
        }
        verdict.getStyleClass().add(VERDICT);
        verdict.setWrapText(true);
        verdict.setId("verdict-" + index);
        verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        show(null);
        getChildren().add(verdict);
    }

    private static String kind(Check check) {
        return check instanceof Check.Choice ? "choice" : check instanceof Check.Predict ? "predict" : "task";
    }

    private static String heading(Check check) {
        return check instanceof Check.Choice ? "Question" : check instanceof Check.Predict ? "Predict" : "Try it";
    }

    private void choice(Check.Choice c) {
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox();
        options.getStyleClass().add("lesson-options");
        for (int k = 0; k < c.options().size(); k++) {
            RadioButton option = new RadioButton(c.options().get(k));
            option.setWrapText(true);
            option.setMnemonicParsing(false);
            option.setToggleGroup(group);
            option.setUserData(k);
            option.setId("check-" + index + "-option-" + k);
            options.getChildren().add(option);
        }
        Button check = button("Check");
        check.disableProperty().bind(group.selectedToggleProperty().isNull());
        check.setOnAction(e -> player.answerChoice(index, (Integer) group.getSelectedToggle().getUserData()));
        getChildren().addAll(options, check);
    }

    private void predict() {
        TextField field = new TextField();
        field.setPromptText("e.g. 0.5");
        field.setPrefColumnCount(10);
        field.setId("check-" + index + "-number");
        field.getStyleClass().add("lesson-number");
        Button check = button("Check");
        Runnable judge = () -> {
            Double guess = parse(field.getText());
            if (guess == null) {
                showTyping("Type a number such as 0.5 or -1.2e-3.");
            } else {
                player.answerPredict(index, guess);
            }
        };
        check.setOnAction(e -> judge.run());
        field.setOnAction(e -> judge.run());
        HBox row = new HBox(field, check);
        row.getStyleClass().add("lesson-answer-row");
        getChildren().add(row);
    }

    private void task() {
        Button check = button("Check my workspace");
        check.setOnAction(e -> player.checkTask(index));
        getChildren().add(check);
    }

    private Button button(String text) {
        Button b = new Button(text);
        b.setId("check-" + index + "-submit");
        b.getStyleClass().add("lesson-check-button");
        return b;
    }

    /** A typed number, with a comma accepted as the decimal mark; null if it is not a finite number. */
    static Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('−', '-');
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (t.isEmpty() || !t.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
            return null;
        }
        try {
            double v = Double.parseDouble(t.toLowerCase(Locale.ROOT));
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Shows the player's verdict, or nothing when there is none yet. */
    void show(CheckJudge.Verdict v) {
        verdict.getStyleClass().removeAll(RIGHT, WRONG);
        if (v == null) {
            verdict.setText("");
            verdict.setVisible(false);
            verdict.setManaged(false);
            return;
        }
        verdict.getStyleClass().add(v.correct() ? RIGHT : WRONG);
        verdict.setText((v.correct() ? "✓ " : "✗ ") + v.message());
        verdict.setVisible(true);
        verdict.setManaged(true);
    }

    private void showTyping(String hint) {
        show(new CheckJudge.Verdict(false, hint, Double.NaN));
    }

    /** The verdict text shown (empty if none), for tests. */
    String verdictText() {
        return verdict.getText();
    }

    boolean verdictRight() {
        return verdict.getStyleClass().contains(RIGHT);
    }
}
