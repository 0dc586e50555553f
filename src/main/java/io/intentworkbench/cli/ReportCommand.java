package io.intentworkbench.cli;

import io.intentworkbench.bundle.BundleFiles;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.report.Reports;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes the report of the run that made a model bundle. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the report of a saved model's run: HTML (self-contained) or PDF, by the file's extension.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL.zip")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "REPORT.html|REPORT.pdf")
    Path out;

    @Override
    public Integer call() throws Exception {
        ModelBundle bundle = BundleFiles.read(model);
        Reports.write(bundle, out);
        System.out.println("Report written to " + out);
        return Cli.DONE;
    }
}
