package io.intentworkbench.cli;

import io.intentworkbench.data.DataException;
import io.intentworkbench.runtime.AppDirs;
import io.intentworkbench.runtime.AppInfo;
import io.intentworkbench.training.TrainingCancelledException;
import io.intentworkbench.training.TrainingDivergedException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one subcommand per step of the flow, with the exit codes of the contract. */
@Command(name = "intent-workbench", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Purchase-intent models from e-commerce behaviour data.",
        subcommands = {InspectCommand.class, TrainCommand.class, EvaluateCommand.class, PredictCommand.class,
            BenchCommand.class, ReportCommand.class, SampleCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_DATA = 3;
    private static final Logger log = LoggerFactory.getLogger(Cli.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        CommandLine line = new CommandLine(new Cli());
        line.setExecutionExceptionHandler(Cli::handle);
        line.setExitCodeExceptionMapper(e -> USAGE);
        return line.execute(args);
    }

    /** Whether the word names a subcommand or an option of the command line. */
    public static boolean isCommand(String word) {
        return word.startsWith("-") || new CommandLine(new Cli()).getSubcommands().containsKey(word);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof DataException) {
            log.info("Input data cannot be used: {}", e.getMessage());
            log.debug("Cause", e);
            err.println("error: " + e.getMessage());
            return BAD_DATA;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("error: " + e.getMessage());
            err.println("See '" + command.getCommandName() + " --help'.");
            return USAGE;
        }
        if (e instanceof TrainingDivergedException || e instanceof TrainingCancelledException) {
            log.warn(e.getMessage());
            err.println("error: " + e.getMessage());
            return FAILED;
        }
        log.error("{} failed", command.getCommandName(), e);
        err.println("error: " + command.getCommandName() + " failed unexpectedly (" + e
                + "); the details are in " + AppDirs.logFile());
        return FAILED;
    }

    /** Prints the app version and the deep learning library it uses. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version(), "DeepLearning4J " + AppInfo.DL4J_VERSION};
        }
    }
}
