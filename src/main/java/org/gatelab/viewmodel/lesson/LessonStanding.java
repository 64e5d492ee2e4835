package org.gatelab.viewmodel.lesson;

import org.gatelab.io.LessonProgress;
import org.gatelab.lesson.Lesson;

/**
 * Where the learner stands in one lesson, as its card in the list shows it.
 *
 * @param steps    the lesson's steps
 * @param done     steps finished (moved on from)
 * @param finished every step finished
 * @param started  a step finished, a check answered or a later step reached
 * @param answered at least one check answered
 */
public record LessonStanding(int steps, int done, boolean finished, boolean started, boolean answered) {

    /** The standing in {@code lesson} that {@code progress} records. */
    public static LessonStanding of(Lesson lesson, LessonProgress progress) {
        int steps = lesson.steps().size();
        int done = (int) progress.finished().stream().filter(s -> s < steps).count();
        boolean answered = !progress.answers().isEmpty();
        return new LessonStanding(steps, done, done >= steps, done > 0 || answered || progress.current() > 0,
                answered);
    }
}
