package org.gatelab.ui.training;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.gatelab.viewmodel.training.Notice;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.training.TrainingSnapshot;
import org.gatelab.viewmodel.training.TrainingState;

/**
 * The training lab: choose a task and the training settings on the left; start, pause, step and reset a run
 * on top; watch the loss, the gradient norm, the accuracy and the validation predictions move while it trains
 * on a worker thread; when it diverges, read why; send the trained model to the workspace.
 *
 * <pre>
 *  ┌ TASK ─────────┐ ┌ ▶ Start  Step  Reset  [■■■■■   ] epoch 7 of 20   LSTM, hidden 32 ...   Inspect ┐
 *  │ Adding problem│ │ Adding problem — explanation, data, normalisation                                 │
 *  │ T, sizes      │ │ (when diverged: what happened, why, what to try)                                  │
 *  │ TRAINING      │ ├──────────────── loss ────────────────┬──────────── gradient norm ─────────────────┤
 *  │ cell, sizes,  │ │                                      │                                             │
 *  │ optimizer ... │ ├──────────── predictions ─────────────┼──────────── accuracy (if any) ─────────────┤
 *  │ FILES         │ │                                      │                                             │
 *  └───────────────┘ └ the last action's outcome ───────────────────────────────────────────────────────────┘
 * </pre>
 *
 * An {@link AnimationTimer} asks the view model to publish the worker's progress at a steady rate (at most once
 * per frame); the plots redraw when the published snapshot changes.
 *
 * <p>Tests read it through a page object that finds its parts by id ({@code lab-start}, {@code field-hidden},
 * {@code lab-loss}, ...).
 */
public final class TrainingLabView extends BorderPane {
    /** Style class of the whole view. */
    public static final String STYLE_CLASS = "training-lab";
    static final String SETTINGS_STYLE_CLASS = "lab-settings";
    static final String SETTINGS_SCROLL_STYLE_CLASS = "lab-settings-scroll";
    static final String SECTION_STYLE_CLASS = "lab-section-title";
    static final String PLOTS_STYLE_CLASS = "lab-plots";
    static final String MAIN_STYLE_CLASS = "lab-main";
    static final String NOTICE_STYLE_CLASS = "lab-notice";
    static final String STATUS_STYLE_CLASS = "lab-status";
    /** Pseudo-class set on a tall view (a projector, a 4K screen): larger controls. */
    public static final PseudoClass LARGE = PseudoClass.getPseudoClass("large");
    static final double LARGE_HEIGHT = 1000;
    /** Pseudo-class of the plots while they are stacked one per row (a large type). */
    static final PseudoClass STACKED = PseudoClass.getPseudoClass("stacked");
    /**
     * From this type size on (presenter mode from 2x: 1.5 x 13 px) the charts stack one per row, each the lab's
     * width, and the lab scrolls: side by side their headings took most of a chart and the legend ran over the axes.
     */
    static final double STACK_FONT = 19.5;
    /** Pseudo-class of the notice when it reports a problem. */
    static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    /** How often the worker's progress is published: 10 times a second. */
    static final long DRAIN_INTERVAL_NANOS = 100_000_000L;

    static final String STYLESHEET = TrainingLabView.class.getResource("training.css").toExternalForm();

    private final TrainingLabViewModel model;
    private final TaskForm taskForm;
    private final TrainingForm trainingForm;
    private final FileButtons files;
    private final RunBar runBar;
    private final TaskCard taskCard;
    private final DivergenceCallout callout;
    private final FigureView lossView;
    private final FigureView gradientView;
    private final FigureView scoreView;
    private final PredictionView predictionView;
    private final GridPane plots = new GridPane();
    private final Label status = new Label();
    private final Label notice = new Label();
    private final VBox forms = new VBox();
    private final AnimationTimer drainTimer;
    private boolean scoresShown = true;
    private boolean stacked;

    /** The lab on its view model (tests pass one that trains synchronously). */
    public TrainingLabView(TrainingLabViewModel model) {
        this.model = model;
        taskForm = new TaskForm(model);
        trainingForm = new TrainingForm(model);
        files = new FileButtons(model);
        runBar = new RunBar(model);
        taskCard = new TaskCard(model);
        callout = new DivergenceCallout(model);
        lossView = new FigureView(model, TrainingPlots::loss, "lab-loss");
        gradientView = new FigureView(model, TrainingPlots::gradient, "lab-gradient");
        scoreView = new FigureView(model, TrainingPlots::scores, "lab-scores");
        predictionView = new PredictionView(model);
        drainTimer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (now - last >= DRAIN_INTERVAL_NANOS) {
                    last = now;
                    model.drain();
                }
            }
        };
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(STYLESHEET);

        forms.getStyleClass().add(SETTINGS_STYLE_CLASS);
        forms.setId("lab-forms");
        forms.getChildren().addAll(section("Task"), taskForm, section("Training"), trainingForm);
        VBox settings = new VBox(forms, section("Files"), files);
        settings.getStyleClass().add(SETTINGS_STYLE_CLASS);
        ScrollPane scroll = new ScrollPane(settings);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(SETTINGS_SCROLL_STYLE_CLASS);
        scroll.setId("lab-settings");

        for (FigureView v : List.of(lossView, gradientView, scoreView, predictionView)) {
            v.initListeners();
        }
        plots.getStyleClass().add(PLOTS_STYLE_CLASS);
        // a small preferred height: the plots take whatever room the text above them leaves, down to the
        // minimum training.css gives them in ems
        plots.setPrefHeight(240);
        layoutPlots(true);

        status.getStyleClass().add(STATUS_STYLE_CLASS);
        status.setId("lab-status");
        status.setWrapText(true);
        // a long status takes the lines it needs (the lab scrolls) rather than being cut at a large type
        status.setMinHeight(Region.USE_PREF_SIZE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.getStyleClass().add(NOTICE_STYLE_CLASS);
        notice.setId("lab-notice");
        notice.setWrapText(true);
        VBox footer = new VBox(status, notice);
        footer.getStyleClass().add("lab-footer");

        VBox main = new VBox(runBar, taskCard, callout, plots, footer);
        main.getStyleClass().add(MAIN_STYLE_CLASS);
        VBox.setVgrow(plots, Priority.ALWAYS);
        // the plots keep a height that grows with the type (training.css): when the text above them leaves less
        // (presenter mode at a large scale), the lab scrolls rather than squeezing the charts to a line
        ScrollPane mainScroll = new ScrollPane(main);
        mainScroll.setFitToWidth(true);
        mainScroll.setFitToHeight(true);
        mainScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        mainScroll.getStyleClass().add("lab-main-scroll");
        mainScroll.setMinSize(0, 0);
        setLeft(scroll);
        setCenter(mainScroll);
        setMinSize(0, 0);
    }

    private static Label section(String title) {
        Label l = new Label(title.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add(SECTION_STYLE_CLASS);
        return l;
    }

    /**
     * Loss and gradient on top; predictions and scores below, or predictions across when there are no scores. At a
     * large type ({@link #STACK_FONT}) one chart per row in that order.
     */
    private void layoutPlots(boolean withScores) {
        scoresShown = withScores;
        plots.getChildren().clear();
        plots.pseudoClassStateChanged(STACKED, stacked);
        List<javafx.scene.Node> charts = withScores ? List.of(lossView, gradientView, predictionView, scoreView)
                : List.of(lossView, gradientView, predictionView);
        int columns = stacked ? 1 : 2;
        int rows = stacked ? charts.size() : 2;
        plots.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / columns);
            col.setHgrow(Priority.ALWAYS);
            plots.getColumnConstraints().add(col);
        }
        plots.getRowConstraints().clear();
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            row.setVgrow(Priority.ALWAYS);
            plots.getRowConstraints().add(row);
        }
        for (int i = 0; i < charts.size(); i++) {
            boolean across = !stacked && i == charts.size() - 1 && charts.size() % 2 == 1;
            plots.add(charts.get(i), stacked ? 0 : i % 2, stacked ? i : i / 2, across ? 2 : 1, 1);
        }
    }

    private void initListeners() {
        heightProperty().addListener((obs, o, h) -> {
            pseudoClassStateChanged(LARGE, h.doubleValue() >= LARGE_HEIGHT);
            taskCard.setLines(h.doubleValue() >= 900 ? 8 : 3);
        });
        // the type comes from the stylesheet (presenter mode's scale): the status line follows it
        status.fontProperty().addListener((obs, o, font) -> {
            boolean large = font.getSize() >= STACK_FONT;
            if (large != stacked) {
                stacked = large;
                layoutPlots(scoresShown);
            }
        });
        model.snapshotProperty().addListener((obs, o, n) -> show(n));
        model.lockedProperty().addListener((obs, o, n) -> forms.setDisable(n));
        model.noticeProperty().addListener((obs, o, n) -> showNotice(n));
        forms.setDisable(model.lockedProperty().get());
        show(model.snapshot());
        showNotice(model.noticeProperty().get());
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                drainTimer.start();
            } else {
                drainTimer.stop();
            }
        });
    }

    private void show(TrainingSnapshot s) {
        status.setText(s.message());
        boolean withScores = TrainingPlots.scores(s, lossView.palette()) != null;
        if (withScores != scoresShown) {
            layoutPlots(withScores);
        }
        gradientView.setHighlighted(s.state() == TrainingState.DIVERGED);
        taskCard.setCompact(s.divergence() != null);
    }

    private void showNotice(Notice n) {
        notice.setText(n.text());
        notice.setVisible(!n.isEmpty());
        notice.setManaged(!n.isEmpty());
        notice.pseudoClassStateChanged(PROBLEM, n.problem());
    }

    // ---- for the main window ---------------------------------------------------------------------------------

    /** Runs {@code action} after "Inspect in workspace" (e.g. the main window switches to the workspace tab). */
    public void setOnInspect(Runnable action) {
        runBar.setOnInspect(action);
    }

    /** Stops training and the timer (the window closes). */
    public void dispose() {
        drainTimer.stop();
        model.dispose();
    }
}
