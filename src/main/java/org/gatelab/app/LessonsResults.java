package org.gatelab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gatelab.io.AppDirectories;
import org.gatelab.io.ProgressStore;
import org.gatelab.io.ResultsCsv;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonLibrary;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.lesson.StepValidator;
import org.gatelab.viewmodel.lesson.LessonResults;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gatelab lessons results --out results.csv}: the learner's results as the app's "Export my results…" saves
 * them, from their progress file and the lessons (the bundled course and their own folder). The progress file is
 * only read: a broken one is reported, never moved.
 */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = {"Writes your lesson results as CSV to hand in: one row per check of every lesson you started "
                + "(lesson, check, question, first answer, whether it was right, attempts, skipped, seconds).",
                "The same file as the lesson list's \"Export my results…\"."})
final class LessonsResults implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV file to write")
    Path out;

    @Option(names = "--progress", paramLabel = "FILE",
            description = "the progress file (default: yours, in GateLab's folder in your home)")
    Path progress;

    @Option(names = "--lessons", paramLabel = "DIR",
            description = "a folder of your own lessons (default: the one the app reads)")
    Path lessons;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter say = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AppDirectories dirs = AppDirectories.detect();
        Path file = progress != null ? progress : dirs.progressFile();
        if (progress != null && !Files.isRegularFile(progress)) {
            err.println("lessons results: --progress " + progress + ": no such file");
            return 2;
        }
        if (lessons != null && !Files.isDirectory(lessons)) {
            err.println("lessons results: --lessons " + lessons + ": no such folder");
            return 2;
        }
        ProgressStore.Loaded loaded;
        try {
            loaded = new ProgressStore(file).read();
        } catch (IOException e) {
            err.println("lessons results: cannot read the progress file " + file + ": " + e.getMessage());
            return 1;
        }
        List<Path> folders = new ArrayList<>();
        if (dirs.lessons() != null) {
            folders.add(dirs.lessons());
        }
        folders.add(lessons != null ? lessons : dirs.userLessons());
        // the questions are read from the lesson files; their scenes need not run for that
        LessonParser parser = new LessonParser(new LessonPaths(dirs.assets()), StepValidator.NONE);
        List<Lesson> sound = LessonLibrary.load(parser, folders).lessons().stream().filter(ParsedLesson::ok)
                .map(ParsedLesson::lesson).toList();
        List<ResultsCsv.Row> rows = LessonResults.rows(sound, loaded.lessons());
        try {
            ResultsCsv.write(out, rows);
        } catch (IOException e) {
            err.println("lessons results: --out: " + e.getMessage());
            return 1;
        }
        say.println("Wrote " + rows.size() + (rows.size() == 1 ? " check" : " checks") + " from "
                + loaded.lessons().size() + (loaded.lessons().size() == 1 ? " lesson" : " lessons") + " to " + out);
        say.flush();
        return 0;
    }
}
