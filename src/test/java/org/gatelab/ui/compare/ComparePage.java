package org.gatelab.ui.compare;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.ui.testing.Nodes;
import org.gatelab.viewmodel.compare.CompareRow;
import org.gatelab.vocabulary.CellKind;

/**
 * The comparison tab as a test reads it: the table's rows and cells, the plots' series, the texts under the
 * buttons and fields. It finds the tab's parts by id and type; the view itself offers no test accessors.
 */
final class ComparePage {
    private final CompareView view;

    ComparePage(CompareView view) {
        this.view = view;
    }

    private CompareTable table() {
        return Nodes.byType(view, CompareTable.class).get(0);
    }

    private CompareCurvesView curves() {
        return Nodes.byType(view, CompareCurvesView.class).get(0);
    }

    private SweepPlotView sweep() {
        return Nodes.byType(view, SweepPlotView.class).get(0);
    }

    private String text(String id) {
        return Nodes.byId(view, id, Label.class).getText();
    }

    /** The rows the table shows, in order. */
    List<CompareRow> shownRows() {
        return List.copyOf(table().getItems());
    }

    /**
     * The text the table shows in row {@code row} under the column titled {@code column} (e.g. "Val loss",
     * "Hidden"; "Cell" gives the cell's name).
     */
    String shownCell(int row, String column) {
        for (TableColumn<CompareRow, ?> c : table().getColumns()) {
            if (column.equals(title(c))) {
                Object data = c.getCellData(row);
                return data instanceof CompareRow r ? r.cell().name() : String.valueOf(data);
            }
        }
        throw new IllegalArgumentException("no column \"" + column + "\"");
    }

    /** True when the table shows the column titled {@code column}. */
    boolean columnShown(String column) {
        return table().getColumns().stream().anyMatch(c -> c.isVisible() && column.equals(title(c)));
    }

    private static String title(TableColumn<?, ?> c) {
        return c.getGraphic() instanceof Label l ? l.getText() : c.getText();
    }

    /** The series keys of the loss-curve plot, e.g. "RNN val", "RNN train". */
    List<String> curveNames() {
        return curves().seriesNames();
    }

    /** The y values the loss-curve plot draws for a series. */
    double[] shownCurve(String name) {
        return series(curves().plot(), name).y();
    }

    /** The reference lines of the loss-curve plot (the constant baseline). */
    List<LinePlot.Reference> shownReferences() {
        return curves().plot().references();
    }

    /** The series keys of the sweep plot: "RNN", "LSTM", "GRU", "constant". */
    List<String> sweepNames() {
        return sweep().seriesNames();
    }

    /** The y values the sweep plot draws for a series. */
    double[] shownSweep(String name) {
        return series(sweep().plot(), name).y();
    }

    /** The whole sweep plot as built (axes, series, marker). */
    LinePlot shownSweepPlot() {
        return sweep().plot();
    }

    /** True while the sweep plot is part of the layout. */
    boolean sweepShown() {
        SweepPlotView s = sweep();
        return s.isManaged() && s.isVisible();
    }

    private static PlotSeries series(LinePlot plot, String name) {
        for (PlotSeries s : plot.series()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no series \"" + name + "\" (have "
                + plot.series().stream().map(PlotSeries::name).toList() + ")");
    }

    /** The progress line under the buttons, e.g. "T = 100: LSTM epoch 4, GRU epoch 2 (of at most 10) · 7 of 15 models done". */
    String progressText() {
        return text("compare-progress-text");
    }

    /** How the last run ended, e.g. "Done: 3 models in 1 min 21 s." */
    String statusText() {
        return text("compare-status");
    }

    /** The form's message about a refused setting; empty if none. */
    String problemText() {
        return text("compare-problem");
    }

    /** The message under the lengths field; empty if the lengths are fine. */
    String lengthsProblemText() {
        return text("compare-lengths-problem");
    }

    /** The message beside the export button. */
    String exportMessageText() {
        return text("compare-export-message");
    }

    /** The plan's texts for {@code cell}: hidden size, PyTorch count, textbook count. */
    List<String> planRow(CellKind cell) {
        return Nodes.byType(view, ComparePlanGrid.class).get(0).rowText(cell);
    }

    /** The canvas of the loss curves (snapshots). */
    CanvasView curvesView() {
        return curves();
    }

    /** The canvas of the sweep plot (snapshots); hidden outside sweep mode. */
    CanvasView sweepView() {
        return sweep();
    }

    Button startButton() {
        return Nodes.byId(view, "compare-start", Button.class);
    }

    Button cancelButton() {
        return Nodes.byId(view, "compare-cancel", Button.class);
    }

    Button exportButton() {
        return Nodes.byId(view, "compare-export", Button.class);
    }

    /** The sweep's lengths field. */
    TextField lengthsField() {
        return Nodes.byId(view, "compare-lengths", TextField.class);
    }
}
