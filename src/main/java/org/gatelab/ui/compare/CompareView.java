package org.gatelab.ui.compare;

import java.io.File;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.gatelab.render.Palette;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.viewmodel.compare.CompareMode;
import org.gatelab.viewmodel.compare.CompareRow;
import org.gatelab.viewmodel.compare.CompareViewModel;

/**
 * The training lab's comparison: one click trains the RNN, the LSTM and the GRU on the same task, data and seed
 * (same hidden size or same parameter budget), off the FX thread with progress and a cancel button; the results
 * side by side in a table and as loss curves on one log plot. In sweep mode it trains the three cells on the
 * adding problem at several lengths T and plots the final validation loss against T, so the length where the
 * vanilla RNN gives up shows. The results export as CSV.
 *
 * <p>Layout: the settings on the left with the run controls under them; on the right the table above the
 * plots (the sweep plot beside the loss curves in sweep mode). An {@link AnimationTimer} runs while a
 * comparison does and publishes the worker's latest snapshot once per frame ({@link CompareViewModel#drain()}).
 *
 * <p>Tests read it through a page object that finds its parts by id ({@code compare-start},
 * {@code compare-status}, ...) and type.
 */
public final class CompareView extends BorderPane {
    /** Style class of the whole view. */
    public static final String STYLE_CLASS = "compare-view";
    /** Style class of the left column (settings and run controls). */
    public static final String SIDE_STYLE_CLASS = "compare-side";
    /** Style class of the run controls under the settings. */
    public static final String RUN_STYLE_CLASS = "compare-run";
    /** Style class of the start button. */
    public static final String START_STYLE_CLASS = "compare-start";
    /** Style class of the bar above the table. */
    public static final String TOOLBAR_STYLE_CLASS = "compare-toolbar";
    /** Style class of the results' title. */
    public static final String TITLE_STYLE_CLASS = "compare-title";
    /** Style class of the progress text and the status. */
    public static final String STATUS_STYLE_CLASS = "compare-status";
    /** Style class of the export message (plus {@code compare-export-failed} after a failure). */
    public static final String EXPORT_STYLE_CLASS = "compare-export-message";
    /** Pseudo-class set when the view is at least {@link #LARGE_WIDTH} x {@link #LARGE_HEIGHT}: larger type. */
    public static final PseudoClass LARGE = PseudoClass.getPseudoClass("large");
    static final double LARGE_WIDTH = 1700;
    static final double LARGE_HEIGHT = 950;
    /** Share of the right-hand side's height that the table gets; the plots get the rest. */
    static final double RESULTS_SHARE = 0.34;

    static final String STYLESHEET = CompareView.class.getResource("compare.css").toExternalForm();

    private final CompareViewModel model;
    private final CompareCurvesView curves;
    private final SweepPlotView sweep;
    private final CompareTable table;
    private final CompareForm form;
    private final Button start = new Button("_Train all three");
    private final Button cancel = new Button("Cance_l");
    private final Button export = new Button("_Export CSV…");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label status = new Label();
    private final Label problem = new Label();
    private final Label resultTitle = new Label("Results");
    private final Label exportMessage = new Label();
    private final Label spread = new Label();
    private final HBox plots = new HBox();
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            model.drain();
            if (!model.isRunning()) {
                stop();
            }
        }
    };

    /** The comparison lab showing {@code model} (tests pass one with a synchronous worker). */
    public CompareView(CompareViewModel model) {
        this.model = model;
        this.curves = new CompareCurvesView(model);
        this.sweep = new SweepPlotView(model);
        this.table = new CompareTable(model, this::palette);
        this.form = new CompareForm(model, this::palette);
        createView();
        initListeners();
    }

    private Palette palette() {
        return curves.palette();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(STYLESHEET);

        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.getStyleClass().add("compare-form-scroll");
        VBox.setVgrow(formScroll, Priority.ALWAYS);

        start.setId("compare-start");
        start.getStyleClass().add(START_STYLE_CLASS);
        start.setDefaultButton(true);
        start.setMaxWidth(Double.MAX_VALUE);
        cancel.setId("compare-cancel");
        cancel.setTooltip(new Tooltip("Stop after the current batch; finished rows stay"));
        HBox.setHgrow(start, Priority.ALWAYS);
        HBox buttons = new HBox(8, start, cancel);
        progress.setId("compare-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.setId("compare-progress-text");
        progressText.getStyleClass().add(STATUS_STYLE_CLASS);
        status.setId("compare-status");
        status.getStyleClass().add(STATUS_STYLE_CLASS);
        status.setWrapText(true);
        problem.setId("compare-problem");
        problem.getStyleClass().add("problem-label");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox run = new VBox(6, problem, buttons, progress, progressText, status);
        run.getStyleClass().add(RUN_STYLE_CLASS);
        // the settings scroll; the run controls keep their height
        progress.setMinHeight(Region.USE_PREF_SIZE);
        run.setMinHeight(Region.USE_PREF_SIZE);
        formScroll.setMinHeight(0);
        VBox side = new VBox(formScroll, run);
        side.getStyleClass().add(SIDE_STYLE_CLASS);
        side.setMinWidth(Region.USE_PREF_SIZE);
        setLeft(side);

        resultTitle.getStyleClass().add(TITLE_STYLE_CLASS);
        resultTitle.setId("compare-result-title");
        // the title takes a second line and the button keeps its words at a large type
        resultTitle.setMinWidth(0);
        resultTitle.setWrapText(true);
        resultTitle.setMinHeight(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setId("compare-export");
        export.setTooltip(new Tooltip("Save the table as a CSV file"));
        exportMessage.setId("compare-export-message");
        exportMessage.getStyleClass().add(EXPORT_STYLE_CLASS);
        exportMessage.setMinWidth(0);
        exportMessage.setWrapText(true);
        exportMessage.setMinHeight(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(10, resultTitle, gap, exportMessage, export);
        toolbar.getStyleClass().add(TOOLBAR_STYLE_CLASS);
        spread.setId("compare-spread");
        spread.getStyleClass().add(STATUS_STYLE_CLASS);
        spread.setWrapText(true);
        spread.setMinHeight(Region.USE_PREF_SIZE);
        VBox results = new VBox(toolbar, table, spread);
        results.getStyleClass().add("compare-results");
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(0);

        curves.setMinSize(0, 0);
        sweep.setMinSize(0, 0);
        HBox.setHgrow(curves, Priority.ALWAYS);
        HBox.setHgrow(sweep, Priority.ALWAYS);
        plots.getChildren().setAll(sweep, curves);
        plots.getStyleClass().add("compare-plots");
        StackPane plotPane = new StackPane(plots);

        // a VBox rather than a SplitPane: its children exist before any skin, so a theme applied to the scene
        // reaches the canvases at once (Theme.applyPalette walks the children)
        VBox center = new VBox(results, plotPane);
        center.getStyleClass().add("compare-center");
        // the table takes about a third of the height (enough for 3 rows, or 6 with a scroll bar in a sweep)
        results.prefHeightProperty().bind(center.heightProperty().multiply(RESULTS_SHARE));
        results.maxHeightProperty().bind(results.prefHeightProperty());
        VBox.setVgrow(plotPane, Priority.ALWAYS);
        // the table and the plots keep a height in em (compare.css): at a large type (presenter mode) the results
        // scroll rather than squeezing the plot under its heading and legend
        ScrollPane centerScroll = new ScrollPane(center);
        centerScroll.setFitToWidth(true);
        centerScroll.setFitToHeight(true);
        centerScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        centerScroll.getStyleClass().add("compare-center-scroll");
        centerScroll.setMinSize(0, 0);
        setCenter(centerScroll);
        setMinSize(0, 0);
    }

    private void initListeners() {
        curves.initListeners();
        sweep.initListeners();
        start.setOnAction(e -> startComparison());
        cancel.setOnAction(e -> model.cancel());
        export.setOnAction(e -> chooseExportFile());
        model.runningProperty().addListener((o, was, on) -> {
            if (on) {
                pump.start();
            }
            showRunState();
        });
        model.progressProperty().addListener((o, was, p) -> showRunState());
        model.statusProperty().addListener((o, was, s) -> showRunState());
        model.modeProperty().addListener((o, was, m) -> showRunState());
        model.resultModeProperty().addListener((o, was, m) -> showPlots());
        model.modeProperty().addListener((o, was, m) -> showPlots());
        model.resultTitleProperty().addListener((o, was, t) -> showRunState());
        model.exportMessageProperty().addListener((o, was, t) -> showExport());
        model.exportFailedProperty().addListener((o, was, t) -> showExport());
        model.rows().addListener((javafx.collections.ListChangeListener<CompareRow>) c -> showRunState());
        model.spreadProperty().addListener((o, was, s) -> showSpread());
        showSpread();
        curves.paletteProperty().addListener((o, was, p) -> {
            // the swatches follow the theme of the canvases; the sweep plot too, if the theme missed it
            sweep.paletteProperty().set(p);
            form.plan.recolour();
            table.refresh();
        });
        sweep.paletteProperty().addListener((o, was, p) -> curves.paletteProperty().set(p));
        widthProperty().addListener((o, was, w) -> updateLarge());
        heightProperty().addListener((o, was, h) -> updateLarge());
        showRunState();
        showPlots();
        showExport();
    }

    private void updateLarge() {
        pseudoClassStateChanged(LARGE, getWidth() >= LARGE_WIDTH && getHeight() >= LARGE_HEIGHT);
    }

    private void startComparison() {
        form.commitEdits();
        model.start();
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the comparison as CSV");
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            exportCsv(file.toPath());
        }
    }

    private void showRunState() {
        boolean running = model.isRunning();
        boolean sweepMode = model.modeProperty().get() == CompareMode.SWEEP;
        start.setText(sweepMode ? "_Run the sweep" : "_Train all three");
        start.setDisable(running);
        cancel.setDisable(!running);
        boolean shown = running || !model.progressProperty().get().text().isEmpty();
        progress.setVisible(shown);
        progress.setManaged(shown);
        progress.setProgress(shown ? model.progressProperty().get().fraction() : 0);
        String p = model.progressProperty().get().text();
        progressText.setText(running ? (p.isEmpty() ? "Generating the data…" : p) : p);
        status.setText(running ? "" : model.statusProperty().get());
        String title = model.resultTitleProperty().get();
        resultTitle.setText(title.isEmpty() ? "Results" : "Results · " + title);
        export.setDisable(running || model.rows().isEmpty());
    }

    /** Over several seeds: each cell's mean and range, under the table. */
    private void showSpread() {
        var s = model.spreadProperty().get();
        spread.setText(s.isEmpty() ? "" : "Final validation loss ÷ constant over the seeds " + s.seeds().get(0)
                + " to " + s.seeds().get(s.seeds().size() - 1) + ":\n" + s.describe());
        spread.setVisible(!s.isEmpty());
        spread.setManaged(!s.isEmpty());
    }

    private void showPlots() {
        CompareMode shown = model.resultModeProperty().get() == null ? model.modeProperty().get()
                : model.resultModeProperty().get();
        boolean sweepShown = shown == CompareMode.SWEEP;
        sweep.setVisible(sweepShown);
        sweep.setManaged(sweepShown);
        curves.invalidate();
        sweep.invalidate();
    }

    private void showExport() {
        exportMessage.setText(model.exportMessageProperty().get());
        exportMessage.getStyleClass().remove("compare-export-failed");
        if (model.exportFailedProperty().get()) {
            exportMessage.getStyleClass().add("compare-export-failed");
        }
    }

    // ---- actions (what the buttons do) -------------------------------------------------------------

    /** Starts the comparison of the current settings, as the start button does. */
    public void start() {
        startComparison();
    }

    /** Cancels the running comparison, as the cancel button does. */
    public void cancel() {
        model.cancel();
    }

    /** Writes the results to {@code file}, as the file chooser of the export button does. */
    public boolean exportCsv(Path file) {
        return model.exportCsv(file);
    }

    // ---- parts ---------------------------------------------------------------------------------------

    /** The view model this view shows. */
    public CompareViewModel model() {
        return model;
    }
}
