package org.gatelab.viewmodel.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.LessonProblem;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.lesson.Scene;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson's bidirectional keys as the player checks them: a reverse direction needs a bidirectional model (named
 * with its line), a seq2seq value out of its task's range is named with its line, and a task check notices a
 * learner who switched the model to bidirectional when only another key was theirs to change.
 */
class BidirectionalSceneChecksTest {
    @TempDir
    Path dir;

    private ParsedLesson parse(String body) throws IOException {
        Path file = dir.resolve("lessons/01-demo.md");
        Files.createDirectories(file.getParent());
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(file, """
                ---
                id: 01-demo
                title: A demo
                summary: For the tests.
                level: beginner
                minutes: 5
                ---
                """ + body);
        return new LessonParser(new LessonPaths(dir.resolve("assets")), new LessonStepValidator()).read(file,
                "01-demo.md");
    }

    @Test
    void theValidatorNamesTheLineOfAReverseDirectionWithoutABidirectionalModel() throws IOException {
        ParsedLesson bad = parse("""
                ## Step
                ```scene
                layers: 2
                direction: reverse
                seq2seq.task: sort
                seq2seq.length: 500
                ```
                """);
        List<String> m = bad.problems().stream().map(LessonProblem::toString).toList();
        assertTrue(m.stream().anyMatch(s -> s.startsWith("01-demo.md:11: ") && s.contains("direction: reverse "
                + "needs a bidirectional model")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("01-demo.md:13: ") && s.contains("seq2seq.length")),
                m.toString());
        ParsedLesson good = parse("""
                ## Step
                ```scene
                layers: 2
                bidirectional: true
                direction: reverse
                seq2seq.task: sort
                seq2seq.length: 8
                ```
                """);
        assertTrue(good.ok(), good.problems().toString());
    }

    @Test
    void aTaskNoticesTheBidirectionalSwitch() {
        Scene scene = Scene.empty();
        WorkspaceSettings live = SceneSettings.workspace(scene);
        assertFalse(CheckJudge.changedKeys(scene, live, null).contains("bidirectional"));
        assertEquals(List.of("bidirectional"), CheckJudge.changedKeys(scene, live.withBidirectional(true), null));
    }
}
