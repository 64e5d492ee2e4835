package org.gatelab.io;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a learner has done in one lesson.
 *
 * @param current  the step they were on
 * @param finished steps they moved on from (a step with checks is done only when each check is answered or
 *                 skipped; see the lesson player)
 * @param checks   what they did with each check, by {@code step.check} (e.g. {@code "2.0"}), both 0-based
 */
public record LessonProgress(int current, Set<Integer> finished, Map<String, CheckRecord> checks) {
    public LessonProgress {
        finished = Set.copyOf(finished);
        checks = Map.copyOf(checks);
    }

    /**
     * One check's record, for the learner and for a teacher's results.
     *
     * @param firstAnswer  the first answer as the learner gave it (an option's text, a number); empty when they
     *                     skipped before answering
     * @param firstCorrect whether that first answer was right
     * @param correct      whether any answer was right (a check once answered right stays right)
     * @param attempts     answers given (0 when skipped without answering)
     * @param skipped      skipped with the Skip action before the check was closed (after which its answer is shown
     *                     and no further answer counts)
     * @param seconds      seconds from opening the step to the first answer or the skip, on that visit; NaN when
     *                     unknown (progress files from before this was recorded)
     */
    public record CheckRecord(String firstAnswer, boolean firstCorrect, boolean correct, int attempts, boolean skipped,
                              double seconds) {
        /** Answered (at least once) or skipped: the check no longer holds its step open. */
        public boolean closed() {
            return attempts > 0 || skipped;
        }
    }

    public static LessonProgress none() {
        return new LessonProgress(0, Set.of(), Map.of());
    }

    public static String key(int step, int check) {
        return step + "." + check;
    }

    /** The record of one check, or null when the learner has not met it yet. */
    public CheckRecord check(int step, int check) {
        return checks.get(key(step, check));
    }

    public LessonProgress atStep(int step) {
        return new LessonProgress(step, finished, checks);
    }

    public LessonProgress finishing(int step) {
        Set<Integer> f = new TreeSet<>(finished);
        f.add(step);
        return new LessonProgress(current, f, checks);
    }

    /**
     * With one more answer to a check: the first answer, its verdict and its time are kept; later answers count
     * as attempts, and one right answer makes the check right for good (trying again after is exploration).
     *
     * @param seconds seconds since the step was opened (kept only for the first answer)
     */
    public LessonProgress answering(int step, int check, String answer, boolean right, double seconds) {
        Map<String, CheckRecord> c = new TreeMap<>(checks);
        CheckRecord before = c.get(key(step, check));
        c.put(key(step, check), before == null ? new CheckRecord(answer, right, right, 1, false, seconds)
                : new CheckRecord(before.firstAnswer(), before.firstCorrect(), before.correct() || right,
                before.attempts() + 1, before.skipped(), before.seconds()));
        return new LessonProgress(current, finished, c);
    }

    /**
     * With a check skipped. A check already skipped keeps its record; one tried before (a task not met yet) keeps
     * its first answer and time and is marked skipped.
     *
     * @param seconds seconds since the step was opened (kept when nothing was answered before)
     */
    public LessonProgress skipping(int step, int check, double seconds) {
        CheckRecord before = checks.get(key(step, check));
        if (before != null && before.skipped()) {
            return this;
        }
        Map<String, CheckRecord> c = new TreeMap<>(checks);
        c.put(key(step, check), before == null ? new CheckRecord("", false, false, 0, true, seconds)
                : new CheckRecord(before.firstAnswer(), before.firstCorrect(), before.correct(), before.attempts(),
                true, before.seconds()));
        return new LessonProgress(current, finished, c);
    }
}
