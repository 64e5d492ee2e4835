package org.gatelab.ui.seq2seq;

import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.gatelab.viewmodel.seq2seq.Seq2SeqResults;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;

/**
 * The sequence-to-sequence tab: the form and the run's progress on the left; on the right the example pair, the
 * decoding's controls, and four panels: the attention map, the bottleneck plot, the gradient back to the inputs
 * and the cost table. When a run ends, the example's decoding plays one step every {@link #STEP_MILLIS} ms.
 */
public final class Seq2SeqView extends BorderPane {
    /** Milliseconds between two decoder steps while the example plays. */
    static final double STEP_MILLIS = 450;

    static final String STYLESHEET = Seq2SeqView.class.getResource("seq2seq.css").toExternalForm();

    private final Seq2SeqViewModel model;
    private final Seq2SeqForm form;
    private final AttentionMapView attention;
    private final BottleneckPlotView bottleneck;
    private final InputGradientView gradient;
    private final CostTable cost;
    private final Label title = new Label();
    private final Label example = new Label();
    private final Label stepText = new Label();
    private final Button play = new Button("Play");
    private final Button step = new Button("Step");
    private final Button all = new Button("Show all");
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Timeline player = new Timeline();
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            model.drain();
            if (!model.isRunning()) {
                stop();
            }
        }
    };

    public Seq2SeqView(Seq2SeqViewModel model) {
        this.model = model;
        this.form = new Seq2SeqForm(model);
        this.attention = new AttentionMapView(model);
        this.bottleneck = new BottleneckPlotView(model);
        this.gradient = new InputGradientView(model);
        this.cost = new CostTable(model);
        getStyleClass().add("seq2seq-view");
        getStylesheets().add(STYLESHEET);
        layoutParts();
        initListeners();
    }

    public Seq2SeqViewModel model() {
        return model;
    }

    private void layoutParts() {
        status.setId("seq2seq-status");
        status.setWrapText(true);
        progress.setId("seq2seq-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.managedProperty().bind(progress.visibleProperty());
        VBox left = new VBox(10, form, progress, status);
        left.getStyleClass().add("seq2seq-form");
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.getStyleClass().add("seq2seq-form-scroll");
        setLeft(leftScroll);

        title.setId("seq2seq-title");
        title.getStyleClass().add("seq2seq-heading");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        example.setId("seq2seq-example");
        example.setWrapText(true);
        example.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        stepText.setId("seq2seq-step");
        play.setId("seq2seq-play");
        step.setId("seq2seq-step-once");
        all.setId("seq2seq-show-all");
        HBox controls = new HBox(8, play, step, all, stepText);
        controls.getStyleClass().add("seq2seq-controls");

        GridPane panels = new GridPane();
        panels.setHgap(8);
        panels.setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            panels.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            panels.getRowConstraints().add(r);
        }
        ScrollPane costScroll = new ScrollPane(cost);
        costScroll.setFitToWidth(true);
        costScroll.getStyleClass().add("seq2seq-cost-scroll");
        panels.add(attention, 0, 0);
        panels.add(bottleneck, 1, 0);
        panels.add(gradient, 0, 1);
        panels.add(costScroll, 1, 1);
        panels.setMinSize(0, 0);
        VBox center = new VBox(6, title, example, controls, panels);
        center.getStyleClass().add("seq2seq-center");
        VBox.setVgrow(panels, Priority.ALWAYS);
        setCenter(center);
        setMinSize(0, 0);
    }

    private void initListeners() {
        form.startButton().setOnAction(e -> {
            form.commitEdits();
            player.stop();
            model.start();
        });
        form.cancelButton().setOnAction(e -> model.cancel());
        model.runningProperty().addListener((o, was, on) -> {
            if (on) {
                pump.start();
            }
            showRunState();
        });
        model.statusProperty().addListener((o, was, s) -> showRunState());
        model.progressProperty().addListener((o, was, p) -> showRunState());
        model.resultsProperty().addListener((o, was, r) -> {
            showResults(r);
            if (r != null) {
                playFromStart();
            }
        });
        model.decodedProperty().addListener((o, was, n) -> showStep());
        player.getKeyFrames().setAll(new KeyFrame(Duration.millis(STEP_MILLIS), e -> {
            if (!model.advance()) {
                player.stop();
                play.setText("Play");
            }
        }));
        player.setCycleCount(Timeline.INDEFINITE);
        play.setOnAction(e -> togglePlay());
        step.setOnAction(e -> {
            player.stop();
            play.setText("Play");
            model.advance();
        });
        all.setOnAction(e -> {
            player.stop();
            play.setText("Play");
            model.showAll();
        });
        showRunState();
        showResults(model.resultsProperty().get());
    }

    private void togglePlay() {
        if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            player.stop();
            play.setText("Play");
            return;
        }
        Seq2SeqResults r = model.resultsProperty().get();
        if (r != null && model.decodedProperty().get() >= r.decoderSteps()) {
            model.rewind();
        }
        playFromStart();
    }

    private void playFromStart() {
        play.setText("Pause");
        player.playFromStart();
    }

    private void showRunState() {
        boolean on = model.isRunning();
        form.showRunning(on);
        progress.setProgress(model.progressProperty().get());
        progress.setVisible(on);
        status.setText(model.statusProperty().get());
    }

    private void showResults(Seq2SeqResults r) {
        boolean has = r != null;
        play.setDisable(!has);
        step.setDisable(!has);
        all.setDisable(!has);
        title.setText(has ? r.title() : "Sequence to sequence: the bottleneck and attention");
        example.setText(has ? "Example: " + String.join(" ", r.source()) + "  →  " + String.join(" ", r.target())
                + "     without attention: " + String.join(" ", r.without().predicted()) + "     with: "
                + String.join(" ", r.with().predicted())
                : "An encoder reads the source into states; a decoder writes the target one symbol at a time. "
                + "Without attention it sees only the encoder's last state; with attention, a weighted mix of all.");
        showStep();
    }

    private void showStep() {
        Seq2SeqResults r = model.resultsProperty().get();
        stepText.setText(r == null ? "" : "decoder step " + model.decodedProperty().get() + " of "
                + r.decoderSteps());
    }

    /** Stops the decoding's animation and the pump (the window closes). */
    public void dispose() {
        player.stop();
        pump.stop();
        model.cancel();
    }
}
