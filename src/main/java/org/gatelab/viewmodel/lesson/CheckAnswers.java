package org.gatelab.viewmodel.lesson;

import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.gatelab.io.LessonProgress;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Scene;
import org.gatelab.lesson.Step;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The open step's answers: each judged against the live workspace ({@link CheckJudge}), recorded in the learner's
 * progress (first answer, attempts, skip, seconds since the step was opened) and published as a verdict. A
 * skipped check takes no more answers; a check already answered takes no skip.
 */
final class CheckAnswers {
    /** The open lesson's progress, as the player keeps and saves it. */
    interface Progress {
        LessonProgress current();

        /** Changes the progress (the player saves it and seals anew). */
        void change(UnaryOperator<LessonProgress> how);
    }

    private final WorkspaceViewModel session;
    private final LongSupplier nanoTime;
    private final ObservableMap<Integer, CheckJudge.Verdict> verdicts = FXCollections.observableHashMap();
    private long shownAt;

    CheckAnswers(WorkspaceViewModel session, LongSupplier nanoTime) {
        this.session = session;
        this.nanoTime = nanoTime;
    }

    /** The verdicts of the open step's checks, by check index. */
    ObservableMap<Integer, CheckJudge.Verdict> verdicts() {
        return verdicts;
    }

    /** A step was opened: its clock starts, and the checks answered or skipped before show their verdicts again. */
    void shown(Step step, int index, LessonProgress p) {
        verdicts.clear();
        shownAt = nanoTime.getAsLong();
        for (int c = 0; c < step.checks().size(); c++) {
            CheckJudge.Verdict before = CheckJudge.remembered(step.checks().get(c), p.check(index, c));
            if (before != null) {
                verdicts.put(c, before);
            }
        }
    }

    /** The lesson was closed. */
    void clear() {
        verdicts.clear();
    }

    CheckJudge.Verdict choice(Progress p, int step, int index, Check.Choice c, int option) {
        return record(p, step, index, CheckJudge.choice(c, option), c.options().get(option));
    }

    CheckJudge.Verdict predict(Progress p, int step, int index, Check.Predict c, double guess) {
        return record(p, step, index, CheckJudge.predict(c, guess, session.result()), CheckJudge.number(guess));
    }

    CheckJudge.Verdict task(Progress p, int step, int index, Check.Task c, Scene scene) {
        CheckJudge.Verdict v = CheckJudge.task(c, scene, session.settings(), session.inspectionProperty().get(),
                session.result());
        return record(p, step, index, v, Double.isNaN(v.value()) ? "" : CheckJudge.number(v.value()));
    }

    CheckJudge.Verdict skip(Progress p, int step, int index, Check c) {
        if (LessonStanding.closed(c, p.current().check(step, index))) {
            return verdicts.get(index);
        }
        double seconds = secondsOnStep();
        p.change(now -> now.skipping(step, index, seconds));
        CheckJudge.Verdict v = CheckJudge.skipped(c, session.result());
        verdicts.put(index, v);
        return v;
    }

    private CheckJudge.Verdict record(Progress p, int step, int index, CheckJudge.Verdict v, String answer) {
        LessonProgress.CheckRecord r = p.current().check(step, index);
        if (r != null && r.skipped()) {
            // a skipped check has shown its answer: later answers are not the learner's own
            return verdicts.get(index);
        }
        if (v.judged()) {
            double seconds = secondsOnStep();
            p.change(now -> now.answering(step, index, answer, v.correct(), seconds));
        }
        // after the record, so whoever shows the verdict finds the check answered
        verdicts.put(index, v);
        return v;
    }

    private double secondsOnStep() {
        return Math.max(0, (nanoTime.getAsLong() - shownAt) / 1e9);
    }
}
