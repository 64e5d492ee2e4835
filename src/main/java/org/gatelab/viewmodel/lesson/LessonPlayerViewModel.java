package org.gatelab.viewmodel.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableMap;
import org.gatelab.io.LessonProgress;
import org.gatelab.io.ProgressStore;
import org.gatelab.io.ResultsCsv;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.OptionOrder;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.lesson.Scene;
import org.gatelab.lesson.SceneTab;
import org.gatelab.lesson.Step;
import org.gatelab.render.Sealed;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.ViewKind;

/**
 * The lesson player: which lesson and step is open, the scene it set up, the learner's answers and progress.
 * Opening a step lays its scene over the live workspace (and the training lab); the views follow as they
 * always do. Answers are judged against the live engine ({@link CheckJudge}); progress is saved after every
 * change, atomically, off the FX thread.
 *
 * <p>A choice's options are shown in the learner's own order ({@link #optionOrder}); a sealed prediction's number
 * is masked in every view ({@link WorkspaceViewModel#sealedProperty()}) until it is answered or skipped; each
 * check's first answer, attempts, skip and time to the first answer are recorded, and can be exported as CSV.
 */
public final class LessonPlayerViewModel {
    private final WorkspaceViewModel session;
    private final TaskRunner runner;
    private final LessonShelf shelf;
    private final LearnerRecord learner;
    private final SceneApplier applier;
    private final CheckAnswers answers;
    private final CheckAnswers.Progress open = new CheckAnswers.Progress() {
        @Override
        public LessonProgress current() {
            return progress(lesson.get().id());
        }

        @Override
        public void change(UnaryOperator<LessonProgress> how) {
            update(lesson.get().id(), how.apply(current()));
        }
    };
    private Lesson pendingOpen;

    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", 0);
    private final ReadOnlyObjectWrapper<Scene> scene = new ReadOnlyObjectWrapper<>(this, "scene", Scene.empty());
    private final ReadOnlyObjectWrapper<List<ViewKind>> views = new ReadOnlyObjectWrapper<>(this, "views", List.of());
    private final ReadOnlyObjectWrapper<SceneTab> tab = new ReadOnlyObjectWrapper<>(this, "tab");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper(this, "exportStatus", "");
    private final ReadOnlyIntegerWrapper progressVersion = new ReadOnlyIntegerWrapper(this, "progressVersion");

    /**
     * @param training the lab that scenes with task and training keys set up; null to ignore those keys
     * @param shelf    the lessons
     * @param store    where progress is kept
     */
    public LessonPlayerViewModel(WorkspaceViewModel session, TrainingLabViewModel training, TaskRunner runner,
                                 LessonShelf shelf, ProgressStore store) {
        this(session, training, runner, shelf, store, System::nanoTime);
    }

    /** @param nanoTime the clock that times the answers (a fixed one in tests) */
    public LessonPlayerViewModel(WorkspaceViewModel session, TrainingLabViewModel training, TaskRunner runner,
                                 LessonShelf shelf, ProgressStore store, LongSupplier nanoTime) {
        this.session = session;
        this.runner = runner;
        this.shelf = shelf;
        this.learner = new LearnerRecord(store, runner);
        this.answers = new CheckAnswers(session, nanoTime);
        this.applier = new SceneApplier(session, training, runner);
        shelf.setOnReload(this::reloaded);
        // a step counted from the end seals a step of the live run, which may change length
        session.resultProperty().addListener((obs, o, r) -> reseal());
        learner.load(this::progressLoaded);
    }

    private void progressLoaded(String said) {
        if (!said.isEmpty()) {
            message.set(said);
        }
        progressVersion.set(progressVersion.get() + 1);
        if (pendingOpen != null) {
            Lesson waiting = pendingOpen;
            pendingOpen = null;
            open(waiting);
        }
    }

    /** Lets the scenes set up {@code tabs} too (the Compare, Memory and Sequence-to-sequence tabs' keys). */
    public void setUp(SceneApplier.Target tabs) {
        applier.add(tabs);
    }

    public WorkspaceViewModel session() {
        return session;
    }

    public LessonShelf shelf() {
        return shelf;
    }

    /** The open lesson, or null when the list is shown. */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public Lesson lesson() {
        return lesson.get();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public int stepIndex() {
        return stepIndex.get();
    }

    /** The open step, or null. */
    public Step step() {
        Lesson l = lesson.get();
        return l == null ? null : l.steps().get(Math.min(stepIndex.get(), l.steps().size() - 1));
    }

    /** The effective scene of the open step. */
    public ReadOnlyObjectProperty<Scene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** The views the step shows (empty: all of them). */
    public ReadOnlyObjectProperty<List<ViewKind>> viewsProperty() {
        return views.getReadOnlyProperty();
    }

    /** The part of the app the step asks for, or null to stay where the learner is. */
    public ReadOnlyObjectProperty<SceneTab> tabProperty() {
        return tab.getReadOnlyProperty();
    }

    /** Something the learner should know (a progress file set aside, a model that did not load); empty if none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What became of the last results export ("Saved … to …", or why not); empty before one. */
    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    /** Changes whenever any progress changes, for lists that show it. */
    public ReadOnlyIntegerProperty progressVersionProperty() {
        return progressVersion.getReadOnlyProperty();
    }

    /** The verdicts of the open step's checks, by check index. */
    public ObservableMap<Integer, CheckJudge.Verdict> verdicts() {
        return answers.verdicts();
    }

    /** The learner's progress in a lesson. */
    public LessonProgress progress(String lessonId) {
        return learner.of(lessonId);
    }

    /** True when {@code step} of {@code lesson} is done: its checks answered or skipped ({@link LessonStanding#stepDone}). */
    public boolean stepFinished(Lesson lesson, int step) {
        return LessonStanding.stepDone(lesson, progress(lesson.id()), step);
    }

    /** Where the learner stands in {@code lesson}, for its card. */
    public LessonStanding standing(Lesson lesson) {
        return LessonStanding.of(lesson, progress(lesson.id()));
    }

    /** True when check {@code index} of the open step is answered or skipped. */
    public boolean checkClosed(int index) {
        Step s = step();
        return s != null && LessonStanding.closed(s.checks().get(index), record(index));
    }

    /** True when check {@code index} of the open step was skipped (it takes no more answers). */
    public boolean checkSkipped(int index) {
        LessonProgress.CheckRecord r = record(index);
        return r != null && r.skipped();
    }

    private LessonProgress.CheckRecord record(int index) {
        Lesson l = lesson.get();
        return l == null ? null : progress(l.id()).check(stepIndex.get(), index);
    }

    /**
     * The order in which this learner sees the options of choice check {@code index} of the open step: element k
     * is the authored index of the option shown k-th. The same every time for this learner, another for the next.
     */
    public int[] optionOrder(int index) {
        Check.Choice c = (Check.Choice) step().checks().get(index);
        return OptionOrder.of(learner.seed(), lesson.get().id(), stepIndex.get(), index, c.options().size());
    }

    // ---- navigation ------------------------------------------------------------------------------------------

    /** Opens a lesson at the step the learner was on (once their progress is read). */
    public void open(Lesson l) {
        if (!learner.loaded()) {
            pendingOpen = l;
            return;
        }
        int at = Math.max(0, Math.min(progress(l.id()).current(), l.steps().size() - 1));
        // the step first: views that follow the lesson then find a step of it
        stepIndex.set(Math.min(at, lesson.get() == null ? at : lesson.get().steps().size() - 1));
        lesson.set(l);
        show(at, true);
    }

    /** Back to the lesson list; the workspace stays as it is, with nothing sealed. */
    public void close() {
        lesson.set(null);
        answers.clear();
        views.set(List.of());
        tab.set(null);
        session.setSealed(Sealed.NONE);
    }

    public boolean hasNext() {
        return lesson.get() != null && stepIndex.get() < lesson.get().steps().size() - 1;
    }

    public boolean hasBack() {
        return lesson.get() != null && stepIndex.get() > 0;
    }

    /**
     * Goes to the next step (or, at the last step, records the lesson's end). Moving on marks a step without
     * checks done; a step with checks is done only when each is answered or skipped.
     */
    public void next() {
        Lesson l = lesson.get();
        if (l == null) {
            return;
        }
        update(l.id(), progress(l.id()).finishing(stepIndex.get()));
        if (hasNext()) {
            show(stepIndex.get() + 1, false);
        } else {
            progressVersion.set(progressVersion.get() + 1);
        }
    }

    public void back() {
        if (hasBack()) {
            show(stepIndex.get() - 1, true);
        }
    }

    /** Goes to step {@code index} (0-based). */
    public void goTo(int index) {
        Lesson l = lesson.get();
        if (l != null && index >= 0 && index < l.steps().size() && index != stepIndex.get()) {
            show(index, true);
        }
    }

    /** Sets the scene of the open step up again, undoing the learner's changes to the workspace. */
    public void resetStep() {
        if (lesson.get() != null) {
            show(stepIndex.get(), true);
        }
    }

    /** True when every step of the lesson is done. */
    public boolean finished(Lesson l) {
        return standing(l).finished();
    }

    private void show(int index, boolean full) {
        Lesson l = lesson.get();
        stepIndex.set(index);
        Scene effective = l.effectiveScene(index);
        Step step = l.steps().get(index);
        scene.set(effective);
        views.set(effective.views() == null ? List.of() : effective.views());
        tab.set(null);
        tab.set(effective.open() != null ? effective.open() : SceneTab.WORKSPACE);
        message.set("");
        // sealed before the scene's trace arrives, so no view ever shows the number
        update(l.id(), progress(l.id()).atStep(index));
        applier.apply(effective, step.scene(), full, message::set);
        answers.shown(step, index, progress(l.id()));
    }

    // ---- checks ---------------------------------------------------------------------------------------------

    /** Judges a multiple-choice answer ({@code option} 0-based, authored order) to check {@code index}. */
    public CheckJudge.Verdict answerChoice(int index, int option) {
        return answers.choice(open, stepIndex.get(), index, (Check.Choice) step().checks().get(index), option);
    }

    /** Judges a predicted number against the live workspace. */
    public CheckJudge.Verdict answerPredict(int index, double guess) {
        return answers.predict(open, stepIndex.get(), index, (Check.Predict) step().checks().get(index), guess);
    }

    /** Checks a task against the live workspace. */
    public CheckJudge.Verdict checkTask(int index) {
        return answers.task(open, stepIndex.get(), index, (Check.Task) step().checks().get(index), scene.get());
    }

    /**
     * Skips check {@code index} of the open step, unless it is answered (or skipped) already: recorded as skipped,
     * its answer shown, its number unsealed; no later answer counts.
     */
    public CheckJudge.Verdict skip(int index) {
        return answers.skip(open, stepIndex.get(), index, step().checks().get(index));
    }

    // ---- progress, sealing, results ----------------------------------------------------------------------------

    private void update(String id, LessonProgress p) {
        learner.put(id, p, message::set);
        reseal();
        progressVersion.set(progressVersion.get() + 1);
    }

    /** Publishes what the open step seals now (nothing outside a lesson). */
    private void reseal() {
        Lesson l = lesson.get();
        session.setSealed(l == null ? Sealed.NONE
                : Seals.of(step(), stepIndex.get(), progress(l.id()), session.trace()));
    }

    /** Forgets the progress of a lesson (start over); the learner keeps their option order. */
    public void restart(Lesson l) {
        update(l.id(), LessonProgress.none());
        if (lesson.get() == l) {
            show(0, true);
        }
    }

    /** The learner's results, one row per check of every lesson they started. */
    public List<ResultsCsv.Row> results() {
        List<Lesson> sound = shelf.lessons().stream().filter(ParsedLesson::ok).map(ParsedLesson::lesson).toList();
        return LessonResults.rows(sound, learner.all());
    }

    /** Writes the learner's results to {@code file} as CSV, atomically, off the FX thread. */
    public void exportResults(Path file) {
        LessonResults.export(results(), file, runner, exportStatus::set);
    }

    /** After the lessons were read again: the open lesson follows its file (or closes if it is gone or broken). */
    private void reloaded() {
        Lesson open = lesson.get();
        if (open == null) {
            return;
        }
        Lesson fresh = shelf.byFile(open.file());
        if (fresh == null) {
            close();
            message.set("The lesson's file changed and has problems now; see the lesson list.");
            return;
        }
        if (!fresh.equals(open)) {
            lesson.set(fresh);
            show(Math.min(stepIndex.get(), fresh.steps().size() - 1), true);
        }
    }

    /** Where the progress file is, e.g. for Help > About. */
    public Path progressFile() {
        return learner.file();
    }
}
