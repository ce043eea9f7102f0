package org.trialfinder.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code trialfinder} command: its subcommands do the work. */
@Command(
        name = "trialfinder",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "A self-hostable clinical-trial finder: ClinicalTrials.gov records in, search, pages and API out.",
        subcommands = {
            IngestCommand.class,
            SyncCommand.class,
            ServeCommand.class,
            StatsCommand.class,
            CheckCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:The command failed (see the message).",
            "2:Wrong command line, or a command the chosen engine does not offer.",
            "3:Some records were rejected (listed with reasons); all good records were stored."
        })
public final class TrialfinderCommand implements Runnable {
    /** Returned by {@link #run(String...)} when a server was started and the JVM must keep running. */
    public static final int KEEP_RUNNING = -1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new TrialfinderCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandRefusal refusal) {
                commandLine.getErr().println("trialfinder: " + refusal.getMessage());
                return ExitCodes.USAGE;
            }
            // Users get a sentence, not a stack trace; TRIALFINDER_DEBUG=1 shows the trace.
            commandLine
                    .getErr()
                    .println("trialfinder: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (System.getenv("TRIALFINDER_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.FAILED;
        });
        return cli.execute(args);
    }
}
