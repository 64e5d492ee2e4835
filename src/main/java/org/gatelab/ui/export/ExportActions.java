package org.gatelab.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import javafx.stage.Window;
import org.gatelab.viewmodel.export.AnimationChoice;
import org.gatelab.viewmodel.export.ExportChoice;
import org.gatelab.viewmodel.export.ExportModel;
import org.gatelab.viewmodel.export.ExportTarget;

/**
 * What the export menu's items do: ask (through {@link ExportPrompts}), then let the {@link ExportModel} work
 * off the FX thread; failures are shown to the user with a message that names the file and the cause.
 */
public final class ExportActions {
    private final ExportModel model;
    private final ExportPrompts prompts;
    private final Supplier<Window> owner;
    private final Consumer<Image> clipboard;

    /**
     * @param owner     the window dialogs belong to (may give null)
     * @param clipboard where "Copy as image" puts the picture (the system clipboard in the app)
     */
    public ExportActions(ExportModel model, ExportPrompts prompts, Supplier<Window> owner,
                         Consumer<Image> clipboard) {
        this.model = model;
        this.prompts = prompts;
        this.owner = owner;
        this.clipboard = clipboard;
    }

    /** With the app's dialogs and the system clipboard. */
    public static ExportActions standard(ExportModel model, Supplier<Window> owner) {
        return new ExportActions(model, new FxExportPrompts(), owner, ClipboardImages::put);
    }

    public ExportModel model() {
        return model;
    }

    private Window window() {
        return owner == null ? null : owner.get();
    }

    private boolean ready() {
        if (model.canExport()) {
            return true;
        }
        prompts.showError(window(), "Nothing to export yet: the trace is still being computed.");
        return false;
    }

    /** "Export as PNG/SVG/PDF…": options, then the file, then the export. */
    public void exportFile(ExportTarget target) {
        if (!ready()) {
            return;
        }
        Optional<ExportChoice> choice = prompts.askChoice(window(), target.view().title(), model.lastChoice());
        if (choice.isEmpty()) {
            return;
        }
        ExportChoice c = choice.get();
        Optional<Path> file = prompts.askFile(window(), model.folders().lastFolder(), model.suggestedName(target, c),
                c.format());
        file.ifPresent(f -> model.export(target, c, f, done -> { }, msg -> prompts.showError(window(), msg)));
    }

    /** "Export animation…": steps and look, then the folder, then the frames and the GIF. */
    public void exportAnimation(ExportTarget target) {
        if (!ready()) {
            return;
        }
        AnimationChoice initial = model.defaultAnimation();
        Optional<AnimationChoice> choice = prompts.askAnimation(window(), target.view().title(), initial,
                initial.to());
        if (choice.isEmpty()) {
            return;
        }
        Optional<Path> folder = prompts.askFolder(window(), model.folders().lastFolder());
        folder.ifPresent(f -> model.exportAnimation(target, choice.get(), f, done -> { },
                msg -> prompts.showError(window(), msg)));
    }

    /** "Copy as image": the view at 2x in the last theme, onto the clipboard. */
    public void copyImage(ExportTarget target) {
        if (!ready()) {
            return;
        }
        ExportChoice last = model.lastChoice();
        ExportChoice c = new ExportChoice(last.format(), 2, last.theme(), false);
        model.renderImage(target, c, img -> clipboard.accept(ClipboardImages.toFx(img)),
                msg -> prompts.showError(window(), msg));
    }
}
