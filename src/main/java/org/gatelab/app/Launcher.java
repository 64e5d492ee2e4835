package org.gatelab.app;

import picocli.CommandLine;

/**
 * The entry point of {@code gatelab.jar}. With no arguments it opens the desktop app; with a subcommand
 * ({@code trace}, {@code bench}, ...) it runs that command without a window and without starting JavaFX.
 *
 * <p>This class must not extend {@code javafx.application.Application}: on the class path that fails with
 * "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopLauncher.launch(args);
            return;
        }
        // commands never open a window: exports draw with AWT without a display (CI, servers)
        System.setProperty("java.awt.headless", "true");
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
