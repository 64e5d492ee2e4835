package org.gatelab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;


import org.gatelab.export.ExportFormat;
import org.gatelab.export.ExportRequest;
import org.gatelab.export.ExportSource;
import org.gatelab.export.ExportSubject;
import org.gatelab.export.ExportTheme;
import org.gatelab.export.PdfPage;
import org.gatelab.export.ViewExporter;
import org.gatelab.export.ViewOptions;
import org.gatelab.io.AppDirectories;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonLibrary;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.LessonProblem;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.lesson.Scene;
import org.gatelab.lesson.SceneFiles;
import org.gatelab.viewmodel.export.ExportSources;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import org.gatelab.viewmodel.lesson.SceneComputation;



import org.gatelab.viewmodel.workspace.WorkspaceResult;

import org.gatelab.vocabulary.ViewKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gatelab export}: renders every step's scene of a lesson (or one scene file) to PNG, SVG or PDF without
 * opening a window, so a slide deck can be rebuilt from the command line.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders every step of a lesson (or one scene file) to PNG, SVG or PDF, without a window.",
                "Each step exports the views its scene shows (all four panels as one workspace picture when it "
                        + "names none); --view chooses instead. PDF: one file per lesson, one page per view."})
final class ExportCommand implements Callable<Integer> {
    @CommandLine.ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--lesson", paramLabel = "ID|FILE", description = "a lesson id (e.g. 04-lstm) or a lesson file")
        String lesson;

        @Option(names = "--scene", paramLabel = "FILE", description = "a scene file: the lines of a scene block")
        Path scene;
    }

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder for the files (created "
            + "if missing)")
    Path out;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "png",
            description = "png, svg or pdf (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG pixels per point, 1 to 4 (default: ${DEFAULT-VALUE}); 2 or 4 for sharp slides")
    int scale;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "light or dark (default: ${DEFAULT-VALUE})")
    String theme;

    @Option(names = "--palette", paramLabel = "PALETTE", defaultValue = "default",
            description = "default, or safe: line colours that stay apart for viewers with protanopia, "
                    + "deuteranopia or tritanopia (default: ${DEFAULT-VALUE})")
    String palette;

    @Option(names = "--view", paramLabel = "VIEW", split = ",",
            description = "views to export instead of each step's: diagram, equations, activations, gradients, "
                    + "gradient-flow, connectivity, unrolled (the network unrolled in time), whh (W_hh and its "
                    + "eigenvalues), workspace")
    List<String> views;

    @Option(names = "--transparent", description = "PNG and SVG without a background")
    boolean transparent;

    @Option(names = "--lessons", paramLabel = "DIR", description = "where --lesson ids are looked up (default: the "
            + "bundled lessons)")
    Path lessonsFolder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One picture to make: a step's (or the scene's) run, a view, and the file stem. */
    private record Job(Scene scene, ExportSubject view, String stem) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat fmt = ExportFormat.parse(format);
        ExportTheme th = theme(spec.commandLine(), theme, palette);
        if (scale < 1 || scale > 4) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be 1, 2, 3 or 4, got " + scale);
        }
        List<ExportSubject> chosen = null;
        if (views != null) {
            chosen = new ArrayList<>();
            for (String v : views) {
                chosen.add(ExportSubject.parse(v));
            }
        }
        AppDirectories dirs = AppDirectories.detect();
        LessonPaths paths = new LessonPaths(dirs.assets());
        List<Job> jobs = new ArrayList<>();
        String title;
        String base;
        if (source.scene != null) {
            SceneFiles.Result r = SceneFiles.read(source.scene, paths);
            if (r.scene() == null) {
                r.problems().forEach(p -> err.println(p));
                return 1;
            }
            base = stem(source.scene.getFileName().toString());
            title = "GateLab · " + base;
            for (ExportSubject v : viewsOf(r.scene(), chosen)) {
                jobs.add(new Job(r.scene(), v, base + "-" + v.key()));
            }
        } else {
            Lesson lesson = lesson(paths, dirs, err);
            if (lesson == null) {
                return 1;
            }
            base = lesson.id();
            title = "GateLab · " + lesson.title();
            for (int i = 0; i < lesson.steps().size(); i++) {
                Scene scene = lesson.effectiveScene(i);
                for (ExportSubject v : viewsOf(scene, chosen)) {
                    jobs.add(new Job(scene, v, String.format(Locale.ROOT, "%s-step%02d-%s", base, i + 1, v.key())));
                }
            }
        }
        Files.createDirectories(out);
        List<PdfPage> pages = new ArrayList<>();
        Scene computedFor = null;
        ExportSource src = null;
        for (Job job : jobs) {
            if (!job.scene().equals(computedFor)) {
                boolean overlay = !Boolean.FALSE.equals(job.scene().overlay());
                WorkspaceResult result = SceneComputation.compute(job.scene(), overlay);
                src = jobs.stream().anyMatch(j -> j.view() == ExportSubject.WEIGHTS)
                        ? ExportSources.withWeights(result) : ExportSources.of(result);
                computedFor = job.scene();
            }
            ExportRequest req = request(job, fmt, th, src);
            if (fmt == ExportFormat.PDF) {
                pages.add(new PdfPage(src, req));
                continue;
            }
            Path file = out.resolve(job.stem() + "." + fmt.extension());
            ViewExporter.export(src, req, file);
            outWriter.println(file);
        }
        if (fmt == ExportFormat.PDF) {
            Path file = out.resolve(base + ".pdf");
            ViewExporter.exportPdfPages(pages, title, file);
            outWriter.println(file + " (" + pages.size() + " page" + (pages.size() == 1 ? "" : "s") + ")");
        }
        outWriter.flush();
        return 0;
    }

    /** {@code --theme} and {@code --palette} together; a wrong value names its flag. */
    static ExportTheme theme(CommandLine cl, String theme, String palette) {
        String t = theme.trim().toLowerCase(java.util.Locale.ROOT);
        if (!t.equals("light") && !t.equals("dark")) {
            throw new CommandLine.ParameterException(cl, "--theme must be light or dark, got \"" + theme + "\"");
        }
        String p = palette.trim().toLowerCase(java.util.Locale.ROOT);
        if (!p.equals("default") && !p.equals("safe")) {
            throw new CommandLine.ParameterException(cl, "--palette must be default or safe, got \"" + palette
                    + "\"");
        }
        return ExportTheme.of(t.equals("dark"), p.equals("safe"));
    }

    private ExportRequest request(Job job, ExportFormat fmt, ExportTheme th, ExportSource src) {
        Scene s = job.scene();
        int length = src.trace().length();
        ExportRequest req = ExportRequest.of(job.view(), fmt).withScale(scale).withTheme(th)
                .withTransparent(transparent && fmt != ExportFormat.PDF)
                .withStep(Math.min(length - 1, s.step() == null ? 0 : s.step()))
                .withUnit(Math.min(src.trace().hiddenSize() - 1, s.unit() == null ? 0 : s.unit()))
                .withLayer(Math.min(src.trace().layerCount() - 1, s.layer() == null ? 0 : s.layer()))
                .withOptions(ViewOptions.DEFAULT.withOverlay(!Boolean.FALSE.equals(s.overlay())
                        && !src.comparison().isEmpty()));
        if (s.highlight() != null) {
            req = req.withHighlightedGate(s.highlight());
        }
        return req;
    }

    /** The views a scene shows as export views; the whole workspace when it names none. */
    private static List<ExportSubject> viewsOf(Scene scene, List<ExportSubject> chosen) {
        if (chosen != null) {
            return chosen;
        }
        if (scene.views() == null || scene.views().isEmpty()) {
            return List.of(ExportSubject.WORKSPACE);
        }
        List<ExportSubject> out = new ArrayList<>();
        for (ViewKind v : scene.views()) {
            out.add(switch (v) {
                case DIAGRAM -> ExportSubject.DIAGRAM;
                case EQUATIONS -> ExportSubject.EQUATIONS;
                case ACTIVATIONS -> ExportSubject.ACTIVATIONS;
                case GRADIENT_HEATMAP -> ExportSubject.GRADIENT_HEATMAP;
                case GRADIENT_FLOW -> ExportSubject.GRADIENT_FLOW;
                case CONNECTIVITY -> ExportSubject.CONNECTIVITY;
                case UNROLLED -> ExportSubject.UNROLLED;
                case WHH -> ExportSubject.WEIGHTS;
            });
        }
        return out;
    }

    private Lesson lesson(LessonPaths paths, AppDirectories dirs, PrintWriter err) {
        LessonParser parser = new LessonParser(paths, new LessonStepValidator());
        Path asFile = Path.of(source.lesson);
        ParsedLesson parsed;
        if (source.lesson.endsWith(".md") || Files.isRegularFile(asFile)) {
            if (!Files.isRegularFile(asFile)) {
                throw new CommandLine.ParameterException(spec.commandLine(), source.lesson + ": no such file");
            }
            parsed = parser.read(asFile, String.valueOf(asFile.getFileName()));
        } else {
            Path folder = lessonsFolder != null ? lessonsFolder : dirs.lessons();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the lessons folder was not found; "
                        + "use --lessons DIR or give a lesson file");
            }
            LessonLibrary library = LessonLibrary.load(parser, List.of(folder));
            parsed = library.lessons().stream().filter(p -> p.ok() && p.lesson().id().equals(source.lesson)
                    || p.file().getFileName().toString().equals(source.lesson + ".md")).findFirst().orElse(null);
            if (parsed == null) {
                List<String> ids = library.lessons().stream().filter(ParsedLesson::ok).map(p -> p.lesson().id())
                        .toList();
                throw new CommandLine.ParameterException(spec.commandLine(), "no lesson \"" + source.lesson
                        + "\" in " + folder + " (lessons: " + String.join(", ", ids) + ")");
            }
        }
        if (!parsed.ok()) {
            for (LessonProblem p : parsed.problems()) {
                err.println(p);
            }
            return null;
        }
        return parsed.lesson();
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
