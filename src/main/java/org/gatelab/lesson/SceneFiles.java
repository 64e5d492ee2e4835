package org.gatelab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scene on its own, in a file ({@code gatelab export --scene scene.yaml}, a shared {@code .gatelab} file) or
 * in text (the clipboard, a {@code gatelab:} link): the lines of a lesson's scene block, with the same keys,
 * values and checks, and the same {@code file:line} messages. {@link SceneWriter} writes one.
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
        return parse(text, name, paths, file.toAbsolutePath().getParent());
    }

    /**
     * A scene from text (a scene file's contents, the clipboard, a {@code gatelab:} link's lines).
     *
     * @param name   names the text in messages ({@code name:line: ...})
     * @param folder where relative paths (a {@code model:}) are resolved, or null for text from no folder: then
     *               only {@code assets/...} paths are accepted
     */
    public static Result parse(String text, String name, LessonPaths paths, Path folder) {
        return parse(text, name, paths, folder, StepValidator.NONE);
    }

    /**
     * A scene from text, checked as a lesson step's scene is: {@code validator}'s findings are reported at the
     * line of the key they concern (or line 1).
     */
    public static Result parse(String text, String name, LessonPaths paths, Path folder, StepValidator validator) {
        List<LessonProblem> problems = new ArrayList<>();
        if (text.length() > MAX_BYTES) {
            problems.add(new LessonProblem(name, 0, "too large for a scene (at most 64 KB)"));
            return new Result(null, problems);
        }
        BlockParser.Result block = BlockParser.parse(text.lines().toList(), 1, name);
        problems.addAll(block.problems());
        Values values = new Values(name, problems);
        Scene scene = new SceneParser(values, paths, folder).parse(block.entries());
        if (problems.isEmpty() && block.entries().isEmpty()) {
            problems.add(new LessonProblem(name, 0, "holds no scene: no \"key: value\" line (a scene sets e.g. "
                    + "\"cell: lstm\")"));
        }
        if (problems.isEmpty()) {
            for (StepValidator.Finding f : validator.validate(scene, new Step(name, 1, "", scene, List.of()))) {
                BlockEntry at = f.key() == null ? null : block.entries().get(f.key());
                problems.add(new LessonProblem(name, at == null ? 1 : at.line(), f.message()));
            }
        }
        return new Result(problems.isEmpty() ? scene : null, problems);
    }
}
