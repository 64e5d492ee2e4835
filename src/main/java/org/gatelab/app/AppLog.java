package org.gatelab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The desktop app's log: {@code logs/gatelab.0.log} in the per-user folder (two files of at most 1 MB each, the
 * older as {@code gatelab.1.log}), so a user can attach it to a bug report. Help > About shows its path.
 * Uncaught exceptions on any thread are logged there with their stack trace.
 */
public final class AppLog {
    private static final Logger ROOT = Logger.getLogger("org.gatelab");
    private static Path file;

    private AppLog() {
    }

    /** Starts logging to the file in {@code userFolder}; if that fails, logging stays on stderr only. */
    public static synchronized void install(Path userFolder) {
        if (file != null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(userFolder.resolve("logs"));
            FileHandler handler = new FileHandler(dir.resolve("gatelab.%g.log").toString(), 1024 * 1024, 2, true);
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            ROOT.addHandler(handler);
            ROOT.setLevel(Level.INFO);
            file = dir.resolve("gatelab.0.log");
        } catch (IOException | SecurityException e) {
            System.err.println("GateLab: cannot write the log in " + userFolder + ": " + e.getMessage());
        }
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            ROOT.log(Level.SEVERE, "uncaught exception on thread " + thread.getName(), error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                error.printStackTrace();
            }
        });
        ROOT.info(() -> "GateLab " + Version.get() + " starting; Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + "), JavaFX " + System.getProperty("javafx.runtime.version",
                "?") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
    }

    /** The log file, or null when logging to a file failed. */
    public static synchronized Path file() {
        return file;
    }

    public static Logger logger() {
        return ROOT;
    }
}
