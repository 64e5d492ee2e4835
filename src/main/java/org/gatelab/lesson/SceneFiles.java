package org.gatelab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scene on its own, in a file ({@code gatelab export --scene scene.yaml}): the lines of a lesson's scene
 * block, with the same keys, values and checks, and the same {@code file:line} messages.
 */
public final class SceneFiles {
    /** Largest scene file read. */
    public static final int MAX_BYTES = 64 * 1024;

    private SceneFiles() {
    }

    /** The scene read, or the problems found (then {@code scene} is null). */
    public record Result(Scene scene, List<LessonProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    public static Result read(Path file, LessonPaths paths) {
        String name = String.valueOf(file.getFileName());
        List<LessonProblem> problems = new ArrayList<>();
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.add(new LessonProblem(name, 0, "too large for a scene file (at most 64 KB)"));
                return new Result(null, problems);
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new LessonProblem(name, 0, "cannot read: " + e.getMessage()));
            return new Result(null, problems);
        }
        BlockParser.Result block = BlockParser.parse(text.lines().toList(), 1, name);
        problems.addAll(block.problems());
        Values values = new Values(name, problems);
        Scene scene = new SceneParser(values, paths, file.toAbsolutePath().getParent()).parse(block.entries());
        return new Result(problems.isEmpty() ? scene : null, problems);
    }
}
