package org.gatelab.ui.lesson;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save the learner's results (the app asks with a save dialog; tests answer with a path). */
@FunctionalInterface
public interface ResultsChooser {
    /** The system's save dialog for a CSV file. */
    ResultsChooser DIALOG = (owner, name) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export my results");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        chooser.setInitialFileName(name);
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    };

    /**
     * @param owner the window the dialog belongs to (may be null)
     * @param name  the file name to suggest
     * @return the file to write, or null when the learner cancelled
     */
    Path choose(Window owner, String name);
}
