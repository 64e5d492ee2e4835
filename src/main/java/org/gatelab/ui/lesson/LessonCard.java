package org.gatelab.ui.lesson;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gatelab.lesson.Lesson;
import org.gatelab.viewmodel.lesson.LessonStanding;

/**
 * A lesson in the list: title, level, minutes, summary, prerequisites, the learner's progress (steps done, and
 * checks right on the first try, answered and skipped), and Start.
 */
final class LessonCard extends VBox {
    static final String STYLE_CLASS = "lesson-card";

    private final Label progressLabel = new Label();
    private final Label checksLabel = new Label();

    /**
     * @param prerequisites the titles of the lessons to take first
     * @param open          opens the lesson
     * @param restart       forgets the progress in it
     */
    LessonCard(Lesson lesson, LessonStanding standing, List<String> prerequisites, Runnable open, Runnable restart) {
        getStyleClass().add(STYLE_CLASS);
        setId("lesson-card-" + lesson.id());
        int steps = standing.steps();
        int done = standing.done();
        boolean finished = standing.finished();

        Label title = new Label(lesson.title());
        title.getStyleClass().add("lesson-card-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label meta = new Label(capitalised(lesson.level().id()) + " · " + lesson.minutes() + " min · " + steps
                + (steps == 1 ? " step" : " steps") + " · " + lesson.checkCount() + (lesson.checkCount() == 1 ? " check" : " checks"));
        meta.getStyleClass().add("lesson-card-meta");
        Label summary = new Label(lesson.summary());
        summary.getStyleClass().add("lesson-card-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, meta, summary);
        if (!prerequisites.isEmpty()) {
            Label pre = new Label("Take first: " + String.join(", ", prerequisites));
            pre.getStyleClass().add("lesson-card-prerequisites");
            pre.setWrapText(true);
            pre.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(pre);
        }

        progressLabel.setText(finished ? "✓ Finished" : done == 0 && !standing.started() ? "Not started"
                : done + " of " + steps + (steps == 1 ? " step" : " steps"));
        if (standing.answered()) {
            checksLabel.setText(checksText(standing));
            checksLabel.getStyleClass().add("lesson-card-checks");
            checksLabel.setId("lesson-checks-" + lesson.id());
            checksLabel.setWrapText(true);
            checksLabel.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(checksLabel);
        }
        progressLabel.getStyleClass().add(finished ? "lesson-card-finished" : "lesson-card-progress");
        progressLabel.setId("lesson-progress-" + lesson.id());
        boolean started = standing.started();
        Button start = new Button(finished ? "Review" : started ? "Continue" : "Start");
        start.getStyleClass().add("lesson-card-open");
        start.setId("lesson-open-" + lesson.id());
        start.setOnAction(e -> open.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(progressLabel, spacer);
        if (started) {
            Button over = new Button("Start over");
            over.getStyleClass().add("lesson-link-button");
            over.setId("lesson-restart-" + lesson.id());
            over.setTooltip(new Tooltip("Forget your progress and answers in this lesson"));
            over.setOnAction(e -> restart.run());
            row.getChildren().add(over);
        }
        row.getChildren().add(start);
        row.getStyleClass().add("lesson-card-row");
        getChildren().add(row);
    }

    /** E.g. "Checks: 3 right on the first try · 5 answered · 1 skipped, of 7". */
    static String checksText(LessonStanding s) {
        return "Checks: " + s.rightFirstTry() + " right on the first try · " + s.answeredChecks() + " answered · "
                + s.skippedChecks() + " skipped, of " + s.checks();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The progress as shown, e.g. "3 of 7 steps" or "✓ Finished". */
    String progressText() {
        return progressLabel.getText();
    }

    /** The checks as shown (empty before any is answered or skipped). */
    String checksText() {
        return checksLabel.getText();
    }
}
