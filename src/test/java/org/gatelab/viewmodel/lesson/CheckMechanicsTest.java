package org.gatelab.viewmodel.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.gatelab.io.LessonProgress;
import org.gatelab.io.ProgressStore;
import org.gatelab.io.ResultsCsv;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.render.Sealed;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mechanics of checks that teach: each learner's own option order, sealed predictions, Skip, when a step is
 * done, and what is recorded per check (first answer, first try right, attempts, skipped, seconds) and exported.
 */
class CheckMechanicsTest {
    @TempDir
    Path dir;
    Path lessons;
    Path progressFile;
    /** The player's clock: the tests move it by hand. */
    final AtomicLong nanos = new AtomicLong();

    static final String LESSON = """
            ---
            id: 01-checks
            title: Checks
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
            ```
            ```check
            kind: choice
            question: Which gate erases the cell?
            options: [the input gate, the forget gate, the output gate, the candidate]
            answer: 2
            feedback:
              - i scales what is added.
              - f multiplies c_{t-1}.
              - o reads the cell out.
              - g is what is added.
            explain: f_t multiplies c_{t-1}.
            ```
            ```check
            kind: predict
            question: The forget gate of unit 3 at t = 7?
            quantity: gate
            gate: f
            t: 7
            unit: 3
            tolerance: 0.05
            explain: Near 0.5 at the start.
            ```
            ```check
            kind: predict
            question: h of unit 1 at the last step?
            quantity: hidden
            t: -1
            unit: 1
            tolerance: 0.05
            explain: Anything.
            ```
            ```check
            kind: predict
            question: The loss?
            quantity: loss
            tolerance: 0.05
            sealed: false
            explain: Not sealed.
            ```
            ## Words only
            Nothing to answer.
            ## The bias
            ```check
            kind: task
            question: Raise the gradient at t = 0 above 1e300.
            quantity: grad_h
            t: 0
            above: 1e300
            change: [gate_bias]
            explain: It cannot be done.
            ```
            """;

    @BeforeEach
    void setUp() throws IOException {
        lessons = Files.createDirectories(dir.resolve("lessons"));
        progressFile = dir.resolve("user/progress.json");
        Files.writeString(lessons.resolve("01-checks.md"), LESSON);
    }

    private LessonPlayerViewModel player(WorkspaceViewModel session, long learnerSeed) {
        LessonParser parser = new LessonParser(new LessonPaths(dir), new LessonStepValidator());
        LessonShelf shelf = new LessonShelf(parser, lessons, dir.resolve("user/lessons"), TaskRunner.direct());
        LessonPlayerViewModel p = new LessonPlayerViewModel(session, null, TaskRunner.direct(), shelf,
                new ProgressStore(progressFile, () -> learnerSeed), nanos::get);
        shelf.reload();
        return p;
    }

    private LessonPlayerViewModel opened(WorkspaceViewModel session, long learnerSeed) {
        LessonPlayerViewModel p = player(session, learnerSeed);
        p.open(p.shelf().byId("01-checks"));
        return p;
    }

    @Test
    void eachLearnerHasTheirOwnStableOrderKeptWithTheirProgress() throws IOException {
        LessonPlayerViewModel one = opened(new WorkspaceViewModel(TaskRunner.direct()), 11);
        int[] order = one.optionOrder(0);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3}, sorted);
        assertTrue(Files.exists(progressFile), "opening a lesson saves the learner's seed");

        // the same learner later: their file's seed, whatever a new learner would get
        LessonPlayerViewModel again = opened(new WorkspaceViewModel(TaskRunner.direct()), 999);
        assertArrayEquals(order, again.optionOrder(0));

        // other learners see other orders; over a few, the right option is not always in one place
        boolean moved = false;
        for (long seed = 100; seed < 110 && !moved; seed++) {
            Files.deleteIfExists(progressFile);
            int[] other = opened(new WorkspaceViewModel(TaskRunner.direct()), seed).optionOrder(0);
            moved = indexOf(other, 1) != indexOf(order, 1);
        }
        assertTrue(moved, "the right option changes place between learners");
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anOptionWrittenAsASentenceIsQuotedWithOneFullStop() {
        Check.Choice c = new Check.Choice("q", List.of("It stays.", "It falls."), 1, List.of("No.", "It does."), "E.", 1);
        assertEquals("Not quite. No. The answer is \"It falls.\" E.", CheckJudge.choice(c, 0).message());
        assertEquals("Right. It does. E.", CheckJudge.choice(c, 1).message());
        // revealed (skipped, or shown to the room) the same way
        assertEquals("The answer is \"It falls.\" E.", CheckJudge.answer(c, null));
    }

    @Test
    void aChoiceIsJudgedByTheAuthoredOptionAndSaysWhatThatOptionMeans() {
        LessonPlayerViewModel p = opened(new WorkspaceViewModel(TaskRunner.direct()), 11);
        CheckJudge.Verdict wrong = p.answerChoice(0, 2);
        assertFalse(wrong.correct());
        assertEquals("Not quite. o reads the cell out. The answer is \"the forget gate\". f_t multiplies c_{t-1}.",
                wrong.message());
        CheckJudge.Verdict right = p.answerChoice(0, 1);
        assertTrue(right.correct());
        assertEquals("Right. f multiplies c_{t-1}. f_t multiplies c_{t-1}.", right.message());
        LessonProgress.CheckRecord r = p.progress("01-checks").check(0, 0);
        assertEquals("the output gate", r.firstAnswer());
        assertFalse(r.firstCorrect());
        assertTrue(r.correct());
        assertEquals(2, r.attempts());
    }

    @Test
    void aSealedPredictionIsMaskedUntilAnsweredOrSkipped() {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        LessonPlayerViewModel p = opened(session, 11);
        Sealed sealed = session.sealed();
        assertTrue(sealed.gate(0, 7, 3, Gate.F), sealed.toString());
        assertFalse(sealed.gate(0, 7, 2, Gate.F), "another unit");
        assertFalse(sealed.gate(0, 6, 3, Gate.F), "another step");
        assertFalse(sealed.gate(0, 7, 3, Gate.I), "another gate");
        assertTrue(sealed.hidden(0, 24, 1), "t = -1 is the live run's last step");
        assertFalse(sealed.loss(), "sealed: false");

        session.setLength(30);
        assertTrue(session.sealed().hidden(0, 29, 1), "the last step follows the live run");
        assertFalse(session.sealed().hidden(0, 24, 1));

        double live = session.trace().top().gate(7, 0, Gate.F, 3);
        CheckJudge.Verdict v = p.answerPredict(1, live + 0.4);
        assertFalse(v.correct());
        assertTrue(v.message().contains(CheckJudge.number(live)), "the answer reveals the value: " + v.message());
        assertFalse(session.sealed().gate(0, 7, 3, Gate.F), "answered, even wrongly: unsealed");
        assertTrue(session.sealed().hidden(0, 29, 1));

        CheckJudge.Verdict skipped = p.skip(2);
        assertEquals(CheckJudge.Outcome.SKIPPED, skipped.outcome());
        assertTrue(skipped.message().startsWith("Skipped. The engine records "), skipped.message());
        assertFalse(session.sealed().any(), "nothing left sealed");

        p.resetStep();
        assertFalse(session.sealed().any(), "answered and skipped stay unsealed when the step is shown again");
        p.close();
        assertEquals(Sealed.NONE, session.sealed());
    }

    @Test
    void aStepIsDoneWhenEachCheckIsAnsweredOrSkippedNotWhenTheLearnerMovesOn() {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        LessonPlayerViewModel p = opened(session, 11);
        Lesson l = p.lesson();
        p.next();
        assertFalse(p.stepFinished(l, 0), "moved on without answering");
        p.next();
        assertTrue(p.stepFinished(l, 1), "a step without checks is done when the learner moves on");
        assertEquals(2, p.stepIndex());

        // a task tried and not met holds its step open; Skip closes it and no later check counts
        assertFalse(p.checkTask(0).correct());
        assertFalse(p.stepFinished(l, 2));
        p.skip(0);
        assertTrue(p.stepFinished(l, 2));
        assertTrue(p.checkSkipped(0));

        p.goTo(0);
        p.answerChoice(0, 1);
        p.answerPredict(1, 5.0);
        p.skip(2);
        assertFalse(p.stepFinished(l, 0), "one check left");
        p.answerPredict(3, -1.0);
        assertTrue(p.stepFinished(l, 0));
        assertTrue(p.finished(l));

        LessonStanding s = p.standing(l);
        assertEquals(5, s.checks());
        assertEquals(3, s.answeredChecks());
        assertEquals(2, s.skippedChecks());
        assertEquals(1, s.rightFirstTry(), "the choice; a gate is never 5, a loss never -1");
    }

    @Test
    void eachCheckRecordsItsFirstAnswerAttemptsAndSecondsAndTheResultsExportAsCsv() throws IOException {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        nanos.set(5_000_000_000L);
        LessonPlayerViewModel p = opened(session, 11);
        nanos.addAndGet(12_300_000_000L);
        double live = session.trace().top().gate(7, 0, Gate.F, 3);
        p.answerPredict(1, live + 0.2);
        nanos.addAndGet(4_000_000_000L);
        p.answerPredict(1, live);
        nanos.addAndGet(1_000_000_000L);
        p.skip(0);
        // a skipped check takes no answer
        p.answerChoice(0, 1);

        LessonProgress.CheckRecord predict = p.progress("01-checks").check(0, 1);
        assertEquals(CheckJudge.number(live + 0.2), predict.firstAnswer());
        assertFalse(predict.firstCorrect());
        assertTrue(predict.correct());
        assertEquals(2, predict.attempts());
        assertEquals(12.3, predict.seconds(), 1e-9, "from opening the step to the first answer");
        LessonProgress.CheckRecord choice = p.progress("01-checks").check(0, 0);
        assertTrue(choice.skipped());
        assertEquals(0, choice.attempts());
        assertEquals(17.3, choice.seconds(), 1e-9);

        List<ResultsCsv.Row> rows = p.results();
        assertEquals(5, rows.size(), "every check of the started lesson");
        assertEquals(new ResultsCsv.Row("01-checks", 1, 2, "The forget gate of unit 3 at t = 7?",
                CheckJudge.number(live + 0.2), false, 2, false, 12.3), rows.get(1));
        assertNull(rows.get(2).correct(), "not answered");
        Path out = dir.resolve("results.csv");
        p.exportResults(out);
        assertEquals("Saved 5 checks to " + out, p.exportStatusProperty().get());
        List<String> lines = Files.readAllLines(out);
        assertEquals(String.join(",", ResultsCsv.HEADER), lines.get(0));
        assertEquals("01-checks,1.1,Which gate erases the cell?,,,0,true,17.3", lines.get(1));

        p.exportResults(dir.resolve("no/such/folder/results.csv"));
        assertTrue(p.exportStatusProperty().get().startsWith("Could not save your results: cannot write"),
                p.exportStatusProperty().get());
    }

    /** A progress file of the previous version opens where the learner was, their right answers kept. */
    @Test
    void aVersionOneProgressFileStillOpens() throws IOException {
        Files.createDirectories(progressFile.getParent());
        Files.writeString(progressFile, """
                {"gatelab":"progress","version":1,"lessons":{"01-checks":{"current":0,"finished":[0],
                 "answers":{"0.1":{"answer":"0.5","correct":true}}}}}
                """);
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        LessonPlayerViewModel p = opened(session, 11);
        assertEquals("", p.messageProperty().get());
        assertTrue(p.checkClosed(1));
        assertEquals(CheckJudge.Outcome.RIGHT, p.verdicts().get(1).outcome());
        assertFalse(session.sealed().gate(0, 7, 3, Gate.F), "answered before: not sealed");
        assertFalse(p.stepFinished(p.lesson(), 0), "its other checks are still open");
    }
}
