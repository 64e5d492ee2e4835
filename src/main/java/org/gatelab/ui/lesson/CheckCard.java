package org.gatelab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gatelab.lesson.Check;
import org.gatelab.viewmodel.lesson.CheckJudge;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;

/**
 * One check of a step: its question, the way to answer (options in the learner's own order and "Check"; a number
 * field and "Check"; or "Check my workspace" for a task), "Skip", and, once answered or skipped, the verdict with
 * the chosen option's feedback and the explanation. The player judges the answer and orders the options; the card
 * only shows what it said. A skipped check takes no more answers; an answered one no longer offers Skip.
 */
final class CheckCard extends VBox {
    static final String STYLE_CLASS = "lesson-check";
    static final String VERDICT = "lesson-verdict";
    static final String RIGHT = "verdict-right";
    static final String WRONG = "verdict-wrong";
    static final String SKIPPED = "verdict-skipped";

    private final LessonPlayerViewModel player;
    private final int index;
    private final Function<String, Node> markdown;
    private final VBox verdict = new VBox();
    private final Button skip = new Button("Skip");
    private final List<Control> answering = new ArrayList<>();
    private String verdictText = "";

    /**
     * @param index    the check's index in the step (ids of its controls end with it)
     * @param markdown renders the question and the verdict
     */
    CheckCard(LessonPlayerViewModel player, Check check, int index, Function<String, Node> markdown) {
        this.player = player;
        this.index = index;
        this.markdown = markdown;
        getStyleClass().addAll(STYLE_CLASS, "lesson-check-" + kind(check));
        setId("check-" + index);
        Label kind = new Label(heading(check));
        kind.getStyleClass().add("lesson-check-kind");
        getChildren().addAll(kind, markdown.apply(check.question()));
        skip.setId("check-" + index + "-skip");
        skip.getStyleClass().add("lesson-link-button");
        skip.setTooltip(new Tooltip("Show the answer without answering: the check counts as skipped"));
        skip.setOnAction(e -> player.skip(index));
        if (check instanceof Check.Choice c) {
            choice(c);
        } else if (check instanceof Check.Predict) {
            predict();
        } else {
            task();
        }
        verdict.getStyleClass().add(VERDICT);
        verdict.setId("verdict-" + index);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        show(null);
        getChildren().add(verdict);
    }

    private static String kind(Check check) {
        return check instanceof Check.Choice ? "choice" : check instanceof Check.Predict ? "predict" : "task";
    }

    private static String heading(Check check) {
        return check instanceof Check.Choice ? "Question" : check instanceof Check.Predict ? "Predict" : "Try it";
    }

    /** The options in the order the player gives this learner; each keeps its authored index (and id). */
    private void choice(Check.Choice c) {
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox();
        options.getStyleClass().add("lesson-options");
        // one option with maths sets every option of the check the same way, so that they line up
        boolean maths = c.options().stream().anyMatch(o -> o.indexOf('$') >= 0);
        for (int k : player.optionOrder(index)) {
            String text = c.options().get(k);
            RadioButton option = new RadioButton(text);
            option.setWrapText(true);
            option.setMnemonicParsing(false);
            option.setToggleGroup(group);
            option.setUserData(k);
            option.setId("check-" + index + "-option-" + k);
            options.getChildren().add(maths ? typeset(option, text) : option);
            answering.add(option);
        }
        Button check = button("Check");
        check.disableProperty().bind(group.selectedToggleProperty().isNull());
        check.setOnAction(e -> player.answerChoice(index, (Integer) group.getSelectedToggle().getUserData()));
        getChildren().addAll(options, row(check));
    }

    /**
     * An option typeset by the same renderer as the question ({@code $h_{t-1}$} as maths), beside a bare radio
     * button whose text (and accessible text) is the plain reading, {@code hₜ₋₁}; clicking the typeset text picks
     * the option, as clicking a label would. (A check whose options have no maths shows plain radio buttons.)
     */
    private Node typeset(RadioButton option, String text) {
        String plain = MarkdownRenderer.plainText(text);
        option.setText(plain);
        option.setAccessibleText(plain);
        option.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // the hidden text must not wrap: a bare button would still grow as tall as its text wrapped to its width
        option.setWrapText(false);
        option.setMinWidth(Region.USE_PREF_SIZE);
        Node shown = markdown.apply(text);
        shown.getStyleClass().add("lesson-option-text");
        shown.setOnMouseClicked(e -> {
            if (!option.isDisabled()) {
                option.requestFocus();
                option.setSelected(true);
            }
        });
        shown.disableProperty().bind(option.disabledProperty());
        HBox.setHgrow(shown, Priority.ALWAYS);
        HBox row = new HBox(option, shown);
        row.setFillHeight(false);
        row.getStyleClass().add("lesson-option-row");
        return row;
    }

    private void predict() {
        TextField field = new TextField();
        field.setPromptText("e.g. 0.5");
        field.setPrefColumnCount(10);
        field.setId("check-" + index + "-number");
        field.getStyleClass().add("lesson-number");
        answering.add(field);
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
        HBox row = row(check);
        row.getChildren().add(0, field);
        getChildren().add(row);
    }

    private void task() {
        Button check = button("Check my workspace");
        check.setOnAction(e -> player.checkTask(index));
        getChildren().add(row(check));
    }

    /** The answer row: the check button, then Skip at the right. */
    private HBox row(Button check) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(check, gap, skip);
        row.getStyleClass().add("lesson-answer-row");
        return row;
    }

    private Button button(String text) {
        Button b = new Button(text);
        b.setId("check-" + index + "-submit");
        b.getStyleClass().add("lesson-check-button");
        answering.add(b);
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

    /** Shows the player's verdict (or nothing when there is none yet) and what the check still takes. */
    void show(CheckJudge.Verdict v) {
        verdict.getStyleClass().removeAll(RIGHT, WRONG, SKIPPED);
        boolean skipped = player.lesson() != null && player.checkSkipped(index);
        boolean closed = player.lesson() != null && player.checkClosed(index);
        skip.setVisible(!closed);
        skip.setManaged(!closed);
        for (Control c : answering) {
            // once skipped, the answer is shown: an answer given after it would not be the learner's own
            if (!c.disableProperty().isBound()) {
                c.setDisable(skipped);
            }
        }
        if (v == null) {
            verdictText = "";
            verdict.getChildren().clear();
            verdict.setVisible(false);
            verdict.setManaged(false);
            return;
        }
        String mark = switch (v.outcome()) {
            case RIGHT -> "✓ ";
            case SKIPPED -> "";
            default -> "✗ ";
        };
        verdict.getStyleClass().add(switch (v.outcome()) {
            case RIGHT -> RIGHT;
            case SKIPPED -> SKIPPED;
            default -> WRONG;
        });
        verdictText = mark + v.message();
        verdict.getChildren().setAll(markdown.apply(verdictText));
        verdict.setVisible(true);
        verdict.setManaged(true);
    }

    private void showTyping(String hint) {
        show(new CheckJudge.Verdict(false, hint, Double.NaN));
    }

    /** The verdict box, for scrolling it into view. */
    Node verdictNode() {
        return verdict;
    }

    /** The verdict text shown (empty if none), for tests. */
    String verdictText() {
        return verdictText;
    }

    boolean verdictRight() {
        return verdict.getStyleClass().contains(RIGHT);
    }
}
