package org.gatelab.viewmodel.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.gatelab.io.LessonProgress;
import org.gatelab.io.ResultsCsv;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Step;
import org.gatelab.viewmodel.TaskRunner;

/**
 * A learner's results, one row per check, as they hand them in ({@link ResultsCsv}): every check of every lesson
 * they started, in course order (unanswered checks with empty fields), then the records of lessons no longer on
 * the shelf, by id.
 */
public final class LessonResults {
    private LessonResults() {
    }

    /** The rows for {@code lessons} (in order) and the learner's {@code progress} by lesson id. */
    public static List<ResultsCsv.Row> rows(List<Lesson> lessons, Map<String, LessonProgress> progress) {
        List<ResultsCsv.Row> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Lesson l : lessons) {
            LessonProgress p = progress.get(l.id());
            if (p == null || !seen.add(l.id())) {
                continue;
            }
            for (int s = 0; s < l.steps().size(); s++) {
                Step step = l.steps().get(s);
                for (int c = 0; c < step.checks().size(); c++) {
                    out.add(row(l.id(), s, c, step.checks().get(c), p.check(s, c)));
                }
            }
        }
        for (Map.Entry<String, LessonProgress> e : new TreeMap<>(progress).entrySet()) {
            if (seen.contains(e.getKey())) {
                continue;
            }
            for (Map.Entry<String, LessonProgress.CheckRecord> r : new TreeMap<>(e.getValue().checks()).entrySet()) {
                String[] at = r.getKey().split("\\.");
                out.add(row(e.getKey(), Integer.parseInt(at[0]), Integer.parseInt(at[1]), null, r.getValue()));
            }
        }
        return out;
    }

    /**
     * Writes {@code rows} to {@code file} as CSV, atomically, through {@code runner} (off the FX thread);
     * {@code status} hears "Saving…", then where they went or why not.
     */
    static void export(List<ResultsCsv.Row> rows, Path file, TaskRunner runner, Consumer<String> status) {
        status.accept("Saving your results…");
        runner.run(() -> {
            ResultsCsv.write(file, rows);
            return null;
        }, ok -> status.accept("Saved " + rows.size() + (rows.size() == 1 ? " check" : " checks") + " to " + file),
                e -> status.accept("Could not save your results: " + e.getMessage()));
    }

    private static ResultsCsv.Row row(String lesson, int step, int check, Check c, LessonProgress.CheckRecord r) {
        String question = c == null ? "" : c.question();
        if (r == null) {
            return new ResultsCsv.Row(lesson, step + 1, check + 1, question, "", null, 0, false, Double.NaN);
        }
        Boolean correct = r.attempts() > 0 ? r.firstCorrect() : null;
        return new ResultsCsv.Row(lesson, step + 1, check + 1, question, r.firstAnswer(), correct, r.attempts(),
                r.skipped(), r.seconds());
    }
}
