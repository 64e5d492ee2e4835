package org.gatelab.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonLibrary;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.lesson.Probe;
import org.gatelab.lesson.Scene;
import org.gatelab.lesson.Step;
import org.gatelab.lesson.StepValidator;
import org.gatelab.tasks.TaskData;
import org.gatelab.training.EpochReport;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.training.TrainingResult;
import org.gatelab.training.TrainingRun;
import org.gatelab.viewmodel.lesson.CheckJudge;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import org.gatelab.viewmodel.lesson.SceneComputation;
import org.gatelab.viewmodel.lesson.SceneSettings;
import org.gatelab.viewmodel.workspace.WorkspaceResult;

/**
 * What the course tests share: the bundled lessons as the app reads them (the working directory of the tests
 * is the project root), a step's effective scene looked up by the step's title, the workspace result of a
 * scene computed as the player computes it, a scene with a few keys changed the way a learner would change
 * them, and a training run of a scene's training-lab settings exactly as the lab runs it.
 */
final class Course {
    static final Path LESSONS = Path.of("lessons");
    static final Path ASSETS = Path.of("assets");

    private static LessonLibrary library;
    private static final Map<Scene, Future<Trained>> RUNS = new ConcurrentHashMap<>();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "course-training");
                t.setDaemon(true);
                return t;
            });

    private Course() {
    }

    /** The bundled lessons, read and checked by the player's validator (once per test run). */
    static synchronized LessonLibrary library() {
        if (library == null) {
            library = LessonLibrary.load(new LessonParser(paths(), new LessonStepValidator()), List.of(LESSONS));
        }
        return library;
    }

    private static LessonPaths paths() {
        return new LessonPaths(ASSETS.toAbsolutePath().normalize());
    }

    /** The sound lesson with this id. */
    static Lesson lesson(String id) {
        Lesson l = library().byId(id);
        if (l == null) {
            StringBuilder why = new StringBuilder();
            for (ParsedLesson p : library().lessons()) {
                p.problems().forEach(pr -> why.append('\n').append(pr));
            }
            fail("no sound lesson \"" + id + "\" in " + LESSONS.toAbsolutePath() + why);
        }
        return l;
    }

    /** The index of the step titled {@code title}. */
    static int stepIndex(Lesson lesson, String title) {
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (lesson.steps().get(i).title().equals(title)) {
                return i;
            }
        }
        List<String> titles = new ArrayList<>();
        lesson.steps().forEach(s -> titles.add(s.title()));
        fail(lesson.id() + " has no step \"" + title + "\" (its steps: " + titles + ")");
        return -1;
    }

    static Step step(Lesson lesson, String title) {
        return lesson.steps().get(stepIndex(lesson, title));
    }

    /** The step's effective scene: its own laid over those before it, as "Reset this step" restores it. */
    static Scene scene(Lesson lesson, String title) {
        return lesson.effectiveScene(stepIndex(lesson, title));
    }

    /** The step's only check of this kind. */
    static <T extends Check> T check(Lesson lesson, String title, Class<T> kind) {
        List<T> found = new ArrayList<>();
        for (Check c : step(lesson, title).checks()) {
            if (kind.isInstance(c)) {
                found.add(kind.cast(c));
            }
        }
        assertEquals(1, found.size(), lesson.id() + " / " + title + ": checks of kind " + kind.getSimpleName());
        return found.get(0);
    }

    /** Asserts that the step's choice check gives option {@code oneBased} as the right one, and returns it. */
    static Check.Choice choice(Lesson lesson, String title, int oneBased) {
        Check.Choice c = check(lesson, title, Check.Choice.class);
        assertEquals(oneBased - 1, c.answer(), lesson.id() + " / " + title + ": the right option ("
                + "the test below asserts the claim behind option " + oneBased + ")");
        return c;
    }

    /** {@code base} with the keys of {@code sceneLines} (a scene block's body) changed, as a learner changes them. */
    static Scene with(Scene base, String sceneLines) {
        String text = "---\nid: x\ntitle: x\nsummary: x\nlevel: beginner\nminutes: 1\n---\n\n## x\n\n```scene\n"
                + sceneLines + "\n```\n";
        ParsedLesson p = new LessonParser(paths(), StepValidator.NONE).parse(text, LESSONS.resolve("x.md"), "x.md",
                LESSONS.toAbsolutePath());
        assertTrue(p.ok(), "scene change \"" + sceneLines + "\": " + p.problems());
        return p.lesson().steps().get(0).scene().over(base);
    }

    /** The workspace result of a scene, with the RNN/LSTM/GRU comparison, as the player computes it. */
    static WorkspaceResult compute(Scene scene) {
        try {
            return SceneComputation.compute(scene, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value a check's probe reads from a scene. */
    static double read(Probe probe, Scene scene) {
        return CheckJudge.read(probe, compute(scene));
    }

    static LayerTrace layer(Scene scene) {
        return compute(scene).trace().layer(0);
    }

    /** A training-lab run and its data. */
    record Trained(TaskData data, TrainingResult result) {
        EpochReport last() {
            assertNotNull(result.last(), "the run finished no epoch: " + result.message());
            return result.last();
        }

        EpochReport epoch(int oneBased) {
            return result.epochs().get(oneBased - 1);
        }

        double bestValLoss() {
            return result.epochs().stream().mapToDouble(EpochReport::valLoss).min().orElse(Double.NaN);
        }

        /** The 1-based epoch of the lowest validation loss. */
        int bestEpoch() {
            EpochReport best = null;
            for (EpochReport r : result.epochs()) {
                if (best == null || r.valLoss() < best.valLoss()) {
                    best = r;
                }
            }
            return best == null ? -1 : best.epoch();
        }

        /** The first 1-based epoch whose validation loss is below {@code fraction} of the baseline, or -1. */
        int firstEpochBelow(double fraction) {
            for (EpochReport r : result.epochs()) {
                if (r.valLoss() < fraction * data.baselineValLoss()) {
                    return r.epoch();
                }
            }
            return -1;
        }

        double baseline() {
            return data.baselineValLoss();
        }

        double naive() {
            return data.naiveValLoss();
        }

        double extra(String name) {
            Double v = last().extras().get(name);
            assertNotNull(v, "the run reports no " + name + ": " + last().extras());
            return v;
        }
    }

    /**
     * Trains the step's training-lab settings as the lab does ({@code task.generate(seed)}, then a
     * {@link TrainingRun}). The first call for a lesson starts all of that lesson's training steps on a small
     * pool (training is single-threaded, so two runs use two cores); each scene is trained once per test run.
     */
    static Trained train(Lesson lesson, String title) {
        prefetch(lesson);
        Scene scene = scene(lesson, title);
        assertTrue(SceneSettings.setsLab(scene), lesson.id() + " / " + title + " sets no training-lab settings");
        Future<Trained> run = RUNS.computeIfAbsent(scene, s -> POOL.submit(() -> trainNow(s)));
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(lesson.id() + " / " + title + ": training failed", e.getCause());
        }
    }

    /** Starts every step of {@code lesson} that starts training (start_training: true). */
    private static void prefetch(Lesson lesson) {
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (Boolean.TRUE.equals(lesson.steps().get(i).scene().train())) {
                RUNS.computeIfAbsent(lesson.effectiveScene(i), s -> POOL.submit(() -> trainNow(s)));
            }
        }
    }

    /** Trains a scene's training-lab settings on the calling thread, as the lab does. */
    static Trained trainNow(Scene scene) {
        try {
            ExperimentSettings e = SceneSettings.lab(scene, "lesson scene");
            TaskData data = e.task().generate(e.config().seed());
            return new Trained(data, new TrainingRun(data, e.config()).run());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
