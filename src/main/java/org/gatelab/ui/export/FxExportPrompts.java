package org.gatelab.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.gatelab.export.ExportFormat;
import org.gatelab.viewmodel.export.AnimationChoice;
import org.gatelab.viewmodel.export.ExportChoice;

/** The export's questions as dialogs and the system's file choosers. */
public final class FxExportPrompts implements ExportPrompts {
    private static final ButtonType NEXT = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType NEXT_FOLDER = new ButtonType("Choose folder…", ButtonBar.ButtonData.OK_DONE);

    @Override
    public Optional<ExportChoice> askChoice(Window owner, String viewTitle, ExportChoice initial) {
        ExportOptionsPane pane = new ExportOptionsPane(initial);
        Dialog<ExportChoice> d = dialog(owner, "Export " + viewTitle);
        d.getDialogPane().setContent(pane);
        d.getDialogPane().getButtonTypes().setAll(NEXT, ButtonType.CANCEL);
        d.setResultConverter(b -> b == NEXT ? pane.choice() : null);
        return d.showAndWait();
    }

    @Override
    public Optional<Path> askFile(Window owner, Path folder, String suggestedName, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + format);
        chooser.setInitialDirectory(folder.toFile());
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(format.description(),
                "*." + format.extension()));
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        // some platforms do not add the extension the filter names
        if (!p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension())) {
            p = p.resolveSibling(p.getFileName() + "." + format.extension());
        }
        return Optional.of(p);
    }

    @Override
    public Optional<AnimationChoice> askAnimation(Window owner, String viewTitle, AnimationChoice initial, int lastStep) {
        AnimationOptionsPane pane = new AnimationOptionsPane(initial, lastStep);
        Dialog<AnimationChoice> d = dialog(owner, "Export an animation of " + viewTitle);
        d.getDialogPane().setContent(pane);
        d.getDialogPane().getButtonTypes().setAll(NEXT_FOLDER, ButtonType.CANCEL);
        d.setResultConverter(b -> b == NEXT_FOLDER ? pane.choice() : null);
        return d.showAndWait();
    }

    @Override
    public Optional<Path> askFolder(Window owner, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the frames and the GIF");
        chooser.setInitialDirectory(folder.toFile());
        File f = chooser.showDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void showError(Window owner, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setTitle("Export failed");
        a.setHeaderText("The export did not complete");
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }

    private static <T> Dialog<T> dialog(Window owner, String title) {
        Dialog<T> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        if (owner != null) {
            d.initOwner(owner);
        }
        return d;
    }
}
