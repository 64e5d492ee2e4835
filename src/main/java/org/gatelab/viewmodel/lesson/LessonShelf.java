package org.gatelab.viewmodel.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonLibrary;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.viewmodel.TaskRunner;

/**
 * The lessons on offer: the bundled course and the teacher's own folder, read off the FX thread and read
 * again when a file in either folder is added, changed or removed ({@link #reloadIfChanged()}).
 */
public final class LessonShelf {
    private final LessonParser parser;
    private final List<Path> folders;
    private final Path userFolder;
    private final TaskRunner runner;
    private final ObservableList<ParsedLesson> lessons = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on it lasts as long as the shelf (the view listens weakly). */
    private final ObservableList<ParsedLesson> readOnlyLessons = FXCollections.unmodifiableObservableList(lessons);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private String signature = "";
    private Runnable onReload = () -> { };

    /**
     * @param bundled    the bundled lessons folder (may be null if not found)
     * @param userFolder the teacher's lessons folder (created when first opened)
     */
    public LessonShelf(LessonParser parser, Path bundled, Path userFolder, TaskRunner runner) {
        this.parser = parser;
        this.userFolder = userFolder;
        this.runner = runner;
        List<Path> f = new ArrayList<>();
        if (bundled != null) {
            f.add(bundled);
        }
        if (userFolder != null) {
            f.add(userFolder);
        }
        this.folders = List.copyOf(f);
    }

    /** Every lesson read, sound or broken, bundled first. */
    public ObservableList<ParsedLesson> lessons() {
        return readOnlyLessons;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The teacher's lessons folder. */
    public Path userFolder() {
        return userFolder;
    }

    /** Creates the teacher's folder if needed (so it can be opened) and returns it. */
    public Path ensureUserFolder() throws IOException {
        Files.createDirectories(userFolder);
        return userFolder;
    }

    void setOnReload(Runnable r) {
        onReload = r;
    }

    /** The sound lesson read from {@code file}, or null. */
    public Lesson byFile(Path file) {
        for (ParsedLesson p : lessons) {
            if (p.ok() && p.file().equals(file)) {
                return p.lesson();
            }
        }
        return null;
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

    /** Reads every lesson again. */
    public void reload() {
        loading.set(true);
        runner.run(() -> {
            String sig = signature();
            return new Read(sig, LessonLibrary.load(parser, folders));
        }, read -> {
            loading.set(false);
            signature = read.signature;
            lessons.setAll(read.library.lessons());
            onReload.run();
        }, e -> loading.set(false));
    }

    /** Reads the lessons again if a file in the folders was added, changed or removed since the last read. */
    public void reloadIfChanged() {
        if (loading.get()) {
            return;
        }
        runner.run(this::signature, sig -> {
            if (!sig.equals(signature)) {
                reload();
            }
        }, e -> { });
    }

    private record Read(String signature, LessonLibrary library) {
    }

    /** Names, sizes and modification times of the lesson files: cheap to compute, changes with any edit. */
    private String signature() {
        StringBuilder b = new StringBuilder();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            for (Path file : LessonLibrary.lessonFiles(folder)) {
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    b.append(file).append('|').append(a.size()).append('|').append(a.lastModifiedTime()).append('\n');
                } catch (IOException e) {
                    b.append(file).append("|?\n");
                }
            }
        }
        return b.toString();
    }
}
