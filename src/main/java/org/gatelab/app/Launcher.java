package org.gatelab.app;

import picocli.CommandLine;

/**
 * The entry point of {@code gatelab.jar}. With no arguments it opens the desktop app, and so it does with one
 * scene file or {@code gatelab:} link (what the desktop hands an installed app) and with {@code open FILE}; with
 * another subcommand ({@code trace}, {@code bench}, ...) it runs that command without a window and without
 * starting JavaFX.
 *
 * <p>This class must not extend {@code javafx.application.Application}: on the class path that fails with
 * "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || OpenCommand.fromDesktop(args)) {
            // the window, or the window on the scene file or gatelab: link the desktop handed over
            DesktopLauncher.launch(args);
            return;
        }
        if (!args[0].equals("open")) {
            // commands never open a window: exports draw with AWT without a display (CI, servers)
            System.setProperty("java.awt.headless", "true");
        }
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 a check failed, 2 bad arguments or input). */
    public static int run(String... args) {
        return GateLabCommand.commandLine().execute(args);
    }

    /** Exposed for tests: the command line with its error handling. */
    static CommandLine commandLine() {
        return GateLabCommand.commandLine();
    }
}
