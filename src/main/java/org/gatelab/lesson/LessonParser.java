package org.gatelab.lesson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Reads one lesson file: the front matter between {@code ---} lines, then steps, each starting at a level-2
 * heading ({@code ## Title}). Fenced {@code scene} and {@code check} blocks are taken out of a step's text and
 * read; images must be files inside the lesson's folder or {@code assets/}. Every problem is collected with
 * its line, so an author sees all of them at once.
 */
public final class LessonParser {
    /** Largest lesson file read. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Most steps in one lesson. */
    public static final int MAX_STEPS = 60;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final List<String> FRONT_KEYS = List.of("id", "title", "summary", "level", "minutes",
            "prerequisites");
    private static final Parser MARKDOWN = Parser.builder().build();

    private final LessonPaths paths;
    private final StepValidator validator;

    public LessonParser(LessonPaths paths, StepValidator validator) {
        this.paths = paths;
        this.validator = validator;
    }

    /** Reads {@code file}; {@code name} is how messages name it (e.g. relative to the lessons folder). */
    public ParsedLesson read(Path file, String name) {
        List<LessonProblem> problems = new ArrayList<>();
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(new LessonProblem(name, 0, String.format("%,d bytes is too large for a lesson (at most "
                        + "%,d)", size, MAX_BYTES)));
                return new ParsedLesson(file, name, name, null, problems);
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(new LessonProblem(name, 0, "not UTF-8 text; save the lesson as UTF-8"));
            return new ParsedLesson(file, name, name, null, problems);
        } catch (IOException e) {
            problems.add(new LessonProblem(name, 0, "cannot read: " + e.getMessage()));
            return new ParsedLesson(file, name, name, null, problems);
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(text, file, name, folder);
    }

    /** Parses lesson text; paths resolve in {@code folder}. */
    public ParsedLesson parse(String text, Path file, String name, Path folder) {
        List<LessonProblem> problems = new ArrayList<>();
        Values values = new Values(name, problems);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        int bodyStart = 0;
        Map<String, BlockEntry> front = Map.of();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(new LessonProblem(name, 1, "a lesson starts with a front matter: a \"---\" line, then id, "
                    + "title, summary, level, minutes and prerequisites, then \"---\""));
        } else {
            int end = -1;
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                problems.add(new LessonProblem(name, 1, "the front matter has no closing \"---\" line"));
                bodyStart = lines.size();
            } else {
                BlockParser.Result r = BlockParser.parse(lines.subList(1, end), 2, name);
                problems.addAll(r.problems());
                front = r.entries();
                bodyStart = end + 1;
            }
        }
        FrontMatter meta = frontMatter(front, values, name);

        // split the body into the introduction and the steps
        StringBuilder introduction = new StringBuilder();
        List<Integer> introLines = new ArrayList<>();
        List<StepDraft> drafts = new ArrayList<>();
        StepDraft current = null;
        boolean inFence = false;
        String fenceKind = null;
        int fenceLine = 0;
        List<String> fenceLines = new ArrayList<>();
        String fenceMarker = null;
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            String stripped = line.strip();
            if (!inFence && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                inFence = true;
                fenceMarker = stripped.substring(0, 3);
                fenceKind = stripped.substring(3).strip();
                fenceLine = lineNo;
                fenceLines = new ArrayList<>();
                if (!fenceKind.equals("scene") && !fenceKind.equals("check")) {
                    append(current, introduction, introLines, line, lineNo);
                }
                continue;
            }
            if (inFence) {
                if (stripped.equals(fenceMarker) || stripped.startsWith(fenceMarker) && stripped.replace(
                        fenceMarker.substring(0, 1), "").isEmpty()) {
                    inFence = false;
                    if (fenceKind.equals("scene") || fenceKind.equals("check")) {
                        if (current == null) {
                            problems.add(new LessonProblem(name, fenceLine, "a " + fenceKind + " block must be inside "
                                    + "a step (after a \"## \" heading)"));
                        } else {
                            current.blocks.add(new Block(fenceKind, fenceLine, fenceLines));
                        }
                    } else {
                        append(current, introduction, introLines, line, lineNo);
                    }
                    continue;
                }
                if (fenceKind.equals("scene") || fenceKind.equals("check")) {
                    fenceLines.add(line);
                } else {
                    append(current, introduction, introLines, line, lineNo);
                }
                continue;
            }
            if (line.startsWith("## ")) {
                String title = line.substring(3).strip();
                if (title.isEmpty()) {
                    problems.add(new LessonProblem(name, lineNo, "a step heading needs a title"));
                }
                current = new StepDraft(title, lineNo);
                drafts.add(current);
                continue;
            }
            if (line.startsWith("# ") && current != null) {
                problems.add(new LessonProblem(name, lineNo, "use \"## \" for steps and \"### \" inside a step; "
                        + "the lesson's title comes from the front matter"));
            }
            append(current, introduction, introLines, line, lineNo);
        }
        if (inFence) {
            problems.add(new LessonProblem(name, fenceLine, "this ``` block is never closed"));
        }
        if (drafts.isEmpty()) {
            problems.add(new LessonProblem(name, Math.max(1, bodyStart), "a lesson needs at least one step: a "
                    + "\"## Title\" heading"));
        }
        if (drafts.size() > MAX_STEPS) {
            problems.add(new LessonProblem(name, drafts.get(MAX_STEPS).line, "too many steps (at most " + MAX_STEPS
                    + ")"));
        }

        List<Step> steps = new ArrayList<>();
        checkImages(introduction.toString(), lines, bodyStart, folder, values);
        checkText(introduction.toString(), introLines, Math.max(1, bodyStart), values);
        Scene effective = Scene.empty();
        for (StepDraft d : drafts) {
            Scene scene = Scene.empty();
            List<Check> checks = new ArrayList<>();
            List<Integer> checkLines = new ArrayList<>();
            Map<String, BlockEntry> sceneEntries = Map.of();
            int sceneLine = d.line;
            for (Block b : d.blocks) {
                BlockParser.Result r = BlockParser.parse(b.lines, b.line + 1, name);
                problems.addAll(r.problems());
                if (b.kind.equals("scene")) {
                    if (!sceneEntries.isEmpty()) {
                        problems.add(new LessonProblem(name, b.line, "a step has at most one scene block"));
                        continue;
                    }
                    sceneEntries = r.entries();
                    sceneLine = b.line;
                    scene = new SceneParser(values, paths, folder).parse(r.entries());
                } else {
                    checkCheckText(r.entries(), values);
                    Check c = new CheckParser(values).parse(r.entries(), b.line);
                    if (c != null) {
                        checks.add(c);
                        checkLines.add(b.line);
                    }
                }
            }
            checkImages(d.text.toString(), lines, d.line, folder, values);
            checkText(d.text.toString(), d.lines, d.line, values);
            Step step = new Step(d.title, d.line, d.text.toString().strip(), scene, checks);
            effective = scene.over(effective);
            for (StepValidator.Finding f : validator.validate(effective, step)) {
                int at = f.checkIndex() >= 0 && f.checkIndex() < checkLines.size() ? checkLines.get(f.checkIndex())
                        : f.key() != null && sceneEntries.containsKey(f.key()) ? sceneEntries.get(f.key()).line()
                        : sceneLine;
                problems.add(new LessonProblem(name, at, f.message()));
            }
            steps.add(step);
        }
        problems.sort(java.util.Comparator.comparingInt(LessonProblem::line));
        String title = meta.title != null ? meta.title : name;
        if (!problems.isEmpty() || !meta.complete()) {
            return new ParsedLesson(file, name, title, null, problems);
        }
        Lesson lesson = new Lesson(file, meta.id, meta.title, meta.summary, meta.level, meta.minutes,
                meta.prerequisites, introduction.toString().strip(), steps);
        return new ParsedLesson(file, name, title, lesson, problems);
    }

    /** Adds a line of prose to the step (or the introduction) and remembers which line of the file it was. */
    private static void append(StepDraft current, StringBuilder introduction, List<Integer> introLines, String line,
                               int lineNo) {
        (current == null ? introduction : current.text).append(line).append('\n');
        (current == null ? introLines : current.lines).add(lineNo);
    }

    /** The maths and glossary links of a text cut from the file, each problem at its line. */
    private static void checkText(String markdown, List<Integer> fileLines, int fallbackLine, Values values) {
        TextChecks.check(markdown, k -> k < fileLines.size() ? fileLines.get(k) : fallbackLine,
                Glossary.bundled().ids(), values::problem);
    }

    /**
     * The maths and glossary links of a check's texts (question, options, feedback, explanation), which the player
     * shows as lesson Markdown too; a problem is reported at the line of its key.
     */
    private static void checkCheckText(Map<String, BlockEntry> entries, Values values) {
        for (String key : List.of("question", "options", "feedback", "explain")) {
            BlockEntry e = entries.get(key);
            if (e == null) {
                continue;
            }
            for (String text : e.list() ? e.items() : List.of(e.value())) {
                TextChecks.check(text, k -> e.line(), Glossary.bundled().ids(), values::problem);
            }
        }
    }

    /** Refuses images outside the lesson's folder and assets; {@code from} is the 0-based line to search from. */
    private void checkImages(String markdown, List<String> lines, int from, Path folder, Values values) {
        if (markdown.isBlank()) {
            return;
        }
        Node doc = MARKDOWN.parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                try {
                    paths.resolve(image.getDestination(), folder);
                } catch (LessonPaths.RefusedPath e) {
                    values.problem(lineOf(lines, from, image.getDestination()), "image: " + e.getMessage());
                }
            }
        });
    }

    private static int lineOf(List<String> lines, int from, String needle) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return from + 1;
    }

    // ---- front matter --------------------------------------------------------------------------------------

    private static final class FrontMatter {
        String id;
        String title;
        String summary;
        Level level;
        int minutes = -1;
        List<String> prerequisites = List.of();

        boolean complete() {
            return id != null && title != null && summary != null && level != null && minutes > 0;
        }
    }

    private static FrontMatter frontMatter(Map<String, BlockEntry> entries, Values values, String name) {
        FrontMatter m = new FrontMatter();
        for (BlockEntry e : entries.values()) {
            switch (e.key()) {
                case "id" -> {
                    String t = values.text(e);
                    if (t != null && !ID.matcher(t).matches()) {
                        values.problem(e, "\"id\" must be lower-case letters, digits and -, e.g. 04-lstm; got \""
                                + BlockParser.shorten(t) + "\"");
                    } else {
                        m.id = t;
                    }
                }
                case "title" -> m.title = values.text(e);
                case "summary" -> m.summary = values.text(e);
                case "level" -> {
                    String t = values.text(e);
                    if (t != null) {
                        m.level = Level.byId(t);
                        if (m.level == null) {
                            values.problem(e, "\"level\" must be beginner, intermediate or advanced, got \""
                                    + BlockParser.shorten(t) + "\"");
                        }
                    }
                }
                case "minutes" -> {
                    Integer v = values.integer(e, 1, 240);
                    if (v != null) {
                        m.minutes = v;
                    }
                }
                case "prerequisites" -> {
                    List<String> ids = values.list(e);
                    for (String id : ids) {
                        if (!ID.matcher(id).matches()) {
                            values.problem(e, "prerequisite \"" + BlockParser.shorten(id) + "\" is not a lesson id");
                        }
                    }
                    m.prerequisites = ids;
                }
                default -> {
                    String hint = Values.suggest(e.key(), FRONT_KEYS);
                    values.problem(e, "unknown front matter key \"" + e.key() + "\"" + (hint == null
                            ? " (known: " + String.join(", ", FRONT_KEYS) + ")" : " (did you mean " + hint + "?)"));
                }
            }
        }
        for (String k : List.of("id", "title", "summary", "level", "minutes")) {
            if (!entries.containsKey(k)) {
                values.problem(1, "the front matter needs \"" + k + "\"");
            }
        }
        return m;
    }

    private record Block(String kind, int line, List<String> lines) {
    }

    private static final class StepDraft {
        final String title;
        final int line;
        final StringBuilder text = new StringBuilder();
        /** The file's line of each line of {@link #text}. */
        final List<Integer> lines = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();

        StepDraft(String title, int line) {
            this.title = title;
            this.line = line;
        }
    }
}
