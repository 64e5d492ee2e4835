package org.gatelab.ui.lesson;

import java.nio.file.Path;

/** Opens a folder in the system's file manager (the app passes HostServices; tests pass a recorder). */
@FunctionalInterface
public interface FolderOpener {
    /**
     * @throws Exception when the folder cannot be opened; the lesson list then shows the path to open by hand
     */
    void open(Path folder) throws Exception;
}
