package org.gatelab.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in {@code src/test/resources/bad/} once broke a reader (each file says how in its own text or
 * name). Each must now be refused with a message naming the file, and nothing else may escape, so the bug
 * stays fixed. Add a file here for every failure fuzzing or a user finds.
 */
class BadFilesCorpusTest {
    private static final Path BAD = Path.of("src/test/resources/bad");

    private static List<Path> files(String reader) throws IOException {
        Path dir = BAD.resolve(reader);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> badLessonsAreRefusedWithTheirLine() throws IOException {
        LessonParser parser = new LessonParser(new LessonPaths(Path.of("assets").toAbsolutePath()),
                new LessonStepValidator());
        List<Path> files = files("lesson");
        assertFalse(files.isEmpty(), "the corpus has lessons");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ParsedLesson p = parser.read(f, f.getFileName().toString());
            assertFalse(p.ok(), "a broken lesson must not play");
            assertTrue(p.problems().stream().allMatch(x -> x.line() > 0 && x.toString()
                    .startsWith(f.getFileName() + ":")), p.problems().toString());
        }));
    }
}
