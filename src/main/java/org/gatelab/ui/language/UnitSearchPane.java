package org.gatelab.ui.language;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.gatelab.ui.forms.FormLayout;
import org.gatelab.viewmodel.language.UnitFinder;
import org.gatelab.viewmodel.language.UnitRow;

/**
 * "Find the unit": pick a pattern (or type a regular expression), search, and read the units ranked by how well
 * their value follows it; choosing one colours the text by it.
 */
final class UnitSearchPane extends VBox {
    private final UnitFinder finder;
    final ComboBox<String> pattern = new ComboBox<>();
    final TextField regex = new TextField();
    final Button search = new Button("Find the unit");
    final ListView<UnitRow> ranking = new ListView<>();
    private final Label explanation = new Label();
    private final Label summary = new Label();

    UnitSearchPane(UnitFinder finder) {
        this.finder = finder;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("language-search");
        pattern.getItems().setAll(finder.hypotheses());
        pattern.getSelectionModel().select(finder.hypothesisProperty().get());
        pattern.setId("language-pattern");
        pattern.setMaxWidth(Double.MAX_VALUE);
        pattern.setAccessibleText("Pattern to look for");
        pattern.setTooltip(new Tooltip("The pattern a unit might track (inside quotes, bracket depth, the "
                + "position in the line...): Find the unit looks for the units that follow it"));
        regex.setId("language-regex");
        regex.setPromptText("e.g. \\bthe\\b or [0-9]+");
        regex.setTooltip(new Tooltip("A Java regular expression: the characters of its matches are the pattern"));
        search.setId("language-search");
        search.setDefaultButton(false);
        explanation.setWrapText(true);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        search.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        explanation.getStyleClass().add("language-note");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setId("language-search-summary");
        summary.getStyleClass().add("language-note");
        ranking.setId("language-ranking");
        ranking.setPrefHeight(150);
        ranking.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(UnitRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label(false));
            }
        });
        // the pattern and the expression take the side's width, the button below them: the side stays narrow
        // enough at a large type for the text beside it
        regex.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(FormLayout.section("Find the unit"), pattern, regex, search, explanation, summary,
                ranking);
        showPattern(finder.hypothesisProperty().get());
    }

    private void initListeners() {
        pattern.setOnAction(e -> {
            finder.setHypothesis(pattern.getSelectionModel().getSelectedIndex());
            showPattern(pattern.getSelectionModel().getSelectedIndex());
        });
        regex.textProperty().addListener((obs, o, n) -> finder.setRegex(n));
        regex.setOnAction(e -> finder.search());
        search.setOnAction(e -> finder.search());
        ranking.setItems(finder.rows());
        ranking.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> finder.show(n.intValue()));
        summary.textProperty().bind(finder.summaryProperty());
    }

    private void showPattern(int index) {
        if (index < 0) {
            return;
        }
        boolean typed = finder.needsExpression(index);
        regex.setVisible(typed);
        regex.setManaged(typed);
        explanation.setText(finder.explanation(index) + ". Compared with the value the text is coloured by.");
    }
}
