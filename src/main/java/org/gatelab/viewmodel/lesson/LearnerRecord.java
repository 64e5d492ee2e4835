package org.gatelab.viewmodel.lesson;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.gatelab.io.LessonProgress;
import org.gatelab.io.ProgressStore;
import org.gatelab.viewmodel.TaskRunner;

/**
 * The learner's record: their progress in every lesson and their seed (which orders their options), read once off
 * the FX thread and saved, atomically and off the FX thread, after every change.
 */
final class LearnerRecord {
    private final ProgressStore store;
    private final TaskRunner runner;
    private final Map<String, LessonProgress> lessons = new HashMap<>();
    private long seed;
    private boolean loaded;

    LearnerRecord(ProgressStore store, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
    }

    /** Reads the file; {@code then} receives what the learner should know about it (empty when all is well). */
    void load(Consumer<String> then) {
        runner.run(store::load, l -> {
            l.lessons().forEach(lessons::putIfAbsent);
            seed = l.seed();
            loaded = true;
            then.accept(l.message());
        }, e -> {
            seed = new SecureRandom().nextLong();
            loaded = true;
            then.accept("Could not read your lesson progress: " + e.getMessage());
        });
    }

    /** True once the file has been read (or found unreadable). */
    boolean loaded() {
        return loaded;
    }

    long seed() {
        return seed;
    }

    /** The progress in a lesson (none when the learner has not opened it). */
    LessonProgress of(String lessonId) {
        return lessons.getOrDefault(lessonId, LessonProgress.none());
    }

    /** Every lesson's progress, by id. */
    Map<String, LessonProgress> all() {
        return Map.copyOf(lessons);
    }

    /** Keeps {@code p} as the progress in {@code lessonId} and saves; {@code failed} receives why a save failed. */
    void put(String lessonId, LessonProgress p, Consumer<String> failed) {
        lessons.put(lessonId, p);
        Map<String, LessonProgress> snapshot = Map.copyOf(lessons);
        long learner = seed;
        runner.run(() -> {
            store.save(learner, snapshot);
            return null;
        }, ok -> { }, e -> failed.accept("Could not save your progress: " + e.getMessage()));
    }

    Path file() {
        return store.file();
    }
}
