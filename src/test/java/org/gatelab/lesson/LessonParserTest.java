package org.gatelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonParserTest {
    @TempDir
    Path dir;

    private static final String FRONT = """
            ---
            id: 01-demo
            title: A demo
            summary: For the tests.
            level: beginner
            minutes: 5
            ---
            """;

    private ParsedLesson parse(String body) throws IOException {
        Path file = dir.resolve("lessons/01-demo.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, FRONT + body);
        Files.createDirectories(dir.resolve("assets"));
        return new LessonParser(new LessonPaths(dir.resolve("assets")), StepValidator.NONE).read(file, "01-demo.md");
    }

    private static List<String> messages(ParsedLesson p) {
        return p.problems().stream().map(LessonProblem::toString).toList();
    }

    @Test
    void readsStepsScenesAndChecks() throws IOException {
        ParsedLesson p = parse("""
                Welcome.

                ## One
                Text with **bold**.

                ```scene
                cell: gru
                hidden: 4
                step: 3
                highlight: z
                views: [diagram, gradient-flow]
                task: adding
                task.length: 20
                ```

                ```check
                kind: choice
                question: Which?
                options:
                  - a
                  - b
                answer: 2
                explain: Because b.
                ```

                ```text
                shown as code
                ```

                ## Two
                ```scene
                step: 5
                ```
                ```check
                kind: task
                question: Make it large.
                quantity: grad_h
                t: 0
                above: 1e-3
                change: [gate_bias]
                explain: The bias keeps z near 1.
                ```
                """);
        assertTrue(p.ok(), messages(p).toString());
        Lesson l = p.lesson();
        assertEquals("01-demo", l.id());
        assertEquals(Level.BEGINNER, l.level());
        assertEquals("Welcome.", l.introduction());
        assertEquals(2, l.steps().size());
        Step one = l.steps().get(0);
        assertEquals("One", one.title());
        assertEquals(CellKind.GRU, one.scene().cell());
        assertEquals(Gate.Z, one.scene().highlight());
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.GRADIENT_FLOW), one.scene().views());
        assertEquals("20", one.scene().lab().get("task.length"));
        assertTrue(one.markdown().contains("shown as code"), "other fences stay in the text");
        assertFalse(one.markdown().contains("kind: choice"), "check blocks are taken out of the text");
        Check.Choice choice = assertInstanceOf(Check.Choice.class, one.checks().get(0));
        assertEquals(1, choice.answer());
        Check.Task task = assertInstanceOf(Check.Task.class, l.steps().get(1).checks().get(0));
        assertTrue(task.met(2e-3));
        assertFalse(task.met(1e-4));
        // scenes accumulate: step two keeps step one's cell and changes the step
        Scene effective = l.effectiveScene(1);
        assertEquals(CellKind.GRU, effective.cell());
        assertEquals(5, effective.step());
        assertEquals(4, effective.hidden());
        assertEquals(2, l.checkCount());
    }

    @Test
    void namesEveryProblemWithItsLine() throws IOException {
        ParsedLesson p = parse("""
                ## Step
                ```scene
                cell: lstn
                hiden: 3
                views: [diagram, equatoins]
                gate_bias: 40
                ```
                ```check
                kind: predict
                question: ?
                quantity: gate
                gate: q
                t: 1
                explain: x
                ```
                """);
        assertFalse(p.ok());
        List<String> m = messages(p);
        assertTrue(m.contains("01-demo.md:10: \"cell\": unknown cell \"lstn\" (expected rnn, lstm or gru)"), m.toString());
        assertTrue(m.contains("01-demo.md:11: unknown scene key \"hiden\" (did you mean hidden?)"), m.toString());
        assertTrue(m.contains("01-demo.md:12: unknown view \"equatoins\" (did you mean equations?)"), m.toString());
        assertTrue(m.contains("01-demo.md:13: \"gate_bias\" must be between -10 and 10, got 40"), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("01-demo.md:19: unknown gate \"q\"")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.contains("needs \"tolerance\"")), m.toString());
        assertNull(p.lesson());
    }

    @Test
    void twoViewsOfOnePanelAreRefusedSinceOnlyOneTabCanShow() throws IOException {
        ParsedLesson p = parse("""
                ## Step
                ```scene
                views: [gradient-flow, diagram, connectivity]
                ```
                ## Another
                ```scene
                views: [activations, gradient-flow]
                ```
                """);
        List<String> m = messages(p);
        assertEquals(List.of("01-demo.md:10: views \"gradient-flow\" and \"connectivity\" are two tabs of the "
                + "\"Gradient flow\" panel, so a step can show only one of them; name one, and tell the learner to "
                + "click the other tab if they need both"), m, "views of four different panels are fine");
    }

    /** Issue 14: a step can open the network unrolled in time and W_hh; each still shares a panel with others. */
    @Test
    void aStepCanShowTheUnrolledNetworkAndWhhButNotBesideTheirPanelsOtherTabs() throws IOException {
        ParsedLesson ok = parse("""
                ## Step
                ```scene
                views: [unrolled, equations, whh]
                ```
                """);
        assertEquals(List.of(), messages(ok));
        assertEquals(List.of(org.gatelab.vocabulary.ViewKind.UNROLLED, org.gatelab.vocabulary.ViewKind.EQUATIONS,
                org.gatelab.vocabulary.ViewKind.WHH), ok.lesson().steps().get(0).scene().views());
        List<String> m = messages(parse("""
                ## Step
                ```scene
                views: [diagram, unrolled]
                ```
                ## Another
                ```scene
                views: [whh, connectivity]
                ```
                """));
        assertEquals(2, m.size(), m.toString());
        assertTrue(m.get(0).contains("\"diagram\" and \"unrolled\" are two tabs of the \"Cell\" panel"), m.toString());
        assertTrue(m.get(1).contains("\"Gradient flow\" panel"), m.toString());
    }

    @Test
    void aFileWithoutFrontMatterOrStepsIsExplained() throws IOException {
        Path file = dir.resolve("bare.md");
        Files.writeString(file, "just text\n");
        ParsedLesson p = new LessonParser(new LessonPaths(dir), StepValidator.NONE).read(file, "bare.md");
        List<String> m = messages(p);
        assertTrue(m.get(0).startsWith("bare.md:1: a lesson starts with a front matter"), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.contains("at least one step")), m.toString());
    }

    @Test
    void refusesPathsThatLeaveTheirFolders() throws IOException {
        Files.writeString(dir.resolve("secret.png"), "x");
        ParsedLesson p = parse("""
                ## Step
                ![a](../secret.png)
                ![b](/etc/passwd)
                ![c](https://example.com/x.png)
                ![d](assets/missing.png)
                ```scene
                model: ../secret.safetensors
                ```
                """);
        List<String> m = messages(p);
        assertTrue(m.stream().anyMatch(s -> s.contains(":9: image:") && s.contains("leaves its folder")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.contains(":10: image:") && s.contains("absolute")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.contains(":11: image:") && s.contains("URL")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.contains(":12: image:") && s.contains("no such file")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.contains(":14: \"model\":") && s.contains("leaves")), m.toString());
    }

    @Test
    void refusesASymbolicLinkPointingOutside() throws IOException {
        Path outside = dir.resolve("outside.png");
        Files.writeString(outside, "x");
        Files.createDirectories(dir.resolve("lessons"));
        try {
            Files.createSymbolicLink(dir.resolve("lessons/link.png"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        ParsedLesson p = parse("""
                ## Step
                ![a](link.png)
                """);
        assertTrue(messages(p).stream().anyMatch(s -> s.contains("points outside")), messages(p).toString());
    }

    @Test
    void aHostileFileIsRefusedQuickly() throws IOException {
        Path big = dir.resolve("big.md");
        Files.write(big, new byte[LessonParser.MAX_BYTES + 1]);
        ParsedLesson p = new LessonParser(new LessonPaths(dir), StepValidator.NONE).read(big, "big.md");
        assertTrue(messages(p).get(0).contains("too large"), messages(p).toString());
        Path binary = dir.resolve("bin.md");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41});
        ParsedLesson b = new LessonParser(new LessonPaths(dir), StepValidator.NONE).read(binary, "bin.md");
        assertTrue(messages(b).get(0).contains("not UTF-8"), messages(b).toString());
    }

    @Test
    void theLibraryKeepsBrokenLessonsBesideSoundOnesAndChecksIdsAndPrerequisites() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("course"));
        Files.writeString(folder.resolve("01-a.md"), FRONT.replace("01-demo", "a") + "## S\nText\n");
        Files.writeString(folder.resolve("02-b.md"), FRONT.replace("01-demo", "a") + "## S\nText\n");
        Files.writeString(folder.resolve("03-c.md"), FRONT.replace("01-demo", "c").replace("minutes: 5",
                "minutes: 5\nprerequisites: [zz]") + "## S\nText\n");
        Files.writeString(folder.resolve("04-d.md"), "broken\n");
        Files.writeString(folder.resolve("README.md"), "not a lesson\n");
        LessonLibrary lib = LessonLibrary.load(new LessonParser(new LessonPaths(dir), StepValidator.NONE),
                List.of(folder));
        assertEquals(4, lib.lessons().size());
        assertTrue(lib.lessons().get(0).ok());
        assertTrue(messages(lib.lessons().get(1)).toString().contains("id \"a\" is already used by course/01-a.md"));
        assertTrue(messages(lib.lessons().get(2)).toString().contains("prerequisite \"zz\" is not a lesson here"));
        assertFalse(lib.lessons().get(3).ok());
        assertEquals("a", lib.byId("a").id());
    }

    @Test
    void aChoiceCarriesOneFeedbackPerOptionAndAPredictionIsSealedUnlessTurnedOff() throws IOException {
        ParsedLesson p = parse("""
                ## Step
                ```check
                kind: choice
                question: Which gate erases the cell state?
                options:
                  - the input gate
                  - the forget gate
                  - the output gate
                answer: 2
                feedback:
                  - The input gate scales what is added,
                    not what is kept.
                  - Right: f multiplies c_{t-1}.
                  - The output gate reads the cell; it leaves it as it is.
                explain: f_t multiplies c_{t-1}.
                ```
                ```check
                kind: predict
                question: f at t = 2?
                quantity: gate
                gate: f
                t: 2
                tolerance: 0.1
                explain: Near 0.5.
                ```
                ```check
                kind: predict
                question: The loss?
                quantity: loss
                tolerance: 0.1
                sealed: false
                explain: Not on screen anyway.
                ```
                ```check
                kind: choice
                question: Old style?
                options: [a, b]
                answer: 1
                explain: Still fine.
                ```
                """);
        assertTrue(p.ok(), messages(p).toString());
        List<Check> checks = p.lesson().steps().get(0).checks();
        Check.Choice choice = assertInstanceOf(Check.Choice.class, checks.get(0));
        assertEquals(List.of("The input gate scales what is added, not what is kept.", "Right: f multiplies c_{t-1}.",
                "The output gate reads the cell; it leaves it as it is."), choice.feedback());
        assertEquals("Right: f multiplies c_{t-1}.", choice.feedbackFor(1));
        assertTrue(assertInstanceOf(Check.Predict.class, checks.get(1)).sealed(), "predictions are sealed by default");
        assertFalse(assertInstanceOf(Check.Predict.class, checks.get(2)).sealed());
        Check.Choice old = assertInstanceOf(Check.Choice.class, checks.get(3));
        assertTrue(old.feedback().isEmpty(), "feedback is optional");
        assertEquals("", old.feedbackFor(0));
    }

    @Test
    void wrongFeedbackIsNamedWithItsLine() throws IOException {
        ParsedLesson p = parse("""
                ## Step
                ```check
                kind: choice
                question: Which?
                options: [a, b, c]
                answer: 2
                feedback:
                  - Only one.
                  - And two.
                explain: b.
                ```
                ```check
                kind: choice
                question: Which?
                options: [a, b]
                answer: 2
                feedback: just a sentence
                explain: b.
                ```
                ```check
                kind: choice
                question: Which?
                options: [a, b]
                answer: 1
                feedback: [fine, ""]
                explain: a.
                ```
                ```check
                kind: predict
                question: f?
                quantity: gate
                gate: f
                t: 2
                tolerance: 0.1
                sealed: maybe
                explain: x
                ```
                """);
        assertFalse(p.ok());
        List<String> m = messages(p);
        assertTrue(m.contains("01-demo.md:14: \"feedback\" has 2 items but there are 3 options: give one explanation "
                + "per option, in the options' order"), m.toString());
        assertTrue(m.contains("01-demo.md:24: \"feedback\" must be a list with one explanation per option, in the "
                + "options' order (one \"- text\" line each)"), m.toString());
        assertTrue(m.contains("01-demo.md:32: \"feedback\": item 2 is empty"), m.toString());
        assertTrue(m.contains("01-demo.md:42: \"sealed\" must be true or false, got \"maybe\""), m.toString());
    }
}
