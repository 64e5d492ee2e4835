package org.gatelab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson file as read: the lesson when it is sound, and the problems found (a lesson with any problem is
 * not playable; the app shows an error card with the same messages {@code gatelab lessons check} prints).
 *
 * @param name   the file's name as shown in messages
 * @param title  the title from the front matter if it could be read, else the file name
 * @param lesson null when there are problems
 */
public record ParsedLesson(Path file, String name, String title, Lesson lesson, List<LessonProblem> problems) {
    public ParsedLesson {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return lesson != null && problems.isEmpty();
    }
}
