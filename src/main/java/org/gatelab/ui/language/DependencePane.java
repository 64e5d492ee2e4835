package org.gatelab.ui.language;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.gatelab.viewmodel.language.DependenceFinder;
import org.gatelab.viewmodel.language.DependenceRow;

/**
 * "What does this prediction depend on?": for the character chosen in the text, one strip per cell (RNN, LSTM,
 * GRU, those with a model), the text before it coloured by ‖∂L/∂x_s‖, each from 0 to its own largest.
 */
final class DependencePane extends BorderPane {
    private final DependenceFinder finder;
    private final VBox rows = new VBox(12);
    private final Label summary = new Label();

    DependencePane(DependenceFinder finder) {
        this.finder = finder;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("language-dependence");
        summary.setWrapText(true);
        summary.setId("language-dependence-summary");
        summary.getStyleClass().add("language-summary");
        rows.setId("language-dependence-rows");
        rows.getStyleClass().add("language-dependence-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        setTop(summary);
        setCenter(scroll);
    }

    private void initListeners() {
        summary.textProperty().bind(finder.summaryProperty());
        finder.rows().addListener((ListChangeListener<DependenceRow>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        int k = 0;
        for (DependenceRow r : finder.rows()) {
            Label label = new Label(r.label());
            label.getStyleClass().add("language-row-title");
            ColouredTextView strip = new ColouredTextView("language-dependence-" + k, "");
            strip.textProperty().set(r.text());
            Label note = new Label(r.note());
            note.getStyleClass().add("language-note");
            rows.getChildren().add(new VBox(2, label, strip, note));
            k++;
        }
    }
}
