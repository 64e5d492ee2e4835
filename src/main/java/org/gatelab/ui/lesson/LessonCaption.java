package org.gatelab.ui.lesson;

import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.Step;
import org.gatelab.viewmodel.lesson.CheckJudge;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;

/**
 * Presenter mode's lesson band above the views, so the room knows why the scene changed: the step's title, its
 * questions (a choice's options in the order this learner sees them), and for a check that is answered, skipped
 * or revealed (the A key) its answer and explanation. Shown while presenting with a lesson open
 * ({@link #setPresenting}).
 */
public final class LessonCaption extends VBox {
    private static final String LETTERS = "ABCDEFGHIJ";
    private final LessonPlayerViewModel player;
    private final LessonPaths paths;
    private boolean presenting;

    public LessonCaption(LessonPlayerViewModel player, LessonPaths paths) {
        this.player = player;
        this.paths = paths;
        setId("lesson-caption");
        getStyleClass().add("lesson-caption");
        player.lessonProperty().addListener((obs, o, n) -> refresh());
        player.stepIndexProperty().addListener((obs, o, n) -> refresh());
        player.verdicts().addListener((MapChangeListener<Integer, CheckJudge.Verdict>) c -> refresh());
        refresh();
    }

    /** Shows the band while presenting (and a lesson is open). */
    public void setPresenting(boolean on) {
        presenting = on;
        refresh();
    }

    private void refresh() {
        Lesson l = player.lesson();
        boolean on = presenting && l != null && player.step() != null;
        setVisible(on);
        setManaged(on);
        if (!on) {
            getChildren().clear();
            return;
        }
        Step step = player.step();
        MarkdownRenderer md = new MarkdownRenderer(paths, l.file().toAbsolutePath().getParent());
        Label title = new Label(step.title());
        title.getStyleClass().add("lesson-caption-title");
        title.setWrapText(true);
        Label where = new Label(l.title() + " · step " + (player.stepIndex() + 1) + " of " + l.steps().size());
        where.getStyleClass().add("lesson-caption-where");
        getChildren().setAll(where, title);
        for (int i = 0; i < step.checks().size(); i++) {
            Check c = step.checks().get(i);
            VBox question = md.render(c.question());
            question.getStyleClass().add("lesson-caption-question");
            getChildren().add(question);
            if (c instanceof Check.Choice choice) {
                StringBuilder options = new StringBuilder();
                int[] order = player.optionOrder(i);
                for (int k = 0; k < order.length; k++) {
                    options.append(k == 0 ? "" : "     ").append(LETTERS.charAt(k)).append("  ")
                            .append(choice.options().get(order[k]));
                }
                VBox row = md.render(options.toString());
                row.getStyleClass().add("lesson-caption-options");
                getChildren().add(row);
            }
            if (player.checkClosed(i)) {
                VBox answer = md.render(CheckJudge.answer(c, player.session().result()));
                answer.getStyleClass().add("lesson-caption-answer");
                getChildren().add(answer);
            }
        }
    }
}
