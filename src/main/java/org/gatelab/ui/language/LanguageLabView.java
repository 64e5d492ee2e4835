package org.gatelab.ui.language;

import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.gatelab.ui.forms.FormLayout;
import org.gatelab.viewmodel.language.LanguageLabViewModel;
import org.gatelab.viewmodel.language.TextTrainingSnapshot;

/**
 * The language lab: train a character model on a corpus and watch it learn (bits per character against the
 * baselines, a sample after each epoch), then look inside it: the text coloured by a unit, the predictions, the
 * unit that follows a pattern, and what a prediction depends on for each cell.
 *
 * <pre>
 *  ┌ CORPUS ───────┐ ┌ Training │ Text │ Depends on ─────────────────────────────────────────────────┐
 *  │ names ▼       │ │ bits per character chart                 │ samples, one per epoch           │
 *  │ MODEL         │ │                                          │                                  │
 *  │ RNN LSTM GRU  │ ├ status ──────────────────────────────────────────────────────────────────────┤
 *  │ fields, Start │
 *  └───────────────┘
 * </pre>
 *
 * An {@link AnimationTimer} asks the view model to publish the worker's progress ten times a second.
 */
public final class LanguageLabView extends BorderPane {
    static final String STYLESHEET = LanguageLabView.class.getResource("language.css").toExternalForm();
    static final long DRAIN_INTERVAL_NANOS = 100_000_000L;

    private final LanguageLabViewModel model;
    final LanguageSettingsPane settings;
    final BpcChartView chart;
    final TextPane text;
    final DependencePane dependence;
    final ListView<String> samples = new ListView<>();
    final TabPane tabs = new TabPane();
    private final Label status = new Label();
    private final AnimationTimer drainTimer;

    public LanguageLabView(LanguageLabViewModel model) {
        this.model = model;
        settings = new LanguageSettingsPane(model);
        chart = new BpcChartView(model);
        text = new TextPane(model);
        dependence = new DependencePane(model.dependence());
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
        getStyleClass().add("language-lab");
        getStylesheets().add(STYLESHEET);
        ScrollPane left = new ScrollPane(settings);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("language-settings-scroll");
        setLeft(left);
        samples.setId("language-samples");
        samples.getStyleClass().add("language-samples");
        samples.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                // a line break shows as ↵ so a sample of names or of prose stays a compact paragraph
                setText(empty || item == null ? null : "epoch " + (getIndex() + 1) + ": " + item.replace("\n",
                        "\u21B5 "));
                setWrapText(true);
            }
        });
        VBox sampleBox = new VBox(4, FormLayout.section("A sample after each epoch"), samples);
        VBox.setVgrow(samples, javafx.scene.layout.Priority.ALWAYS);
        sampleBox.getStyleClass().add("language-side");
        SplitPane training = new SplitPane(chart, sampleBox);
        training.setDividerPositions(0.62);
        Tab trainingTab = new Tab("Training", training);
        trainingTab.setId("language-tab-training");
        Tab textTab = new Tab("Text", text);
        textTab.setId("language-tab-text");
        Tab dependenceTab = new Tab("Depends on", dependence);
        dependenceTab.setId("language-tab-dependence");
        tabs.getTabs().setAll(trainingTab, textTab, dependenceTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("language-tabs");
        status.setId("language-status");
        status.getStyleClass().add("language-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        setCenter(tabs);
        setBottom(status);
    }

    private void initListeners() {
        chart.initListeners();
        model.snapshotProperty().addListener((obs, o, s) -> show(s));
        show(model.snapshot());
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                drainTimer.start();
            } else {
                drainTimer.stop();
            }
        });
    }

    private void show(TextTrainingSnapshot s) {
        status.setText(s.status());
        if (!samples.getItems().equals(s.samples())) {
            samples.getItems().setAll(s.samples());
            if (!s.samples().isEmpty()) {
                samples.scrollTo(s.samples().size() - 1);
            }
        }
    }

    /** Stops the timer (the window closes). */
    public void dispose() {
        drainTimer.stop();
    }
}
