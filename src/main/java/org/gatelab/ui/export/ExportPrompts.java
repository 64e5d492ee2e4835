package org.gatelab.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.gatelab.export.ExportFormat;
import org.gatelab.viewmodel.export.AnimationChoice;
import org.gatelab.viewmodel.export.ExportChoice;

/**
 * The questions an export asks the user, and how it tells them about a failure. The app uses dialogs and
 * the system's file choosers ({@link FxExportPrompts}); tests answer directly.
 */
public interface ExportPrompts {
    /** Format, scale, theme and background, starting from {@code initial}; empty if cancelled. */
    Optional<ExportChoice> askChoice(Window owner, String viewTitle, ExportChoice initial);

    /** Where to save: a file named {@code suggestedName} in {@code folder} by default; empty if cancelled. */
    Optional<Path> askFile(Window owner, Path folder, String suggestedName, ExportFormat format);

    /** The steps and look of an animation over {@code 0..lastStep}; empty if cancelled. */
    Optional<AnimationChoice> askAnimation(Window owner, String viewTitle, AnimationChoice initial, int lastStep);

    /** The folder for an animation's frames and GIF; empty if cancelled. */
    Optional<Path> askFolder(Window owner, Path folder);

    /** Tells the user an export failed, with {@code message} (it names the file and the cause). */
    void showError(Window owner, String message);
}
