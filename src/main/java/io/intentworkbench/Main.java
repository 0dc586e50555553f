package io.intentworkbench;

import io.intentworkbench.cli.Cli;
import io.intentworkbench.runtime.AppDirs;
import io.intentworkbench.ui.WorkbenchApp;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the workbench window without arguments (or with one data file), runs the command line otherwise. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppDirs.prepareLogging();
        if (args.length == 0) {
            WorkbenchApp.open(null);
        } else if (args.length == 1 && !Cli.isCommand(args[0]) && Files.isRegularFile(Path.of(args[0]))) {
            WorkbenchApp.open(Path.of(args[0]));
        } else {
            System.exit(Cli.run(args));
        }
    }
}
