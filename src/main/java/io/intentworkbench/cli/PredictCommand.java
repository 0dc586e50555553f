package io.intentworkbench.cli;

import io.intentworkbench.bundle.BundleFiles;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.data.CsvImporter;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.RawTable;
import io.intentworkbench.runtime.NativeRuntime;
import io.intentworkbench.scoring.PredictionsWriter;
import io.intentworkbench.scoring.ScoredRows;
import io.intentworkbench.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scores a file with a saved model and writes the predictions file. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Score a CSV file with a saved model: every input column, then purchase_probability, "
                + "predicted_purchase and score_error.")
final class PredictCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL.zip")
    Path model;

    @Parameters(index = "1", paramLabel = "FILE", description = "the CSV file to score")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "SCORED.csv", description = "where to write predictions")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && Files.isSameFile(out, file)) {
            throw new DataException("The predictions would overwrite the input file " + file
                    + "; choose another --out file.");
        }
        NativeRuntime.configure();
        ModelBundle bundle = BundleFiles.read(model);
        RawTable raw = CsvImporter.read(file);
        ScoredRows scored = Scorer.score(bundle, raw);
        PredictionsWriter.write(raw, scored, out);
        System.out.printf(Locale.ROOT, "Scored %d of %d rows (%.1f %% predicted to buy at threshold %.3f); "
                        + "%d could not be scored; written to %s%n", scored.rows() - scored.failed(), scored.rows(),
                scored.predictedPositiveShare() * 100, scored.threshold(), scored.failed(), out);
        return Cli.DONE;
    }
}
