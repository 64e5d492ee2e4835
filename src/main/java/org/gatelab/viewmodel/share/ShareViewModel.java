package org.gatelab.viewmodel.share;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gatelab.io.AtomicFiles;
import org.gatelab.io.InputFileException;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.Scene;
import org.gatelab.lesson.SceneLinks;
import org.gatelab.lesson.SceneTab;
import org.gatelab.lesson.SceneWriter;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.lesson.SceneApplier;
import org.gatelab.viewmodel.lesson.Seq2SeqScenes;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.ViewKind;

/**
 * Scenes to share, one file or link away from a colleague: the current state of the workspace and the training lab
 * as a scene (the lesson {@code scene} syntax: {@link #capture}), written to a {@code .gatelab} file atomically
 * ({@link #save}), and a scene opened from a file, a link or text and set up exactly as a lesson step is
 * ({@link #open}, {@link #openText}, {@link #openArgument}). A scene is checked as a lesson step's is before
 * anything changes; a broken or hostile scene changes nothing: the notice names the file, the line and the
 * problem. A scene that would set the training lab up while it trains is refused (the run would be lost).
 *
 * <p>Threads: every method is called on the FX thread (in tests, on the test's thread); files are read and
 * written through the {@link TaskRunner}.
 */
public final class ShareViewModel {
    /** The extension of scene files. */
    public static final String EXTENSION = ".gatelab";

    /**
     * What a scene just opened asks of the window: the tab to show and the workspace's views. A new object for
     * each scene opened, so the window reacts to the same request twice.
     *
     * @param tab   the part of the app to show
     * @param views the workspace's views to show; empty for all of them
     */
    public record Opened(SceneTab tab, List<ViewKind> views) {
        public Opened {
            views = List.copyOf(views);
        }
    }

    /**
     * The outcome of the last action, for a line under the window's corner.
     *
     * @param text    a sentence; empty for none
     * @param problem true when the action failed
     */
    public record Notice(String text, boolean problem) {
        public static final Notice NONE = new Notice("", false);
    }

    /**
     * A scene captured from the window.
     *
     * @param text    the lines of the scene block
     * @param link    the same scene as a {@code gatelab:} link
     * @param leftOut what the scene could not hold, in words
     */
    public record Captured(Scene scene, String text, String link, List<String> leftOut) {
        public Captured {
            leftOut = List.copyOf(leftOut);
        }
    }

    private final WorkspaceViewModel workspace;
    private final TrainingLabViewModel training;
    private final TaskRunner runner;
    private final LessonPaths paths;
    private final SceneApplier applier;
    private Seq2SeqScenes seq2seq;
    private final ReadOnlyObjectWrapper<Opened> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);

    /**
     * @param paths where a scene's {@code assets/...} paths point (a scene file's own relative paths resolve in its
     *              folder)
     */
    public ShareViewModel(WorkspaceViewModel workspace, TrainingLabViewModel training, TaskRunner runner,
                          LessonPaths paths) {
        this.workspace = workspace;
        this.training = training;
        this.runner = runner;
        this.paths = paths;
        this.applier = new SceneApplier(workspace, training, runner);
    }

    /** Lets an opened scene set up the Sequence-to-sequence tab too, and a captured one hold its settings. */
    public void setUp(Seq2SeqScenes tab) {
        applier.add(tab);
        seq2seq = tab;
    }

    /** The last scene opened (the window shows its tab and views), or null. */
    public ReadOnlyObjectProperty<Opened> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * The window's state as a scene.
     *
     * @param tab   the part of the app shown
     * @param views the workspace's views on screen
     */
    public Captured capture(SceneTab tab, List<ViewKind> views) {
        SceneCapture c = SceneCapture.of(workspace, training, tab, views,
                seq2seq == null ? Map.of() : seq2seq.currentKeys());
        return new Captured(c.scene(), SceneWriter.text(c.scene()), SceneLinks.link(c.scene()), c.leftOut());
    }

    /** The scene's text, for the clipboard; the notice says it was copied and what was left out. */
    public String copy(SceneTab tab, List<ViewKind> views) {
        Captured c = capture(tab, views);
        notice.set(new Notice("Copied the scene: paste it into a lesson's scene block, a message or Scene > Paste."
                + leftOut(c), false));
        return c.text();
    }

    /** The scene as a {@code gatelab:} link, for the clipboard. */
    public String copyLink(SceneTab tab, List<ViewKind> views) {
        Captured c = capture(tab, views);
        notice.set(new Notice("Copied the scene as a gatelab: link; a click on it opens GateLab on this scene where "
                + "the app is installed." + leftOut(c), false));
        return c.link();
    }

    private static String leftOut(Captured c) {
        return c.leftOut().isEmpty() ? "" : " Not in the scene: " + String.join("; ", c.leftOut()) + ".";
    }

    /** Writes the scene to {@code file} atomically (the old file stays if anything fails). */
    public void save(Path file, SceneTab tab, List<ViewKind> views) {
        Captured c = capture(tab, views);
        String text = SceneWriter.HEADER + "\n" + c.text();
        runner.run(() -> {
            AtomicFiles.writeString(file, text);
            return file;
        }, f -> notice.set(new Notice("Saved the scene to " + f.getFileName() + "." + leftOut(c), false)),
                e -> notice.set(new Notice("Could not save the scene: " + message(e), true)));
    }

    /**
     * Opens a scene file: read off the FX thread, then set up. A file that is not a sound scene changes nothing;
     * the notice names it and its problems.
     */
    public void open(Path file) {
        runner.run(() -> read(file), scene -> apply(scene, String.valueOf(file.getFileName())),
                e -> notice.set(new Notice(message(e), true)));
    }

    /**
     * Opens a scene from text: the lines of a scene block (pasted, dropped) or a {@code gatelab:} link.
     *
     * @param source names the text in messages, e.g. "the clipboard"
     */
    public void openText(String text, String source) {
        runner.run(() -> parse(text, source), scene -> apply(scene, source),
                e -> notice.set(new Notice(message(e), true)));
    }

    /**
     * Opens what the app was started with ({@code gatelab open FILE}, the desktop's file or link): a
     * {@code gatelab:} link or the path of a scene file.
     */
    public void openArgument(String argument) {
        if (SceneLinks.isLink(argument)) {
            openText(argument, "the link");
        } else {
            open(Path.of(argument));
        }
    }

    private Scene read(Path file) throws IOException {
        return SceneReader.read(file, paths);
    }

    private Scene parse(String text, String source) throws InputFileException {
        return SceneReader.parse(text, source, paths);
    }

    /** Sets the scene up as a lesson step's: workspace, selection, timestep, lab; then the tab and the views. */
    private void apply(Scene scene, String name) {
        if (!scene.lab().isEmpty() && training.lockedProperty().get()) {
            // setting the lab up would throw the live run away
            notice.set(new Notice(name + " sets the training lab up, which is training now: stop the run with "
                    + "↺ Reset first (or save its model). Nothing was changed.", true));
            return;
        }
        List<String> problems = new ArrayList<>();
        applier.apply(scene, scene, true, problems::add);
        opened.set(new Opened(scene.open() == null ? SceneTab.WORKSPACE : scene.open(),
                scene.views() == null ? List.of() : scene.views()));
        notice.set(problems.isEmpty() ? new Notice("Opened the scene " + name + ".", false)
                : new Notice("Opened the scene " + name + ", but: " + String.join(" ", problems), true));
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
