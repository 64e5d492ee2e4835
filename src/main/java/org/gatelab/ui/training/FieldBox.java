package org.gatelab.ui.training;

import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.vocabulary.SettingField;

/**
 * One typed setting: its label, a text field, and under it the reason a value was refused. The value is sent
 * to the view model on Enter or when the field loses focus; a refused value stays in the field (so it can be
 * corrected) with the model's reason below it, never in a dialog.
 */
final class FieldBox extends VBox {
    static final String STYLE_CLASS = "lab-field-box";
    static final String LABEL_STYLE_CLASS = "lab-field-label";
    static final String FIELD_STYLE_CLASS = "lab-field";
    static final String PROBLEM_STYLE_CLASS = "lab-problem";

    private final SettingField setting;
    private final TrainingLabViewModel model;
    private final Supplier<String> current;
    private final Predicate<String> commit;
    private final TextField field = new TextField();
    private final Label problem = new Label();
    /** Kept here: the model holds it only weakly, so a form rebuilt for another task lets the old fields go. */
    private final MapChangeListener<SettingField, String> problemListener = change -> {
        if (change.getKey() == setting()) {
            showProblem();
        }
    };

    FieldBox(TrainingLabViewModel model, SettingField setting, Supplier<String> current, Predicate<String> commit) {
        this.model = model;
        this.setting = setting;
        this.current = current;
        this.commit = commit;
        getStyleClass().add(STYLE_CLASS);
        Label label = new Label(setting.label());
        label.getStyleClass().add(LABEL_STYLE_CLASS);
        label.setLabelFor(field);
        field.getStyleClass().add(FIELD_STYLE_CLASS);
        field.setId("field-" + setting.key().replace('_', '-'));
        field.setPromptText(setting.range().contains(";") ? "default" : setting.range());
        field.setTooltip(new Tooltip(setting.help() + " (" + setting.range() + ")"));
        field.setMaxWidth(Double.MAX_VALUE);
        field.setPrefColumnCount(6);
        problem.getStyleClass().add(PROBLEM_STYLE_CLASS);
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setId("problem-" + setting.key().replace('_', '-'));
        getChildren().addAll(label, field, problem);
        field.setOnAction(e -> send());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                send();
            }
        });
        model.problems().addListener(new WeakMapChangeListener<>(problemListener));
        refresh();
        showProblem();
    }

    private void send() {
        String text = field.getText();
        if (text.equals(current.get()) && model.problem(setting).isEmpty()) {
            return;
        }
        if (commit.test(text)) {
            field.setText(current.get());
        }
    }

    /** Shows the model's value, unless a refused value is waiting to be corrected. */
    void refresh() {
        if (model.problem(setting).isEmpty()) {
            field.setText(current.get());
        }
    }

    private void showProblem() {
        String p = model.problem(setting);
        problem.setText(p);
        problem.setVisible(!p.isEmpty());
        problem.setManaged(!p.isEmpty());
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), !p.isEmpty());
    }

    SettingField setting() {
        return setting;
    }

    TextField field() {
        return field;
    }

    Label problemLabel() {
        return problem;
    }
}
