package io.intentworkbench.cli;

import io.intentworkbench.sample.SampleDataGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a synthetic behaviour file, such as the bundled sample data. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Generate a synthetic file of shop sessions (about 15 %% buyers) to try the workbench on.")
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--rows", defaultValue = "5000", description = "number of visits (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--seed", defaultValue = "7", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (rows < 10 || rows > 10_000_000) {
            throw new IllegalArgumentException("--rows must be between 10 and 10,000,000");
        }
        SampleDataGenerator.write(out, rows, seed);
        System.out.println("Wrote " + rows + " sessions to " + out);
        return Cli.DONE;
    }
}
