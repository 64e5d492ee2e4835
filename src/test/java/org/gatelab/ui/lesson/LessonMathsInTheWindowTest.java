package org.gatelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.ui.canvas.FormulaNode;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.CourseWindow;
import org.gatelab.ui.testing.Nodes;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.ui.window.AppView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The course's maths as a learner sees it in the window at 1366 x 768 (issue 14 item 8): in every step of the
 * bundled lessons that displays an equation, each formula fits inside the lesson pane (the pane has no horizontal scroll bar, so a wider one
 * would be cut) and is set at the size of the text around it. With {@code -Dgatelab.preview=true}, pictures of
 * those steps go to target/preview/lesson-maths-*.png, light and dark.
 */
@ExtendWith(ApplicationExtension.class)
class LessonMathsInTheWindowTest {
    private static final Path DIR = Path.of("target/preview");
    /** Pictures are written when asked for ({@code mvn test -Dgatelab.preview=true}): they are for people. */
    private static final boolean PICTURES = Boolean.getBoolean("gatelab.preview");
    @TempDir
    Path user;
    private Stage stage;
    private AppView shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = CourseWindow.of(user);
        // the test JVM shares one stage: an earlier test's window size would change the lesson pane's width
        stage.setFullScreen(false);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void everyFormulaOfTheCourseFitsThePaneAtTheSizeOfItsText(FxRobot robot) {
        assertTrue(Math.abs(stage.getScene().getWidth() - 1366) < 1 && Math.abs(stage.getScene().getHeight() - 768) < 1,
                "the window is 1366 x 768: " + stage.getScene().getWidth() + " x " + stage.getScene().getHeight());
        List<String> problems = new ArrayList<>();
        int formulas = 0;
        for (ParsedLesson p : shell.player().shelf().lessons()) {
            Lesson l = p.lesson();
            for (int i = 0; i < l.steps().size(); i++) {
                if (!hasMaths(l, i)) {
                    continue;
                }
                int step = i;
                robot.interact(() -> {
                    shell.player().open(l);
                    shell.player().goTo(step);
                });
                WaitForAsyncUtils.waitForFxEvents();
                ScrollPane scroll = (ScrollPane) shell.lessonDock().pane().lookup(".lesson-scroll");
                Bounds pane = scroll.localToScene(scroll.getLayoutBounds());
                double left = pane.getMinX() + scroll.snappedLeftInset();
                double right = left + scroll.getViewportBounds().getWidth();
                double textSize = textSize(scroll);
                boolean display = false;
                for (FormulaNode f : Nodes.byType(scroll.getContent(), FormulaNode.class)) {
                    formulas++;
                    Bounds b = f.localToScene(f.getLayoutBounds());
                    String where = l.id() + " step " + (step + 1) + " $" + f.latex() + "$";
                    if (b.getMaxX() > right + 0.5 || b.getMinX() < left - 0.5) {
                        problems.add(where + " is cut: " + Math.round(b.getMinX()) + " to " + Math.round(b.getMaxX())
                                + " in a pane showing " + Math.round(left) + " to " + Math.round(right));
                    }
                    if (Math.abs(f.shownSize() - textSize) > 0.01 && !inHeading(f)) {
                        problems.add(where + " is set at " + f.shownSize() + " px in text of " + textSize);
                    }
                    display |= f.getParent().getStyleClass().contains(MarkdownRenderer.DISPLAY_MATH);
                }
                if (display && PICTURES) {
                    for (Theme theme : Theme.values()) {
                        robot.interact(() -> shell.themeProperty().set(theme));
                        WaitForAsyncUtils.waitForFxEvents();
                        String name = String.format(Locale.ROOT, "lesson-maths-%s-step%02d-%s.png", l.id(), step + 1,
                                theme.name().toLowerCase(Locale.ROOT));
                        robot.interact(() -> Snapshots.savePng(Snapshots.of(stage.getScene().getRoot()),
                                DIR.resolve(name)));
                    }
                    robot.interact(() -> shell.themeProperty().set(Theme.LIGHT));
                }
            }
        }
        assertTrue(formulas > 40, formulas + " formulas in the course");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Whether step {@code i} displays maths ({@code $$}, in its text or, on the first step, the introduction): the
     * formulas that can be wider than a line. Maths in a line wraps with its text; walking every step of the course
     * would take the test's time in training runs and trained models.
     */
    private static boolean hasMaths(Lesson l, int i) {
        org.gatelab.lesson.Step s = l.steps().get(i);
        if (Boolean.TRUE.equals(s.scene().train()) || Boolean.TRUE.equals(s.scene().compareStart())) {
            return false;
        }
        return (s.markdown() + (i == 0 ? l.introduction() : "")).contains("$$");
    }

    /** The size of the lesson's running text: its first paragraph's. */
    private static double textSize(ScrollPane scroll) {
        for (Text t : Nodes.byType(scroll.getContent(), Text.class)) {
            if (t.getStyleClass().contains(MarkdownRenderer.TEXT) && !t.getStyleClass().contains(MarkdownRenderer.CODE)) {
                return t.getFont().getSize();
            }
        }
        return Double.NaN;
    }

    private static boolean inHeading(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(MarkdownRenderer.HEADING)) {
                return true;
            }
        }
        return false;
    }
}
