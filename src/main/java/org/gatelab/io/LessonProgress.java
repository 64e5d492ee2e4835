package org.gatelab.io;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a learner has done in one lesson.
 *
 * @param current  the step they were on
 * @param finished steps they finished (moved on from)
 * @param answers  their answers by {@code step.check} (e.g. {@code "2.0"})
 */
public record LessonProgress(int current, Set<Integer> finished, Map<String, Answer> answers) {
    public LessonProgress {
        finished = Set.copyOf(finished);
        answers = Map.copyOf(answers);
    }

    /** One answered check: what was answered and whether it was right. */
    public record Answer(String answer, boolean correct) {
    }

    public static LessonProgress none() {
        return new LessonProgress(0, Set.of(), Map.of());
    }

    public static String key(int step, int check) {
        return step + "." + check;
    }

    public LessonProgress atStep(int step) {
        return new LessonProgress(step, finished, answers);
    }

    public LessonProgress finishing(int step) {
        Set<Integer> f = new TreeSet<>(finished);
        f.add(step);
        return new LessonProgress(current, f, answers);
    }

    public LessonProgress answering(int step, int check, Answer answer) {
        Map<String, Answer> a = new TreeMap<>(answers);
        Answer before = a.get(key(step, check));
        // a check once answered right stays right: trying again after is exploration, not a new mark
        a.put(key(step, check), before != null && before.correct() && !answer.correct() ? before : answer);
        return new LessonProgress(current, finished, a);
    }
}
