package io.intentworkbench;

import io.intentworkbench.cli.Cli;
import io.intentworkbench.runtime.AppDirs;

/** Starts the command line when given arguments, the workbench window otherwise. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppDirs.prepareLogging();
        System.exit(Cli.run(args));
    }
}
