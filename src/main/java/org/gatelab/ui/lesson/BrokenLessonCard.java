package org.gatelab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gatelab.lesson.LessonProblem;
import org.gatelab.lesson.ParsedLesson;

/**
 * A lesson file that can't be played, with every problem as {@code file:line: message}, the same lines
 * {@code gatelab lessons check} prints, so its author can find and fix them.
 */
final class BrokenLessonCard extends VBox {
    static final String STYLE_CLASS = "lesson-card-broken";
    static final int MAX_SHOWN = 12;

    private final List<String> lines = new ArrayList<>();

    BrokenLessonCard(ParsedLesson parsed) {
        getStyleClass().addAll(LessonCard.STYLE_CLASS, STYLE_CLASS);
        setId("lesson-broken-" + parsed.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        Label title = new Label("⚠ " + parsed.title());
        title.getStyleClass().add("lesson-card-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        int n = parsed.problems().size();
        Label what = new Label(parsed.name() + " can't be opened: " + n + (n == 1 ? " problem" : " problems")
                + ". Fix the file and it is read again by itself.");
        what.getStyleClass().add("lesson-card-meta");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, what);
        for (LessonProblem p : parsed.problems()) {
            lines.add(p.toString());
            if (lines.size() <= MAX_SHOWN) {
                Label line = new Label(p.toString());
                line.getStyleClass().add("lesson-problem-line");
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                getChildren().add(line);
            }
        }
        if (n > MAX_SHOWN) {
            Label more = new Label("… and " + (n - MAX_SHOWN) + " more (run: gatelab lessons check)");
            more.getStyleClass().add("lesson-card-meta");
            getChildren().add(more);
        }
    }

    /** Every problem line, for tests. */
    List<String> problemLines() {
        return List.copyOf(lines);
    }
}
