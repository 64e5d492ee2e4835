package org.gatelab.ui.share;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks which scene file to open or where to save one (the app asks with the system's dialogs; tests answer). */
public interface SceneFileChooser {
    /** The system's open and save dialogs, for {@code .gatelab} files. */
    SceneFileChooser DIALOG = new SceneFileChooser() {
        @Override
        public Path open(Window owner) {
            File f = chooser("Open a scene", null).showOpenDialog(owner);
            return f == null ? null : f.toPath();
        }

        @Override
        public Path save(Window owner, String name) {
            File f = chooser("Save the scene", name).showSaveDialog(owner);
            return f == null ? null : f.toPath();
        }

        private FileChooser chooser(String title, String name) {
            FileChooser c = new FileChooser();
            c.setTitle(title);
            c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("GateLab scenes", "*.gatelab"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            if (name != null) {
                c.setInitialFileName(name);
            }
            return c;
        }
    };

    /** The scene file to open, or null when the user cancelled. */
    Path open(Window owner);

    /**
     * @param name the file name to suggest
     * @return the file to write, or null when the user cancelled
     */
    Path save(Window owner, String name);
}
