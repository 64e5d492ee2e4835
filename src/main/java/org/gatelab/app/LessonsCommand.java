package org.gatelab.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gatelab.io.AppDirectories;
import org.gatelab.lesson.AnswerPositions;
import org.gatelab.lesson.LessonLibrary;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.LessonProblem;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gatelab lessons}: tools for lesson authors, and a learner's results. */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "Tools for lesson authors, and a learner's results.",
        subcommands = {LessonsCommand.Check.class, LessonsResults.class, CommandLine.HelpCommand.class})
final class LessonsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Reads a lessons folder the way the app does: a teacher's folder together with the bundled lessons, so
     * prerequisites may name bundled lessons and ids must not clash with them. The assets folder is the
     * bundled one unless given.
     */
    static LessonLibrary load(Path folder, Path assets) {
        AppDirectories dirs = AppDirectories.detect();
        Path a = assets != null ? assets : dirs.assets();
        LessonParser parser = new LessonParser(new LessonPaths(a == null ? null : a.toAbsolutePath()),
                new LessonStepValidator());
        Path mine = folder.toAbsolutePath().normalize();
        Path bundled = dirs.lessons() == null ? null : dirs.lessons().toAbsolutePath().normalize();
        if (bundled == null || bundled.equals(mine)) {
            return LessonLibrary.load(parser, List.of(mine));
        }
        return LessonLibrary.load(parser, List.of(bundled, mine));
    }

    /** The lessons of {@code library} read from {@code folder}. */
    static List<ParsedLesson> in(LessonLibrary library, Path folder) {
        Path mine = folder.toAbsolutePath().normalize();
        return library.lessons().stream().filter(p -> mine.equals(p.file().toAbsolutePath().normalize().getParent()))
                .toList();
    }

    /** {@code gatelab lessons check [DIR]}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks every lesson in a folder as the app would read it: the front matter, every "
                    + "scene key and value, referenced images and models, and every check (each step's scene is "
                    + "run through the engine).",
                    "Prints file:line: message for each problem; exits with 1 if there are any.",
                    "Warns (without changing the exit code) when more than 40% of the choice answers of a lesson, or "
                            + "of the whole folder, sit at one authored position."})
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
                description = "the lessons folder (default: the bundled lessons)")
        Path folder;

        @CommandLine.Option(names = "--assets", paramLabel = "DIR",
                description = "the assets folder that assets/... paths name (default: the bundled assets)")
        Path assets;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path dir = folder != null ? folder : AppDirectories.detect().lessons();
            if (dir == null) {
                err.println("lessons check: the bundled lessons folder was not found; name a folder");
                return 2;
            }
            if (!Files.isDirectory(dir)) {
                err.println("lessons check: " + dir + ": no such folder");
                return 2;
            }
            if (assets != null && !Files.isDirectory(assets)) {
                err.println("lessons check: " + assets + ": no such folder");
                return 2;
            }
            List<ParsedLesson> lessons = in(load(dir, assets), dir);
            List<LessonProblem> problems = lessons.stream().flatMap(p -> p.problems().stream()).toList();
            for (LessonProblem p : problems) {
                out.println(p);
            }
            int ok = 0;
            int checks = 0;
            for (ParsedLesson p : lessons) {
                if (p.ok()) {
                    ok++;
                    checks += p.lesson().checkCount();
                }
            }
            int warnings = warnPiles(out, lessons, dir);
            int broken = lessons.size() - ok;
            out.printf("%d lesson%s, %d with problems (%d problem%s); %d check%s in the sound lessons%s%n",
                    lessons.size(), lessons.size() == 1 ? "" : "s", broken, problems.size(),
                    problems.size() == 1 ? "" : "s", checks, checks == 1 ? "" : "s",
                    warnings == 0 ? "" : "; " + warnings + (warnings == 1 ? " warning" : " warnings"));
            out.flush();
            return problems.isEmpty() ? 0 : 1;
        }

        /** Warns about choice answers piled onto one position, per sound lesson and over them all; returns how many. */
        private static int warnPiles(PrintWriter out, List<ParsedLesson> lessons, Path dir) {
            int warnings = 0;
            int sound = 0;
            List<org.gatelab.lesson.Check.Choice> all = new ArrayList<>();
            for (ParsedLesson p : lessons) {
                if (!p.ok()) {
                    continue;
                }
                sound++;
                List<org.gatelab.lesson.Check.Choice> choices = AnswerPositions.choices(p.lesson());
                all.addAll(choices);
                AnswerPositions.Pile pile = AnswerPositions.pile(choices);
                if (pile != null) {
                    out.println("warning: " + p.name() + ": " + pile.message());
                    warnings++;
                }
            }
            AnswerPositions.Pile pile = AnswerPositions.pile(all);
            if (pile != null && sound > 1) {
                out.println("warning: " + dir + " (all lessons): " + pile.message());
                warnings++;
            }
            return warnings;
        }
    }
}
