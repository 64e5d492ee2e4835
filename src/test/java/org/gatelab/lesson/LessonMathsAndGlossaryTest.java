package org.gatelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's maths and glossary links are checked when it is read, each problem at its line of the file. */
class LessonMathsAndGlossaryTest {
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
    void goodMathsAndLinksPass() throws IOException {
        ParsedLesson p = parse("""
                Intro with $h_t$.

                ## One
                The [spectral radius](glossary:spectral-radius) $\\rho(W_{hh})$ of the matrix.

                ```scene
                cell: rnn
                ```

                $$
                h_t = \\tanh(W_{ih} x_t + b_{ih}
                + W_{hh} h_{t-1} + b_{hh})
                $$

                A price of $5 is not maths, `$x$` is code, and \\$ is a dollar.
                """);
        assertTrue(p.ok(), messages(p).toString());
        assertTrue(p.lesson().steps().get(0).markdown().contains("$\\rho(W_{hh})$"), "the step keeps its maths");
    }

    @Test
    void badMathsAndUnknownTermsAreNamedByFileAndLine() throws IOException {
        ParsedLesson p = parse("""
                Intro with $\\frac{a}{b$.

                ## One
                ```scene
                cell: lstm
                ```

                See the [radius](glossary:spectral-radios) and $\\tanhh(x)$.

                $$
                x^
                $$

                $$
                never closed
                """);
        List<String> m = messages(p);
        // the front matter has 7 lines, so the body's first line is line 8
        assertTrue(m.stream().anyMatch(s -> s.startsWith("01-demo.md:8: maths: 1 { never closed")), m.toString());
        assertTrue(m.contains("01-demo.md:15: unknown glossary term \"spectral-radios\" (did you mean "
                + "spectral-radius?)"), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("01-demo.md:15: maths: Unknown symbol or command or "
                + "predefined TeXFormula: 'tanhh'")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("01-demo.md:17: maths: a ^ at the end needs")), m.toString());
        assertTrue(m.contains("01-demo.md:21: this $$ is never closed: end the maths with a line ending in $$"),
                m.toString());
        assertEquals(5, m.size(), m.toString());
    }

    /** A check's texts are shown as lesson Markdown too, so their maths and links are checked at their key's line. */
    @Test
    void theMathsOfACheckIsCheckedAtItsLine() throws IOException {
        ParsedLesson p = parse("""
                ## One
                ```scene
                cell: rnn
                ```

                ```check
                kind: choice
                question: Which is $h_{t-1}$?
                options:
                  - the state $h_{t-1$
                  - the input $x_t$
                  - the bias
                answer: 2
                feedback:
                  - no
                  - yes, $\\tanhh$
                  - no
                explain: See the [radius](glossary:spectral-radios).
                ```
                """);
        List<String> m = messages(p);
        // the check block opens on line 13: options on 16, feedback on 21, explain on 25
        assertTrue(m.stream().anyMatch(s -> s.startsWith("01-demo.md:16: maths: 1 { never closed")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("01-demo.md:21: maths: Unknown symbol")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("01-demo.md:25: unknown glossary term")), m.toString());
        assertEquals(3, m.size(), m.toString());
    }
}
