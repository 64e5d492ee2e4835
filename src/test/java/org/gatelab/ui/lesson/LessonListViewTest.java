package org.gatelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gatelab.lesson.LessonProblem;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lessons tab: cards for sound lessons, error cards with {@code file:line: message}, the teacher's folder. */
@ExtendWith(ApplicationExtension.class)
class LessonListViewTest {
    @TempDir
    Path dir;
    private AppView shell;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        LessonFixtures.write(LessonFixtures.lessons(dir), "01-demo.md", LessonFixtures.DEMO);
        LessonFixtures.write(LessonFixtures.lessons(dir), "02-broken.md", LessonFixtures.BROKEN);
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        shell = LessonFixtures.shell(dir, session, opened);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    private LessonListView list() {
        return shell.lessonList();
    }

    @Test
    void theLessonsTabComesFirstAndIsShownAtStart() {
        assertEquals("tab-lessons", shell.tabs().getTabs().get(0).getId());
        assertEquals("tab-lessons", shell.tabs().getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void aSoundLessonHasACardWithItsFactsAndABrokenOneAnErrorCardWithItsProblems(FxRobot robot) {
        LessonCard card = list().card("01-demo");
        assertNotNull(card);
        List<String> texts = robot.from(card).lookup(".label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList();
        assertTrue(texts.contains("A demo lesson"), texts.toString());
        assertTrue(texts.contains("Beginner · 5 min · 3 steps · 2 checks"), texts.toString());
        assertTrue(texts.contains("For the tests."), texts.toString());
        assertEquals("Not started", card.progressText());
        assertNull(list().card("02-broken"));

        ParsedLesson broken = shell.player().shelf().lessons().stream().filter(p -> !p.ok()).findFirst().orElseThrow();
        List<String> expected = broken.problems().stream().map(LessonProblem::toString).toList();
        assertEquals(1, list().brokenCards().size());
        assertEquals(expected, list().brokenCards().get(0).problemLines());
        assertTrue(expected.get(0).startsWith("lessons/02-broken.md:"), expected.get(0));
        assertTrue(expected.get(0).contains("hiden"), expected.get(0));
        assertNotNull(robot.lookup(expected.get(0)).tryQuery().orElse(null), "the problem line is on screen");
    }

    @Test
    void prerequisitesAreNamedByTitle(FxRobot robot) throws Exception {
        LessonFixtures.write(LessonFixtures.lessons(dir), "03-second.md", LessonFixtures.SECOND);
        robot.clickOn("#lesson-reload");
        WaitForAsyncUtils.waitForFxEvents();
        LessonCard second = list().card("03-second");
        assertNotNull(second, "Reload reads the new file");
        assertNotNull(robot.from(second).lookup("Take first: A demo lesson").tryQuery().orElse(null));
    }

    @Test
    void aNewFileInTheUsersFolderAppearsWhenTheShelfLooksForChanges(FxRobot robot) {
        LessonFixtures.write(LessonFixtures.userLessons(dir), "03-second.md", LessonFixtures.SECOND);
        robot.interact(() -> shell.player().shelf().reloadIfChanged());
        assertNotNull(list().card("03-second"));
    }

    @Test
    void openFolderCreatesTheUsersFolderAndHandsItToTheFileManager(FxRobot robot) {
        robot.clickOn("#lesson-open-folder");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(LessonFixtures.userLessons(dir)), opened);
        assertTrue(Files.isDirectory(LessonFixtures.userLessons(dir)));
        assertTrue(list().folderNote().contains(LessonFixtures.userLessons(dir).toString()), list().folderNote());
        assertEquals(LessonFixtures.userLessons(dir).toString(),
                robot.lookup("#lesson-folder-path").queryTextInputControl().getText());
    }

    @Test
    void progressShowsOnTheCardAndAFinishedLessonIsTicked(FxRobot robot) {
        robot.clickOn("#lesson-open-01-demo");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0 of 3 steps", list().card("01-demo").progressText(), "moving on leaves open checks open");
        assertEquals("", list().card("01-demo").checksText(), "no check met yet");

        // step 1: one check answered right, the other skipped; done
        robot.clickOn("#lesson-open-01-demo");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shell.player().goTo(0));
        robot.interact(() -> {
            shell.player().answerChoice(0, 1);
            shell.player().skip(1);
        });
        robot.clickOn("#lesson-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 3 steps", list().card("01-demo").progressText());
        assertEquals("Checks: 1 right on the first try · 1 answered · 1 skipped, of 2",
                list().card("01-demo").checksText());
        assertEquals("Continue", robot.lookup("#lesson-open-01-demo").queryButton().getText());

        robot.clickOn("#lesson-open-01-demo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, shell.player().stepIndex(), "the lesson opens at the step the learner was on");
        robot.clickOn("#lesson-next");
        robot.clickOn("#lesson-next");
        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(shell.player().lesson(), "Finish closes the lesson");
        assertEquals("tab-lessons", shell.tabs().getSelectionModel().getSelectedItem().getId());
        assertEquals("✓ Finished", list().card("01-demo").progressText());

        robot.clickOn("#lesson-restart-01-demo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Not started", list().card("01-demo").progressText());
    }
}
