package org.gatelab.ui.compare;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Rectangle;
import org.gatelab.render.Palette;
import org.gatelab.ui.canvas.FxSurface;
import org.gatelab.viewmodel.compare.CompareMode;
import org.gatelab.viewmodel.compare.CompareRow;
import org.gatelab.viewmodel.compare.CompareViewModel;

/**
 * The results side by side: one row per cell (per cell and length in a sweep) with its hidden size,
 * parameters, seconds per epoch, final training and validation loss, the constant baseline, the validation
 * loss as a share of it, the accuracy where the task has one, and how the run ended. Every number is the view
 * model's; the table only formats them. The T column shows in a sweep, the accuracy column when a row has one.
 */
final class CompareTable extends TableView<CompareRow> {
    /** Style class of the table. */
    static final String STYLE_CLASS = "compare-table";
    /** Style class of right-aligned number columns. */
    static final String NUMBER_STYLE_CLASS = "compare-number";

    private final CompareViewModel model;
    private final Supplier<Palette> palette;
    final TableColumn<CompareRow, String> lengthColumn;
    final TableColumn<CompareRow, String> accuracyColumn;
    final TableColumn<CompareRow, String> seedColumn;

    CompareTable(CompareViewModel model, Supplier<Palette> palette) {
        super(model.rows());
        this.model = model;
        this.palette = palette;
        getStyleClass().add(STYLE_CLASS);
        Label placeholder = new Label("No results yet: the rows appear as each cell finishes.");
        placeholder.getStyleClass().add("hint-label");
        setPlaceholder(placeholder);

        TableColumn<CompareRow, CompareRow> cell = new TableColumn<>("Cell");
        cell.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        cell.setCellFactory(c -> new CellNameCell());
        cell.setSortable(false);
        cell.setPrefWidth(84);
        lengthColumn = text("T", r -> String.valueOf(r.length()), "The adding problem's sequence length");
        seedColumn = text("Seed", r -> String.valueOf(r.seed()), "The seed of the run: its data, initial weights "
                + "and batch order");
        getColumns().add(cell);
        getColumns().add(seedColumn);
        getColumns().add(lengthColumn);
        getColumns().add(text("Hidden", r -> String.valueOf(r.hidden()), "Hidden units of the cell"));
        getColumns().add(text("Parameters", r -> CompareText.count(r.parameters()),
                "As PyTorch counts them (two bias vectors), readout included; hover a row for the textbook count"));
        getColumns().add(text("s / epoch", r -> CompareText.seconds(r.secondsPerEpoch()),
                "Mean wall-clock seconds per epoch, training and validation"));
        getColumns().add(text("Train loss", r -> CompareText.loss(r.trainLoss()),
                "Mean training loss of the last epoch"));
        getColumns().add(text("Val loss", r -> CompareText.loss(r.valLoss()),
                "Validation loss after the last epoch"));
        getColumns().add(text("Constant", r -> CompareText.loss(r.baselineValLoss()),
                "Validation loss of the best constant prediction: the line to beat"));
        getColumns().add(text("Val ÷ constant", r -> CompareText.percent(r.relativeValLoss()),
                "The validation loss as a share of the constant guess's: near 100 % means nothing was learnt"));
        accuracyColumn = text("Accuracy", r -> r.hasAccuracy() ? CompareText.percent(r.accuracy()) : "—",
                "Validation accuracy after the last epoch");
        getColumns().add(accuracyColumn);
        TableColumn<CompareRow, String> status = text("Status", r -> CompareText.status(r.status(), r.epochs()),
                "How the run ended");
        status.getStyleClass().remove(NUMBER_STYLE_CLASS);
        getColumns().add(status);
        setRowFactory(t -> {
            javafx.scene.control.TableRow<CompareRow> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(CompareRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null ? null : new Tooltip(String.format(java.util.Locale.ROOT,
                            "%s, hidden %d: %s parameters as PyTorch counts them (two bias vectors), %s as "
                                    + "textbooks do (one)", item.cell(), item.hidden(),
                            CompareText.count(item.parameters()), CompareText.count(item.textbookParameters()))));
                }
            };
            return row;
        });
        model.rows().addListener((ListChangeListener<CompareRow>) c -> showColumns());
        model.resultModeProperty().addListener((obs, o, n) -> showColumns());
        showColumns();
        // headers and values whole at any type size: the columns share the width where it is enough, and the
        // table scrolls sideways where it is not (presenter mode's largest type on a small screen)
        java.util.Map<TableColumn<?, ?>, Double> weights = new java.util.IdentityHashMap<>();
        for (TableColumn<CompareRow, ?> c : getColumns()) {
            weights.put(c, c.getPrefWidth());
        }
        FittedColumns.install(this, weights, v -> v instanceof CompareRow r ? r.cell().name() : String.valueOf(v));
    }

    private static TableColumn<CompareRow, String> text(String title, Function<CompareRow, String> value,
                                                        String hint) {
        TableColumn<CompareRow, String> c = new TableColumn<>();
        // relative widths (FittedColumns shares the table's width in these proportions): short numbers narrow,
        // words wide
        c.setPrefWidth(switch (title) {
            case "T", "Hidden", "Seed" -> 56;
            case "s / epoch", "Accuracy" -> 76;
            case "Val ÷ constant" -> 112;
            case "Status" -> 150;
            default -> 88;
        });
        Label header = new Label(title);
        header.setTooltip(new Tooltip(hint));
        c.setGraphic(header);
        c.setId("compare-col-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.getStyleClass().add(NUMBER_STYLE_CLASS);
        c.setSortable(false);
        return c;
    }

    /** T only for a sweep; the seed only for several; accuracy only when a row has one. */
    private void showColumns() {
        seedColumn.setVisible(model.rows().stream().map(CompareRow::seed).distinct().count() > 1);
        lengthColumn.setVisible(model.resultModeProperty().get() == CompareMode.SWEEP);
        accuracyColumn.setVisible(model.rows().stream().anyMatch(CompareRow::hasAccuracy));
    }

    /** The cell's name beside a swatch of its series colour, as in the plots. */
    private final class CellNameCell extends TableCell<CompareRow, CompareRow> {
        private final Rectangle swatch = new Rectangle(12, 12);

        CellNameCell() {
            swatch.getStyleClass().add("compare-swatch");
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
        }

        @Override
        protected void updateItem(CompareRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.cell().name());
            swatch.setFill(FxSurface.fx(palette.get().series(item.cell().ordinal())));
            setGraphic(swatch);
        }
    }
}
