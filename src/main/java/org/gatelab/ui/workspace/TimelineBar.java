package org.gatelab.ui.workspace;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.gatelab.viewmodel.workspace.TimelineModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * Play, pause and step through time: buttons, a scrubber over t = 0..T-1 and a speed control. Playback
 * is driven by an animation timer that tells the {@link TimelineModel} how much time has passed.
 */
public final class TimelineBar extends HBox {
    public static final String STYLE_CLASS = "timeline-bar";

    private final TimelineModel timeline;
    private final WorkspaceViewModel workspace;
    final Button start = button("⇤", "Jump to the first step (Home)");
    final Button back = button("‹", "One step back (Left)");
    final Button play = button("▶", "Play or pause (Space)");
    final Button forward = button("›", "One step forward (Right)");
    final Button end = button("⇥", "Jump to the last step (End)");
    final Slider scrubber = new Slider(0, 1, 0);
    final Label stepLabel = new Label();
    final Slider speed = new Slider(TimelineModel.MIN_SPEED, TimelineModel.MAX_SPEED, 4);
    final Label speedLabel = new Label();
    final ProgressIndicator busy = new ProgressIndicator();
    private final Label speedTitle = new Label("speed");
    private boolean updating;

    private final AnimationTimer ticker = new AnimationTimer() {
        private long last = -1;

        @Override
        public void handle(long now) {
            if (last >= 0) {
                timeline.advance((now - last) / 1e9);
            }
            last = now;
            if (!timeline.isPlaying()) {
                last = -1;
                stop();
            }
        }
    };

    public TimelineBar(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        this.timeline = workspace.timeline();
        createView();
        initListeners();
        showStep();
    }

    private static Button button(String text, String tip) {
        Button b = new Button(text);
        b.getStyleClass().add("timeline-button");
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        start.setId("timeline-start");
        back.setId("timeline-back");
        play.setId("play");
        forward.setId("timeline-forward");
        end.setId("timeline-end");
        speed.setId("timeline-speed");
        scrubber.setId("scrubber");
        stepLabel.setId("step-label");
        stepLabel.getStyleClass().add("timeline-step");
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setSnapToTicks(true);
        // the arrow keys on the focused scrubber move one timestep, on the speed slider one step per second
        scrubber.setBlockIncrement(1);
        speed.setBlockIncrement(1);
        scrubber.setAccessibleText("Timestep");
        scrubber.setTooltip(new Tooltip("The timestep every view shows; drag, or ← → when it has focus"));
        speed.setAccessibleText("Playback speed");
        speed.setTooltip(new Tooltip("Timesteps per second while playing"));
        speed.setPrefWidth(110);
        speedLabel.getStyleClass().add("value-label");
        busy.setPrefSize(18, 18);
        busy.setVisible(false);
        busy.setId("busy");
        speedTitle.getStyleClass().add("field-label");
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        getChildren().addAll(start, back, play, forward, end, stepLabel, scrubber, speedTitle, speed, speedLabel, busy);
    }

    private void initListeners() {
        start.setOnAction(e -> timeline.toStart());
        back.setOnAction(e -> timeline.stepBack());
        play.setOnAction(e -> timeline.togglePlay());
        forward.setOnAction(e -> timeline.stepForward());
        end.setOnAction(e -> timeline.toEnd());
        scrubber.valueProperty().addListener((obs, o, n) -> {
            if (!updating) {
                timeline.setStep((int) Math.round(n.doubleValue()));
            }
        });
        speed.valueProperty().addListener((obs, o, n) -> timeline.setSpeed(n.doubleValue()));
        timeline.speedProperty().addListener((obs, o, n) -> showSpeed());
        timeline.stepProperty().addListener((obs, o, n) -> showStep());
        timeline.lengthProperty().addListener((obs, o, n) -> showStep());
        timeline.playingProperty().addListener((obs, o, n) -> {
            play.setText(n ? "❚❚" : "▶");
            if (n) {
                ticker.start();
            }
        });
        // show progress only for computations that take a noticeable time, so quick ones don't flicker
        PauseTransition delay = new PauseTransition(Duration.millis(150));
        delay.setOnFinished(e -> busy.setVisible(workspace.busyProperty().get()));
        workspace.busyProperty().addListener((obs, o, n) -> {
            if (n) {
                delay.playFromStart();
            } else {
                delay.stop();
                busy.setVisible(false);
            }
        });
        showSpeed();
    }

    private void showSpeed() {
        speedLabel.setText(String.format(Locale.ROOT, "%.1f steps/s", timeline.speedProperty().get()));
        if (speed.getValue() != timeline.speedProperty().get()) {
            speed.setValue(timeline.speedProperty().get());
        }
    }

    private void showStep() {
        updating = true;
        try {
            int last = Math.max(0, timeline.length() - 1);
            scrubber.setMax(Math.max(1, last));
            scrubber.setDisable(last == 0);
            scrubber.setValue(timeline.step());
            stepLabel.setText(String.format(Locale.ROOT, "t = %d / %d", timeline.step(), last));
        } finally {
            updating = false;
        }
    }

    /** Shows or hides the speed control (presenter mode hides it; the keys and buttons stay). */
    public void setSpeedShown(boolean shown) {
        for (javafx.scene.Node n : new javafx.scene.Node[] {speedTitle, speed, speedLabel}) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }
}
