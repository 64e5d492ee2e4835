package org.gatelab.viewmodel.lesson;

import java.util.List;
import org.gatelab.io.LessonProgress;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;

/**
 * Where the learner stands in one lesson, as its card in the list shows it.
 *
 * @param steps          the lesson's steps
 * @param done           steps done ({@link #stepDone})
 * @param finished       every step done
 * @param started        a step done, a check answered or skipped, or a later step reached
 * @param answered       at least one check answered or skipped
 * @param checks         the lesson's checks
 * @param rightFirstTry  checks whose first answer was right
 * @param answeredChecks checks answered (right or wrong, at least once) and not skipped
 * @param skippedChecks  checks skipped
 */
public record LessonStanding(int steps, int done, boolean finished, boolean started, boolean answered, int checks,
                             int rightFirstTry, int answeredChecks, int skippedChecks) {

    /** The standing in {@code lesson} that {@code progress} records. */
    public static LessonStanding of(Lesson lesson, LessonProgress progress) {
        int steps = lesson.steps().size();
        int done = 0;
        int right = 0;
        int answered = 0;
        int skipped = 0;
        for (int s = 0; s < steps; s++) {
            if (stepDone(lesson, progress, s)) {
                done++;
            }
            for (int c = 0; c < lesson.steps().get(s).checks().size(); c++) {
                LessonProgress.CheckRecord r = progress.check(s, c);
                if (r == null) {
                    continue;
                }
                if (r.skipped()) {
                    skipped++;
                } else if (r.attempts() > 0) {
                    answered++;
                }
                right += r.attempts() > 0 && r.firstCorrect() ? 1 : 0;
            }
        }
        boolean any = answered + skipped > 0;
        return new LessonStanding(steps, done, done >= steps, done > 0 || any || progress.current() > 0, any,
                lesson.checkCount(), right, answered, skipped);
    }

    /**
     * A step is done when each of its checks is answered or skipped (a task: met or skipped); a step without
     * checks when the learner moved on from it. Moving on past an open check leaves its step not done.
     */
    public static boolean stepDone(Lesson lesson, LessonProgress progress, int step) {
        List<Check> checks = lesson.steps().get(step).checks();
        if (checks.isEmpty()) {
            return progress.finished().contains(step);
        }
        for (int c = 0; c < checks.size(); c++) {
            if (!closed(checks.get(c), progress.check(step, c))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code record} closes {@code check}: answered (a task: met) or skipped. */
    static boolean closed(Check check, LessonProgress.CheckRecord record) {
        if (record == null) {
            return false;
        }
        return check instanceof Check.Task ? record.correct() || record.skipped() : record.closed();
    }
}
