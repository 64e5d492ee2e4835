package org.gatelab.ui.compare;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Rectangle;
import org.gatelab.render.Palette;
import org.gatelab.ui.canvas.FxSurface;
import org.gatelab.viewmodel.compare.ComparePlan;
import org.gatelab.vocabulary.CellKind;

/**
 * What each cell will get, before the run: its hidden size and both parameter counts (PyTorch's, with two
 * bias vectors per layer, and the textbooks', with one), updated live as the sizing, the hidden size or the
 * budget changes. Values from the view model's plan.
 */
final class ComparePlanGrid extends GridPane {
    /** Style class of the grid. */
    static final String STYLE_CLASS = "compare-plan";

    private final Supplier<Palette> palette;
    private final Rectangle[] swatches = new Rectangle[3];
    private final Label[] hidden = new Label[3];
    private final Label[] pytorch = new Label[3];
    private final Label[] textbook = new Label[3];

    ComparePlanGrid(Supplier<Palette> palette) {
        this.palette = palette;
        getStyleClass().add(STYLE_CLASS);
        header("cell", 0, HPos.LEFT);
        header("hidden", 1, HPos.RIGHT);
        header("PyTorch", 2, HPos.RIGHT);
        header("textbook", 3, HPos.RIGHT);
        for (CellKind cell : CellKind.values()) {
            int i = cell.ordinal();
            swatches[i] = new Rectangle(10, 10);
            swatches[i].getStyleClass().add("compare-swatch");
            Label name = new Label(cell.name(), swatches[i]);
            name.setGraphicTextGap(6);
            add(name, 0, i + 1);
            hidden[i] = number(1, i, "plan-hidden-" + cell.id());
            pytorch[i] = number(2, i, "plan-pytorch-" + cell.id());
            textbook[i] = number(3, i, "plan-textbook-" + cell.id());
        }
        ColumnConstraints first = new ColumnConstraints();
        first.setHgrow(Priority.ALWAYS);
        getColumnConstraints().add(first);
        recolour();
    }

    private void header(String text, int column, HPos pos) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        add(l, column, 0);
        GridPane.setHalignment(l, pos);
    }

    private Label number(int column, int row, String id) {
        Label l = new Label();
        l.getStyleClass().addAll("value-label", CompareTable.NUMBER_STYLE_CLASS);
        l.setId(id);
        add(l, column, row + 1);
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }

    /** Shows the plan's numbers. */
    void show(List<ComparePlan> plan) {
        for (ComparePlan p : plan) {
            int i = p.cell().ordinal();
            hidden[i].setText(String.valueOf(p.hidden()));
            pytorch[i].setText(CompareText.count(p.pytorchParameters()));
            textbook[i].setText(CompareText.count(p.textbookParameters()));
        }
    }

    /** Paints the swatches in the palette's series colours. */
    void recolour() {
        for (CellKind cell : CellKind.values()) {
            swatches[cell.ordinal()].setFill(FxSurface.fx(palette.get().series(cell.ordinal())));
        }
    }

    /** The texts of {@code cell}'s row: hidden size, PyTorch count, textbook count. */
    List<String> rowText(CellKind cell) {
        int i = cell.ordinal();
        return List.of(hidden[i].getText(), pytorch[i].getText(), textbook[i].getText());
    }
}
