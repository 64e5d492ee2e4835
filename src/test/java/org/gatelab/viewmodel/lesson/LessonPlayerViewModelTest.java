package org.gatelab.viewmodel.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatelab.io.LessonProgress;
import org.gatelab.io.ProgressStore;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonPlayerViewModelTest {
    @TempDir
    Path dir;
    Path lessons;
    Path progressFile;

    private static final String LESSON = """
            ---
            id: 01-demo
            title: A demo
            summary: For the tests.
            level: beginner
            minutes: 5
            ---
            ## Gates
            ```scene
            cell: lstm
            hidden: 6
            seed: 4
            input: adding
            length: 25
            step: 7
            unit: 3
            highlight: f
            views: [diagram, equations]
            ```
            ```check
            kind: predict
            question: The forget gate of unit 3 at t = 7?
            quantity: gate
            gate: f
            t: 7
            unit: 3
            tolerance: 0.05
            explain: Read it in the diagram.
            ```
            ```check
            kind: choice
            question: Which gate erases the cell?
            options: [input, forget, output]
            answer: 2
            explain: f multiplies c_{t-1}.
            ```
            ## The bias
            ```scene
            gate_bias: -3
            ```
            ```check
            kind: task
            question: Make the gradient at t = 0 larger than at the start, changing only the forget-gate bias.
            quantity: grad_h
            t: 0
            above: %s
            change: [gate_bias]
            explain: A forget gate near 1 carries the gradient back.
            ```
            """;

    @BeforeEach
    void setUp() throws IOException {
        lessons = Files.createDirectories(dir.resolve("lessons"));
        progressFile = dir.resolve("user/progress.json");
    }

    private LessonPlayerViewModel player(WorkspaceViewModel session) {
        LessonParser parser = new LessonParser(new LessonPaths(dir), new LessonStepValidator());
        LessonShelf shelf = new LessonShelf(parser, lessons, dir.resolve("user/lessons"), TaskRunner.direct());
        LessonPlayerViewModel p = new LessonPlayerViewModel(session, null, TaskRunner.direct(), shelf,
                new ProgressStore(progressFile));
        shelf.reload();
        return p;
    }

    /** The grad_h at t = 0 of the second step's own scene, so the task's bound is above it, not a tuned number. */
    private double gradientAtStart(String threshold) throws IOException {
        Files.writeString(lessons.resolve("01-demo.md"), LESSON.formatted(threshold));
        LessonParser parser = new LessonParser(new LessonPaths(dir), new LessonStepValidator());
        Lesson l = parser.read(lessons.resolve("01-demo.md"), "01-demo.md").lesson();
        return SceneComputation.compute(l.effectiveScene(1), false).trace().top().gradHiddenNorm(0);
    }

    @Test
    void openingALessonSetsTheWorkspaceUpAsItsSceneSays() throws IOException {
        double start = gradientAtStart("1e-3");
        Files.writeString(lessons.resolve("01-demo.md"), LESSON.formatted(start * 10));
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        LessonPlayerViewModel player = player(session);
        Lesson lesson = player.shelf().byId("01-demo");
        assertNotNull(lesson, player.shelf().lessons().toString());
        player.open(lesson);

        assertEquals(SceneSettings.workspace(lesson.effectiveScene(0)), session.settings());
        assertEquals(CellKind.LSTM, session.trace().cell());
        assertEquals(7, session.timeline().step());
        assertEquals(3, session.selection().unit());
        assertEquals(Gate.F, session.selection().highlightedGateProperty().get());
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS), player.viewsProperty().get());

        double live = session.trace().top().gate(7, 0, Gate.F, 3);
        assertTrue(player.answerPredict(0, live + 0.01).correct());
        CheckJudge.Verdict wrong = player.answerPredict(0, live + 0.5);
        assertFalse(wrong.correct());
        assertTrue(wrong.message().contains(CheckJudge.number(live)), wrong.message());
        assertFalse(player.answerChoice(1, 0).correct());
        assertTrue(player.answerChoice(1, 1).correct());
    }

    @Test
    void aTaskIsJudgedOnTheLiveStateAndOnlyTheAllowedChange() throws IOException {
        double start = gradientAtStart("1e-3");
        Files.writeString(lessons.resolve("01-demo.md"), LESSON.formatted(start * 10));
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        LessonPlayerViewModel player = player(session);
        player.open(player.shelf().byId("01-demo"));
        player.next();
        assertEquals(1, player.stepIndex());
        assertFalse(player.checkTask(0).correct(), "the step's own scene does not meet the goal");

        session.setHiddenSize(12);
        CheckJudge.Verdict other = player.checkTask(0);
        assertFalse(other.correct());
        assertTrue(other.message().contains("hidden"), other.message());

        player.resetStep();
        assertEquals(6, session.settings().hiddenSize(), "reset restores the scene");
        session.setGateBias(5);
        CheckJudge.Verdict done = player.checkTask(0);
        assertTrue(done.correct(), done.message());
        assertTrue(done.value() > start * 10);
    }

    @Test
    void progressIsSavedAndReadBackAndABrokenFileIsSetAside() throws IOException {
        Files.writeString(lessons.resolve("01-demo.md"), LESSON.formatted("1e-3"));
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        LessonPlayerViewModel player = player(session);
        Lesson lesson = player.shelf().byId("01-demo");
        player.open(lesson);
        player.answerChoice(1, 1);
        player.next();
        assertTrue(Files.exists(progressFile));

        LessonPlayerViewModel again = player(new WorkspaceViewModel(TaskRunner.direct()));
        LessonProgress p = again.progress("01-demo");
        assertEquals(1, p.current());
        assertTrue(p.finished().contains(0));
        assertTrue(p.check(0, 1).correct());
        again.open(again.shelf().byId("01-demo"));
        assertEquals(1, again.stepIndex(), "the lesson opens where the learner left it");

        Files.writeString(progressFile, "{ \"gatelab\": \"progress\", \"lessons\": [");
        LessonPlayerViewModel broken = player(new WorkspaceViewModel(TaskRunner.direct()));
        assertTrue(broken.messageProperty().get().contains("could not be read"), broken.messageProperty().get());
        assertEquals(0, broken.progress("01-demo").current());
        try (var files = Files.list(progressFile.getParent())) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("progress.json.broken-")));
        }
    }

    @Test
    void aLessonChangedOnDiskIsReadAgain() throws IOException, InterruptedException {
        Files.writeString(lessons.resolve("01-demo.md"), LESSON.formatted("1e-3"));
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        LessonPlayerViewModel player = player(session);
        assertEquals(1, player.shelf().lessons().size());
        Files.writeString(lessons.resolve("02-more.md"), "broken");
        player.shelf().reloadIfChanged();
        assertEquals(2, player.shelf().lessons().size());
        assertFalse(player.shelf().lessons().get(1).ok());
    }

    @Test
    void theAnswerToAPredictionIsTheEnginesValueNotAStoredOne() throws IOException {
        Files.writeString(lessons.resolve("01-demo.md"), LESSON.formatted("1e-3"));
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        LessonPlayerViewModel player = player(session);
        player.open(player.shelf().byId("01-demo"));
        Check.Predict c = (Check.Predict) player.step().checks().get(0);
        session.setSeed(99);
        double changed = session.trace().top().gate(7, 0, Gate.F, 3);
        CheckJudge.Verdict v = player.answerPredict(0, changed);
        assertTrue(v.correct(), "judged on what the workspace shows now: " + v.message());
        assertEquals(changed, v.value(), 0.0);
        assertEquals(c.probe().quantity(), org.gatelab.lesson.ProbeQuantity.GATE);
    }
}
