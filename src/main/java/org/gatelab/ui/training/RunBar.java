package org.gatelab.ui.training;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.training.TrainingSnapshot;
import org.gatelab.viewmodel.training.TrainingState;

/**
 * The run's controls and progress: Start (Pause, Resume), Step one epoch, Reset, "epoch k of N" with a progress
 * bar, the model in words, and Inspect in workspace. A flow, not a row: on a narrow lab or at a large type scale
 * (presenter mode at 3x on 1366x768) the controls and texts wrap to a second line whole instead of being cut.
 */
final class RunBar extends FlowPane {
    static final String STYLE_CLASS = "lab-run-bar";
    static final String PRIMARY_STYLE_CLASS = "lab-primary-button";
    static final String BUTTON_STYLE_CLASS = "lab-run-button";
    static final String PROGRESS_TEXT_STYLE_CLASS = "lab-progress-text";
    static final String MODEL_TEXT_STYLE_CLASS = "lab-model-text";

    private final TrainingLabViewModel model;
    private final Button primary = new Button("▶ St_art");
    private final Button step = new Button("Step 1 _epoch");
    private final Button reset = new Button("↺ Rese_t");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label modelText = new Label();
    private final Button inspect = new Button("_Inspect in workspace");
    private final javafx.scene.control.CheckBox follow = new javafx.scene.control.CheckBox("follow live");
    private Runnable onInspect = () -> { };

    RunBar(TrainingLabViewModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        primary.setId("lab-start");
        primary.getStyleClass().add(PRIMARY_STYLE_CLASS);
        primary.setDefaultButton(false);
        step.setId("lab-step");
        reset.setId("lab-reset");
        inspect.setId("lab-inspect");
        for (Button b : new Button[] {step, reset, inspect}) {
            b.getStyleClass().add(BUTTON_STYLE_CLASS);
        }
        for (Button b : new Button[] {primary, step, reset, inspect}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        step.setTooltip(new Tooltip("Run one epoch, then pause: watch the curves move one step at a time"));
        reset.setTooltip(new Tooltip("Forget this run and unlock the settings"));
        inspect.setTooltip(new Tooltip("Show the current model in the workspace, on a validation sequence: the "
                + "cell diagram, heatmaps and gradients then show the trained weights"));
        progress.setId("lab-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.getStyleClass().add(PROGRESS_TEXT_STYLE_CLASS);
        progressText.setId("lab-progress-text");
        modelText.getStyleClass().add(MODEL_TEXT_STYLE_CLASS);
        modelText.setId("lab-model-text");
        progressText.setTooltip(new Tooltip());
        progressText.getTooltip().textProperty().bind(progressText.textProperty());
        progress.setPrefWidth(150);
        progress.setMinWidth(40);
        follow.setId("lab-follow");
        follow.setMinWidth(Region.USE_PREF_SIZE);
        follow.setTooltip(new Tooltip("After every epoch, show the model in the workspace: its gates, heatmaps and "
                + "gradient curves follow the training. Changing the workspace's settings stops it."));
        follow.selectedProperty().bindBidirectional(model.followInWorkspaceProperty());
        getChildren().addAll(primary, step, reset, progress, progressText, modelText, inspect, follow);
        primary.setOnAction(e -> {
            TrainingState s = model.state();
            if (s.canPause()) {
                model.pause();
            } else if (s.canResume()) {
                model.resume();
            } else {
                model.start();
            }
        });
        step.setOnAction(e -> model.step());
        reset.setOnAction(e -> model.reset());
        inspect.setOnAction(e -> {
            model.inspect();
            onInspect.run();
        });
        model.snapshotProperty().addListener((obs, o, n) -> show(n));
        show(model.snapshot());
    }

    void setOnInspect(Runnable r) {
        onInspect = r == null ? () -> { } : r;
    }

    private void show(TrainingSnapshot s) {
        TrainingState state = s.state();
        primary.setText(state.canPause() ? "❚❚ Pa_use" : state.canResume() ? "▶ _Resume" : "▶ St_art");
        primary.setDisable(state == TrainingState.PREPARING);
        step.setDisable(!state.canStep());
        reset.setDisable(!state.canReset());
        inspect.setDisable(!model.hasModel());
        progress.setProgress(state == TrainingState.PREPARING ? ProgressBar.INDETERMINATE_PROGRESS : s.progress());
        progressText.setText(s.progressText());
        modelText.setText(s.modelLabel());
    }

    Button primaryButton() {
        return primary;
    }

    Button stepButton() {
        return step;
    }

    Button resetButton() {
        return reset;
    }

    Button inspectButton() {
        return inspect;
    }

    ProgressBar progressBar() {
        return progress;
    }

    Label progressLabel() {
        return progressText;
    }
}
