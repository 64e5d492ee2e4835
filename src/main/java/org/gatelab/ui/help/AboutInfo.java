package org.gatelab.ui.help;

import java.nio.file.Path;

/**
 * What Help > About shows, gathered by the app.
 *
 * @param logFile the log a user can attach to a bug report, or null when the log could not be written
 * @param lessons the bundled lessons folder, or null if not found
 * @param assets  the bundled assets folder, or null if not found
 */
public record AboutInfo(String version, Path userFolder, Path logFile, Path lessons, Path assets) {

    /** The lines a bug report needs, as plain text. */
    public String details() {
        return String.join("\n",
                "GateLab " + version,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "?"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "Log: " + (logFile == null ? "not written (see the terminal)" : logFile),
                "Settings, progress and your lessons: " + userFolder,
                "Bundled lessons: " + (lessons == null ? "not found" : lessons),
                "Assets: " + (assets == null ? "not found" : assets));
    }
}
