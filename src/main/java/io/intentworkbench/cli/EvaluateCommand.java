package io.intentworkbench.cli;

import io.intentworkbench.bundle.BundleFiles;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.data.BinaryTarget;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.evaluation.Metrics;
import io.intentworkbench.files.Json;
import io.intentworkbench.runtime.NativeRuntime;
import io.intentworkbench.scoring.ScoredRows;
import io.intentworkbench.scoring.Scorer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Measures a saved model on a labelled file, beside the baselines saved with it. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure a saved model on a file that has the target column, beside its baselines.")
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL.zip")
    Path model;

    @Parameters(index = "1", paramLabel = "FILE", description = "a CSV file with the model's columns and target")
    Path file;

    @Option(names = "--metrics", paramLabel = "M.json", description = "where to write the metrics as JSON")
    Path metricsFile;

    @Override
    public Integer call() throws Exception {
        NativeRuntime.configure();
        ModelBundle bundle = BundleFiles.read(model);
        Dataset dataset = Dataset.load(file);
        if (dataset.profile(bundle.schema().target()).isEmpty()) {
            throw new DataException("The file has no target column '" + bundle.schema().target()
                    + "', so the model cannot be measured on it; use predict to score it instead.");
        }
        BinaryTarget target = BinaryTarget.resolve(dataset, bundle.schema().target(), bundle.schema().positiveLabel());
        ScoredRows scored = Scorer.score(bundle, dataset.raw());
        int[] rows = IntStream.range(0, scored.rows())
                .filter(r -> scored.errors()[r] == null && target.labels()[r] >= 0).toArray();
        if (rows.length == 0) {
            throw new DataException("No row of the file could be scored with a known target; check the file.");
        }
        int[] labels = Arrays.stream(rows).map(r -> target.labels()[r]).toArray();
        double[] probabilities = Arrays.stream(rows).mapToDouble(r -> scored.probabilities()[r]).toArray();
        Metrics metrics = Metrics.of(labels, probabilities, bundle.threshold());
        Map<String, Metrics> baselines = bundle.baselines()
                .evaluate(bundle.pipeline().transform(dataset.values(), rows), labels);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("test", metrics);
        out.put("baselines", baselines);
        out.put("rows_not_scored", scored.rows() - rows.length);
        out.put("epochs", bundle.metrics().epochs());
        out.put("train_seconds", bundle.metrics().trainSeconds());
        out.put("seed", bundle.metrics().seed());
        if (metricsFile != null) {
            Json.write(metricsFile, out);
        }
        System.out.printf("%s: %d rows measured, %d left out (not scored or no target)%n", file, rows.length,
                scored.rows() - rows.length);
        MetricsTable.print("rows of " + file.getFileName(), metrics, baselines);
        return Cli.DONE;
    }
}
