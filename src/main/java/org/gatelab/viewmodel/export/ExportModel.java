package org.gatelab.viewmodel.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gatelab.export.AnimationResult;
import org.gatelab.export.ArgbImage;
import org.gatelab.export.ExportFormat;
import org.gatelab.export.ExportNames;
import org.gatelab.export.ExportRequest;
import org.gatelab.export.ExportSource;
import org.gatelab.export.ExportSubject;
import org.gatelab.export.ExportTheme;
import org.gatelab.export.ViewExporter;
import org.gatelab.render.figures.FigureSelection;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The export dialog's state and work: builds requests from what the workspace shows (trace, step, unit, layer,
 * highlighted gate), runs the exports off the FX thread through a {@link TaskRunner}, remembers the last
 * folder and the last choices, and reports what happened in one line ({@link #statusProperty()}).
 *
 * <p>The work runs on an immutable snapshot taken when it is asked for, so a later change of the step or the
 * trace does not change a running export.
 */
public final class ExportModel {
    /** The GIF's default time per step. */
    public static final int DEFAULT_FRAME_MILLIS = ViewExporter.DEFAULT_FRAME_MILLIS;

    private final WorkspaceViewModel workspace;
    private final TaskRunner runner;
    private final FolderMemory folders;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private ExportChoice lastChoice = ExportChoice.DEFAULT;
    /** False until the user has exported with choices of their own: till then the theme is the screen's. */
    private boolean chosen;
    private ExportTheme screenTheme = ExportTheme.LIGHT;

    public ExportModel(WorkspaceViewModel workspace, TaskRunner runner, FolderMemory folders) {
        this.workspace = workspace;
        this.runner = runner;
        this.folders = folders;
    }

    /** True while an export runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last export did, e.g. {@code "Exported lstm-sine-diagram-t05.png"}, or its error. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The folder the file choosers open in. */
    public FolderMemory folders() {
        return folders;
    }

    /**
     * The choices of the last export (the dialog starts from them); before the first export, the defaults with
     * the theme the window shows, so a first export looks like the screen.
     */
    public ExportChoice lastChoice() {
        return chosen ? lastChoice : new ExportChoice(lastChoice.format(), lastChoice.scale(), screenTheme,
                lastChoice.transparent());
    }

    /** The theme the window shows now (the export dialog's theme until the user picks one). */
    public void setScreenTheme(ExportTheme theme) {
        screenTheme = theme;
    }

    /** True when there is a trace to export. */
    public boolean canExport() {
        return workspace.result() != null;
    }

    /** The current trace and comparison runs. */
    public ExportSource source() {
        return ExportSources.of(result());
    }

    private WorkspaceResult result() {
        WorkspaceResult r = workspace.result();
        if (r == null) {
            throw new IllegalStateException("nothing to export yet: the trace is still being computed");
        }
        return r;
    }

    /**
     * What {@code target} is drawn from, computed on the worker: the result's runs, and for the W_hh view the
     * model's recurrent matrices with their spectra (O(H³)).
     */
    private static ExportSource sourceFor(ExportTarget target, WorkspaceResult r) {
        return target.view() == ExportSubject.WEIGHTS ? ExportSources.withWeights(r) : ExportSources.of(r);
    }

    /** The step, unit, layer and highlighted gate the views show now. */
    public FigureSelection selection() {
        return new FigureSelection(workspace.timeline().step(), workspace.selection().unit(), workspace.selection().layer(),
                workspace.selection().highlightedGateProperty().get(), workspace.selection().direction());
    }

    /** The request for {@code target} with {@code choice}, at the current selection, at the view's default size. */
    public ExportRequest request(ExportTarget target, ExportChoice choice) {
        ExportRequest r = ExportRequest.of(target.view(), choice.format());
        return r.withScale(choice.format() == ExportFormat.PNG ? choice.scale() : 1).withTheme(choice.theme())
                .withTransparent(choice.transparent()).withSelection(selection()).withOptions(target.options());
    }

    /** The file name to suggest, e.g. {@code lstm-sine-diagram-t05.png}. */
    public String suggestedName(ExportTarget target, ExportChoice choice) {
        return ExportNames.suggest(source(), request(target, choice));
    }

    /** The base name to suggest for an animation, e.g. {@code lstm-sine-diagram-t00-t29}. */
    public String suggestedAnimationName(ExportTarget target, int from, int to) {
        return ExportNames.animation(source(), target.view(), Math.min(from, to), Math.max(from, to));
    }

    /** The animation dialog's starting values: the whole run, the last theme, scale 1. */
    public AnimationChoice defaultAnimation() {
        int last = canExport() ? workspace.trace().length() - 1 : 0;
        return new AnimationChoice(0, last, DEFAULT_FRAME_MILLIS, 1, lastChoice().theme());
    }

    /**
     * Exports {@code target} to {@code file} off the FX thread; then {@code onDone} with the file, or
     * {@code onError} with a message that names the file and the cause.
     */
    public void export(ExportTarget target, ExportChoice choice, Path file, Consumer<Path> onDone,
                       Consumer<String> onError) {
        lastChoice = choice;
        chosen = true;
        remember(file.toAbsolutePath().getParent());
        WorkspaceResult r = result();
        ExportRequest req = request(target, choice);
        start("Exporting " + file.getFileName() + "…");
        runner.run(() -> {
            ViewExporter.export(sourceFor(target, r), req, file);
            return file;
        }, done -> finish("Exported " + done, onDone, done), e -> fail(e, onError));
    }

    /** Exports an animation of {@code target} into {@code folder} off the FX thread. */
    public void exportAnimation(ExportTarget target, AnimationChoice choice, Path folder,
                                Consumer<AnimationResult> onDone, Consumer<String> onError) {
        remember(folder);
        WorkspaceResult r = result();
        ExportRequest req = request(target, new ExportChoice(ExportFormat.PNG, choice.scale(), choice.theme(), false));
        String base = suggestedAnimationName(target, choice.from(), choice.to());
        start("Exporting an animation to " + folder + "…");
        runner.run(() -> ViewExporter.exportAnimation(sourceFor(target, r), req, choice.from(), choice.to(), folder, base,
                        choice.frameMillis(), null),
                done -> finish("Exported " + done.frames().size() + " frames and " + done.gif().getFileName()
                        + " to " + folder, onDone, done),
                e -> fail(e, onError));
    }

    /** Renders {@code target} at {@code choice}'s scale and theme (for the clipboard) off the FX thread. */
    public void renderImage(ExportTarget target, ExportChoice choice, Consumer<ArgbImage> onDone,
                            Consumer<String> onError) {
        WorkspaceResult r = result();
        ExportRequest req = request(target, new ExportChoice(ExportFormat.PNG, choice.scale(), choice.theme(),
                choice.transparent()));
        start("Copying " + target.view().title() + "…");
        runner.run(() -> ViewExporter.renderArgb(sourceFor(target, r), req),
                img -> finish("Copied " + target.view().title() + " (" + img.width() + " × " + img.height()
                        + ") to the clipboard", onDone, img),
                e -> fail(e, onError));
    }

    private void remember(Path folder) {
        if (folder != null) {
            folders.remember(folder);
        }
    }

    private void start(String what) {
        busy.set(true);
        status.set(what);
    }

    private <T> void finish(String what, Consumer<T> onDone, T value) {
        busy.set(false);
        status.set(what);
        if (onDone != null) {
            onDone.accept(value);
        }
    }

    private void fail(Throwable e, Consumer<String> onError) {
        busy.set(false);
        String message = message(e);
        status.set(message);
        if (onError != null) {
            onError.accept(message);
        }
    }

    /** A one-line message: an I/O error's own text (it names the file), else what went wrong. */
    static String message(Throwable e) {
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "export failed: not enough memory for a picture this large (try a smaller scale)";
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "export failed: " + text;
    }
}
