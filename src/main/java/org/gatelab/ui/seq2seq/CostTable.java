package org.gatelab.ui.seq2seq;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.gatelab.viewmodel.seq2seq.CostRow;
import org.gatelab.viewmodel.seq2seq.Seq2SeqResults;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;

/**
 * What the two models cost, as the view model's rows: one line per figure, one column per model and a
 * transformer's of the same width and depth where the line compares with one. Cell ids:
 * {@code seq2seq-cost-ROW-COLUMN}, columns 0 (what) to 3 (transformer).
 */
final class CostTable extends GridPane {
    private final Seq2SeqViewModel model;

    CostTable(Seq2SeqViewModel model) {
        this.model = model;
        getStyleClass().add("seq2seq-cost");
        setHgap(14);
        setVgap(3);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        what.setMinWidth(120);
        getColumnConstraints().add(what);
        for (int c = 1; c < 4; c++) {
            ColumnConstraints figure = new ColumnConstraints();
            figure.setHalignment(HPos.RIGHT);
            getColumnConstraints().add(figure);
        }
        model.resultsProperty().addListener((o, was, r) -> show(r));
        show(model.resultsProperty().get());
    }

    private void show(Seq2SeqResults r) {
        getChildren().clear();
        Label heading = new Label("What each model costs");
        heading.getStyleClass().add("seq2seq-heading");
        add(heading, 0, 0, 4, 1);
        if (r == null) {
            Label hint = new Label("Train to see the counts, the time per step and int8's effect.");
            hint.setWrapText(true);
            hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            add(hint, 0, 1, 4, 1);
            return;
        }
        header(1, "no attention");
        header(2, r.with().attention().id() + " attention");
        header(3, "transformer");
        List<CostRow> rows = r.cost();
        for (int i = 0; i < rows.size(); i++) {
            CostRow row = rows.get(i);
            cell(i, 0, row.label()).setWrapText(true);
            cell(i, 1, row.without());
            cell(i, 2, row.with());
            cell(i, 3, row.transformer());
        }
        Label note = new Label("Transformer: a decoder-only one of the same width and depth (feed-forward 4×), "
                + "writing one more token with its key-value cache. Time per step: measured on this machine as the "
                + "run ended; it varies with the load.");
        note.setWrapText(true);
        note.getStyleClass().add("seq2seq-note");
        add(note, 0, rows.size() + 2, 4, 1);
    }

    private void header(int column, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("seq2seq-cost-header");
        l.setMinWidth(Label.USE_PREF_SIZE);
        add(l, column, 1);
    }

    private Label cell(int row, int column, String text) {
        Label l = new Label(text);
        l.setId("seq2seq-cost-" + row + "-" + column);
        l.setMinWidth(column == 0 ? 0 : javafx.scene.layout.Region.USE_PREF_SIZE);
        add(l, column, row + 2);
        return l;
    }
}
