package org.gatelab.lesson;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All lessons of one or more folders (the bundled course, then a teacher's own), read and cross-checked:
 * ids must be unique and prerequisites must exist. A broken lesson stays in the list with its problems, so
 * the app can show it as an error card while the others keep working.
 */
public final class LessonLibrary {
    /** Most lesson files read from one folder. */
    public static final int MAX_FILES = 500;

    private final List<ParsedLesson> lessons;

    private LessonLibrary(List<ParsedLesson> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    /** The lessons in file-name order per folder, folders in the order given. */
    public List<ParsedLesson> lessons() {
        return lessons;
    }

    /** The sound lesson with this id, or null. */
    public Lesson byId(String id) {
        for (ParsedLesson p : lessons) {
            if (p.ok() && p.lesson().id().equals(id)) {
                return p.lesson();
            }
        }
        return null;
    }

    /** Every problem of every lesson, in order. */
    public List<LessonProblem> problems() {
        List<LessonProblem> all = new ArrayList<>();
        for (ParsedLesson p : lessons) {
            all.addAll(p.problems());
        }
        return all;
    }

    /**
     * Reads every {@code *.md} file (except README.md) directly in each folder; missing folders are skipped.
     *
     * @param folders the folders, e.g. the bundled lessons and the user's lessons folder
     */
    public static LessonLibrary load(LessonParser parser, List<Path> folders) {
        List<ParsedLesson> all = new ArrayList<>();
        for (Path folder : folders) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            for (Path file : lessonFiles(folder)) {
                String name = folder.getFileName() == null ? file.getFileName().toString()
                        : folder.getFileName() + "/" + file.getFileName();
                all.add(parser.read(file, name));
            }
        }
        return new LessonLibrary(crossCheck(all));
    }

    /** The lesson files directly in {@code folder}, by name. */
    public static List<Path> lessonFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.md")) {
            for (Path p : dir) {
                String n = p.getFileName().toString();
                if (n.equalsIgnoreCase("README.md") || n.startsWith(".") || !Files.isRegularFile(p)) {
                    continue;
                }
                files.add(p);
                if (files.size() >= MAX_FILES) {
                    break;
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)));
        return files;
    }

    private static List<ParsedLesson> crossCheck(List<ParsedLesson> all) {
        Map<String, ParsedLesson> byId = new HashMap<>();
        List<ParsedLesson> out = new ArrayList<>();
        for (ParsedLesson p : all) {
            if (p.ok() && byId.containsKey(p.lesson().id())) {
                out.add(withProblem(p, "id \"" + p.lesson().id() + "\" is already used by "
                        + byId.get(p.lesson().id()).name()));
                continue;
            }
            if (p.ok()) {
                byId.put(p.lesson().id(), p);
            }
            out.add(p);
        }
        List<ParsedLesson> checked = new ArrayList<>();
        for (ParsedLesson p : out) {
            ParsedLesson q = p;
            if (p.ok()) {
                for (String pre : p.lesson().prerequisites()) {
                    if (!byId.containsKey(pre)) {
                        q = withProblem(q.ok() ? q : p, "prerequisite \"" + pre + "\" is not a lesson here");
                    }
                }
            }
            checked.add(q);
        }
        return checked;
    }

    private static ParsedLesson withProblem(ParsedLesson p, String message) {
        List<LessonProblem> problems = new ArrayList<>(p.problems());
        problems.add(new LessonProblem(p.name(), 0, message));
        return new ParsedLesson(p.file(), p.name(), p.title(), null, problems);
    }
}
