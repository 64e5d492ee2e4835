package org.gatelab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.ui.testing.Nodes;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.RealDataSet;
import org.gatelab.vocabulary.SettingField;
import org.gatelab.vocabulary.TaskKind;

/**
 * The training lab as a test reads it: its buttons and fields, and what its figures, texts and notices show. It
 * finds the lab's parts by their ids, as a user finds them by sight; the view itself offers no test accessors.
 */
final class TrainingLabPage {
    /** The figures of the lab. */
    enum Plot { LOSS, GRADIENT, SCORES, PREDICTIONS }

    private final TrainingLabView view;

    TrainingLabPage(TrainingLabView view) {
        this.view = view;
    }

    private static String id(Plot p) {
        return switch (p) {
            case LOSS -> "lab-loss";
            case GRADIENT -> "lab-gradient";
            case SCORES -> "lab-scores";
            case PREDICTIONS -> "lab-predictions";
        };
    }

    private FigureView figureView(Plot p) {
        return Nodes.byId(view, id(p), FigureView.class);
    }

    private Figure figure(Plot p) {
        return figureView(p).figure();
    }

    /** The canvas of a figure (snapshots). */
    Region figureRegion(Plot p) {
        return figureView(p);
    }

    /** True when a figure is part of the layout (the scores only for tasks with accuracy or detection scores). */
    boolean figureShown(Plot p) {
        return Nodes.byIdOrNull(view, id(p), FigureView.class) != null;
    }

    /** The names of the series a figure draws, in drawing order (empty when it shows a message or symbols). */
    List<String> seriesNames(Plot p) {
        List<String> names = new ArrayList<>();
        Figure f = figure(p);
        if (f != null && f.hasPlot()) {
            for (PlotSeries s : f.plot().series()) {
                names.add(s.name());
            }
        }
        return names;
    }

    /** The y values a figure draws for a series (dot series carry a NaN after each point). */
    double[] shownCurve(Plot p, String series) {
        return shownSeries(p, series).y();
    }

    /** The x values a figure draws for a series. */
    double[] shownX(Plot p, String series) {
        return shownSeries(p, series).x();
    }

    private PlotSeries shownSeries(Plot p, String series) {
        Figure f = figure(p);
        if (f != null && f.hasPlot()) {
            for (PlotSeries s : f.plot().series()) {
                if (s.name().equals(series)) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("no series \"" + series + "\" in " + p + " (have " + seriesNames(p) + ")");
    }

    /** A figure's whole plot as last built, or null when it shows a message or symbols. */
    LinePlot shownPlot(Plot p) {
        Figure f = figure(p);
        return f == null ? null : f.plot();
    }

    /** A figure's heading. */
    String heading(Plot p) {
        Figure f = figure(p);
        return f == null ? "" : f.heading();
    }

    /** The message a figure shows instead of a plot, or empty. */
    String message(Plot p) {
        Figure f = figure(p);
        return f == null ? "" : f.message();
    }

    /** True when the gradient-norm figure is framed in the accent colour (after a divergence). */
    boolean gradientHighlighted() {
        return figureView(Plot.GRADIENT).highlighted();
    }

    /** Validation sequences shown as rows of symbols in the last paint (classification tasks), else 0. */
    int shownLabelRows() {
        LabelStripPainter.Shown s = Nodes.byId(view, "lab-predictions", PredictionView.class).shownLabels();
        return s == null ? 0 : s.blocks();
    }

    /** "epoch 7 of 20 · batch 12 of 125" as shown beside the progress bar. */
    String shownProgressText() {
        return Nodes.byId(view, "lab-progress-text", Label.class).getText();
    }

    double shownProgress() {
        return Nodes.byId(view, "lab-progress", ProgressBar.class).getProgress();
    }

    /** The status sentence under the plots. */
    String shownStatus() {
        return Nodes.byId(view, "lab-status", Label.class).getText();
    }

    /** The last action's outcome, as shown. */
    String shownNotice() {
        Label notice = Nodes.byId(view, "lab-notice", Label.class);
        return notice.isVisible() ? notice.getText() : "";
    }

    /** The divergence note as shown, or empty when hidden. */
    String divergenceText() {
        DivergenceCallout callout = Nodes.byId(view, "lab-divergence", DivergenceCallout.class);
        return callout.isVisible() ? callout.text() : "";
    }

    private TaskCard taskCard() {
        return Nodes.byType(view, TaskCard.class).get(0);
    }

    /** The explanation paragraph as shown. */
    String shownExplanation() {
        return taskCard().explanationText();
    }

    /** The data line, the normalisation and the notes, as shown. */
    String shownDataText() {
        TaskCard c = taskCard();
        return String.join("\n", c.dataText(), c.normalizationText(), c.notesText()).trim();
    }

    /** The refusal shown under a field (a training or a task setting), or empty. */
    String shownProblem(SettingField s) {
        Label l = Nodes.byIdOrNull(view, "problem-" + s.key().replace('_', '-'), Label.class);
        return l == null || !l.isVisible() ? "" : l.getText();
    }

    /** The text field of a setting (a training setting, or one of the chosen task's), or null. */
    TextField field(SettingField s) {
        return Nodes.byIdOrNull(view, "field-" + s.key().replace('_', '-'), TextField.class);
    }

    /** The recording's credit and licence as shown, or empty when hidden. */
    String shownCredit() {
        Label l = Nodes.byId(view, "lab-credit", Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    /** The gallery's chooser of recordings, or null when not shown. */
    @SuppressWarnings("unchecked")
    ChoiceBox<RealDataSet> dataSetChoice() {
        ChoiceBox<RealDataSet> c = Nodes.byId(view, "data-set", ChoiceBox.class);
        for (javafx.scene.Node n = c; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return null;
            }
        }
        return c;
    }

    @SuppressWarnings("unchecked")
    ChoiceBox<TaskKind> taskChoice() {
        return Nodes.byId(view, "task-kind", ChoiceBox.class);
    }

    Button startButton() {
        return Nodes.byId(view, "lab-start", Button.class);
    }

    Button stepButton() {
        return Nodes.byId(view, "lab-step", Button.class);
    }

    Button resetButton() {
        return Nodes.byId(view, "lab-reset", Button.class);
    }

    Button inspectButton() {
        return Nodes.byId(view, "lab-inspect", Button.class);
    }

    Button lowerLearningRateButton() {
        return Nodes.byId(view, "lab-lower-rate", Button.class);
    }

    ToggleButton cellButton(CellKind cell) {
        return Nodes.byId(view, "lab-cell-" + cell.id(), ToggleButton.class);
    }

    /** True while the settings forms are disabled (a run is live). */
    boolean settingsLocked() {
        return Nodes.byId(view, "lab-forms", VBox.class).isDisabled();
    }
}
