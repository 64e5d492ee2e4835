package org.gatelab.ui.training;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gatelab.viewmodel.training.DivergenceNote;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.training.TrainingSnapshot;

/**
 * What a diverged run teaches, shown above the plots (never as an error dialog): what blew up, why, where to
 * look (the gradient-norm plot), and buttons that apply the advice.
 */
final class DivergenceCallout extends VBox {
    static final String STYLE_CLASS = "lab-callout";
    static final String TITLE_STYLE_CLASS = "lab-callout-title";
    static final String TEXT_STYLE_CLASS = "lab-callout-text";
    static final String WHAT_STYLE_CLASS = "lab-callout-what";

    private final Label headline = new Label();
    private final Label what = new Label();
    private final Label lesson = new Label();
    private final Button lowerRate = new Button();
    private final Button clip = new Button();
    private String text = "";

    DivergenceCallout(TrainingLabViewModel model) {
        getStyleClass().add(STYLE_CLASS);
        setId("lab-divergence");
        headline.getStyleClass().add(TITLE_STYLE_CLASS);
        headline.setMinWidth(0);
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        what.getStyleClass().addAll(TEXT_STYLE_CLASS, WHAT_STYLE_CLASS);
        lesson.getStyleClass().add(TEXT_STYLE_CLASS);
        for (Label l : new Label[] {what, lesson}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        lowerRate.setId("lab-lower-rate");
        clip.setId("lab-clip");
        lowerRate.setAccessibleText("Lower the learning rate and reset");
        lowerRate.setTooltip(new Tooltip("Start again with the smaller learning rate this note suggests"));
        clip.setAccessibleText("Clip the gradient and reset");
        clip.setTooltip(new Tooltip("Start again with gradient clipping at the norm this note suggests"));
        for (Button b : new Button[] {lowerRate, clip}) {
            b.getStyleClass().add(RunBar.BUTTON_STYLE_CLASS);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(headline, spacer, lowerRate, clip);
        head.getStyleClass().add("lab-callout-head");
        getChildren().addAll(head, what, lesson);
        lowerRate.setOnAction(e -> model.applyLowerLearningRate());
        clip.setOnAction(e -> model.applyClipping());
        model.snapshotProperty().addListener((obs, o, n) -> show(n));
        show(model.snapshot());
    }

    private void show(TrainingSnapshot s) {
        DivergenceNote n = s == null ? null : s.divergence();
        setVisible(n != null);
        setManaged(n != null);
        if (n == null) {
            text = "";
            return;
        }
        headline.setText("⚠ " + n.headline() + ": a lesson, not a bug");
        what.setText("What happened: " + n.what());
        lesson.setText(n.explanation() + " What to try: " + n.advice());
        lowerRate.setText("Learning rate " + LabText.plain(n.suggestedLearningRate()) + ", reset");
        boolean canClip = !Double.isNaN(n.suggestedClipNorm());
        clip.setText(canClip ? "Clip at " + LabText.plain(n.suggestedClipNorm()) + ", reset" : "");
        clip.setVisible(canClip);
        clip.setManaged(canClip);
        text = headline.getText() + "\n" + what.getText() + "\n" + lesson.getText();
    }

    /** Everything the note says, for tests. */
    String text() {
        return text;
    }

    Button lowerRateButton() {
        return lowerRate;
    }

    Button clipButton() {
        return clip;
    }
}
