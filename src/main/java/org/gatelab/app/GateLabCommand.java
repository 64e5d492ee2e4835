package org.gatelab.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code gatelab} command: with no subcommand the launcher opens the window instead. */
@Command(name = "gatelab", mixinStandardHelpOptions = true, versionProvider = GateLabCommand.VersionProvider.class,
        description = "GateLab: see inside RNN, LSTM and GRU cells. Run without arguments to open the app.",
        subcommands = {TraceCommand.class, BenchCommand.class, TrainCommand.class, SampleCommand.class,
                CompareCommand.class, CostCommand.class, LessonsCommand.class, ExportCommand.class, OpenCommand.class,
                CommandLine.HelpCommand.class})
public final class GateLabCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line whose errors are one line on stderr and exit code 2, never a stack trace. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GateLabCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage() + " (see --help)");
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + describe(ex));
            err.flush();
            return 2;
        });
        return cl;
    }

    private static String describe(Exception ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return message;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"GateLab " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
