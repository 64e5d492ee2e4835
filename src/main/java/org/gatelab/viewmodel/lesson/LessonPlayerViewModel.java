package org.gatelab.viewmodel.lesson;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.gatelab.io.LessonProgress;
import org.gatelab.io.ProgressStore;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Scene;
import org.gatelab.lesson.SceneTab;
import org.gatelab.lesson.Step;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.ViewKind;

/**
 * The lesson player: which lesson and step is open, the scene it set up, the learner's answers and progress.
 * Opening a step lays its scene over the live workspace (and the training lab); the views follow as they
 * always do. Answers are judged against the live engine ({@link CheckJudge}); progress is saved after every
 * change, atomically, off the FX thread.
 */
public final class LessonPlayerViewModel {
    private final WorkspaceViewModel session;
    private final TaskRunner runner;
    private final LessonShelf shelf;
    private final ProgressStore store;
    private final SceneApplier applier;
    private final Map<String, LessonProgress> progress = new HashMap<>();

    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", 0);
    private final ReadOnlyObjectWrapper<Scene> scene = new ReadOnlyObjectWrapper<>(this, "scene", Scene.empty());
    private final ReadOnlyObjectWrapper<List<ViewKind>> views = new ReadOnlyObjectWrapper<>(this, "views", List.of());
    private final ReadOnlyObjectWrapper<SceneTab> tab = new ReadOnlyObjectWrapper<>(this, "tab");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper progressVersion = new ReadOnlyIntegerWrapper(this, "progressVersion");
    private final ObservableMap<Integer, CheckJudge.Verdict> verdicts = FXCollections.observableHashMap();

    /**
     * @param training the lab that scenes with task and training keys set up; null to ignore those keys
     * @param shelf    the lessons
     * @param store    where progress is kept
     */
    public LessonPlayerViewModel(WorkspaceViewModel session, TrainingLabViewModel training, TaskRunner runner, LessonShelf shelf,
                             ProgressStore store) {
        this.session = session;
        this.runner = runner;
        this.shelf = shelf;
        this.store = store;
        this.applier = new SceneApplier(session, training, runner);
        shelf.setOnReload(this::reloaded);
        runner.run(store::load, loaded -> {
            loaded.lessons().forEach(progress::putIfAbsent);
            if (!loaded.message().isEmpty()) {
                message.set(loaded.message());
            }
            progressVersion.set(progressVersion.get() + 1);
        }, e -> message.set("Could not read your lesson progress: " + e.getMessage()));
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
        return l == null ? null : l.steps().get(stepIndex.get());
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

    /** Changes whenever any progress changes, for lists that show it. */
    public ReadOnlyIntegerProperty progressVersionProperty() {
        return progressVersion.getReadOnlyProperty();
    }

    /** The verdicts of the open step's checks, by check index. */
    public ObservableMap<Integer, CheckJudge.Verdict> verdicts() {
        return verdicts;
    }

    /** The learner's progress in a lesson. */
    public LessonProgress progress(String lessonId) {
        return progress.getOrDefault(lessonId, LessonProgress.none());
    }

    /** True when the learner has finished (moved on from) {@code step} of {@code lesson}. */
    public boolean stepFinished(Lesson lesson, int step) {
        return progress(lesson.id()).finished().contains(step);
    }

    /** Where the learner stands in {@code lesson}, for its card. */
    public LessonStanding standing(Lesson lesson) {
        return LessonStanding.of(lesson, progress(lesson.id()));
    }

    // ---- navigation ------------------------------------------------------------------------------------------

    /** Opens a lesson at the step the learner was on. */
    public void open(Lesson l) {
        lesson.set(l);
        int at = Math.min(progress(l.id()).current(), l.steps().size() - 1);
        show(Math.max(0, at), true);
    }

    /** Back to the lesson list; the workspace stays as it is. */
    public void close() {
        lesson.set(null);
        verdicts.clear();
        views.set(List.of());
        tab.set(null);
    }

    public boolean hasNext() {
        return lesson.get() != null && stepIndex.get() < lesson.get().steps().size() - 1;
    }

    public boolean hasBack() {
        return lesson.get() != null && stepIndex.get() > 0;
    }

    /** Marks the step finished and goes to the next one (or finishes the lesson at the last step). */
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

    /** True when every step of the lesson is finished. */
    public boolean finished(Lesson l) {
        return progress(l.id()).finished().size() >= l.steps().size();
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
        verdicts.clear();
        LessonProgress p = progress(l.id());
        for (int c = 0; c < step.checks().size(); c++) {
            LessonProgress.Answer a = p.answers().get(LessonProgress.key(index, c));
            if (a != null && a.correct()) {
                verdicts.put(c, new CheckJudge.Verdict(true, "You answered this before: " + a.answer() + ". "
                        + step.checks().get(c).explain(), Double.NaN));
            }
        }
        message.set("");
        applier.apply(effective, step.scene(), full, message::set);
        update(l.id(), p.atStep(index));
    }

    // ---- checks ---------------------------------------------------------------------------------------------

    /** Judges a multiple-choice answer ({@code option} 0-based) to check {@code index} of the open step. */
    public CheckJudge.Verdict answerChoice(int index, int option) {
        Check.Choice c = (Check.Choice) step().checks().get(index);
        return record(index, CheckJudge.choice(c, option), c.options().get(option));
    }

    /** Judges a predicted number against the live workspace. */
    public CheckJudge.Verdict answerPredict(int index, double guess) {
        Check.Predict c = (Check.Predict) step().checks().get(index);
        return record(index, CheckJudge.predict(c, guess, session.result()), CheckJudge.number(guess));
    }

    /** Checks a task against the live workspace. */
    public CheckJudge.Verdict checkTask(int index) {
        Check.Task c = (Check.Task) step().checks().get(index);
        CheckJudge.Verdict v = CheckJudge.task(c, scene.get(), session.settings(),
                session.inspectionProperty().get(), session.result());
        return record(index, v, Double.isNaN(v.value()) ? "" : CheckJudge.number(v.value()));
    }

    private CheckJudge.Verdict record(int index, CheckJudge.Verdict v, String answer) {
        verdicts.put(index, v);
        Lesson l = lesson.get();
        update(l.id(), progress(l.id()).answering(stepIndex.get(), index, new LessonProgress.Answer(answer,
                v.correct())));
        return v;
    }

    // ---- progress and reloading -------------------------------------------------------------------------------

    private void update(String id, LessonProgress p) {
        progress.put(id, p);
        progressVersion.set(progressVersion.get() + 1);
        Map<String, LessonProgress> snapshot = Map.copyOf(progress);
        runner.run(() -> {
            store.save(snapshot);
            return null;
        }, ok -> { }, e -> message.set("Could not save your progress: " + e.getMessage()));
    }

    /** Forgets the progress of a lesson (start over). */
    public void restart(Lesson l) {
        update(l.id(), LessonProgress.none());
        if (lesson.get() == l) {
            show(0, true);
        }
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
        return store.file();
    }
}
