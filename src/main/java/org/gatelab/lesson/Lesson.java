package org.gatelab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed, checked lesson.
 *
 * @param file          the lesson file
 * @param id            short unique name, e.g. {@code 04-lstm}
 * @param minutes       estimated time to work through it
 * @param prerequisites ids of lessons to take first
 * @param introduction  Markdown before the first step heading (may be empty)
 */
public record Lesson(Path file, String id, String title, String summary, Level level, int minutes,
                     List<String> prerequisites, String introduction, List<Step> steps) {
    public Lesson {
        prerequisites = List.copyOf(prerequisites);
        steps = List.copyOf(steps);
    }

    /** The scene in effect at step {@code index}: the steps' scenes up to it, laid over each other. */
    public Scene effectiveScene(int index) {
        Scene scene = Scene.empty();
        for (int i = 0; i <= index && i < steps.size(); i++) {
            scene = steps.get(i).scene().over(scene);
        }
        return scene;
    }

    /** How many checks the lesson asks. */
    public int checkCount() {
        return steps.stream().mapToInt(s -> s.checks().size()).sum();
    }
}
