package io.intentworkbench.cli;

import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.bundle.RunMetrics;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.evaluation.Metrics;
import io.intentworkbench.experiment.ExperimentRunner;
import io.intentworkbench.experiment.ExperimentSetup;
import io.intentworkbench.files.Json;
import io.intentworkbench.runtime.NativeRuntime;
import io.intentworkbench.training.DataSplit;
import io.intentworkbench.training.SplitsFile;
import io.intentworkbench.training.WarmUp;
import io.intentworkbench.training.TrainingControl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Trains on every split of a splits file and reports test figures per seed and as their mean. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train and test on each seed of a splits file (seed,row,part); print and save the figures.")
final class BenchCommand implements Callable<Integer> {
    private static final List<String> FIGURES = List.of("roc_auc", "pr_auc", "f1", "precision", "recall",
            "accuracy", "log_loss", "threshold", "fit_seconds", "epochs", "validation_roc_auc", "validation_pr_auc");

    @Parameters(index = "0", paramLabel = "FILE", description = "the behaviour CSV file")
    Path file;

    @Option(names = "--splits", required = true, paramLabel = "SPLITS.csv")
    Path splits;

    @Option(names = "--json", paramLabel = "B.json", description = "where to write the figures as JSON")
    Path json;

    @Mixin
    ModelOptions options;

    @Override
    public Integer call() throws Exception {
        Dataset dataset = Dataset.load(file);
        Map<Long, DataSplit> bySeed = SplitsFile.read(splits, dataset.rowCount());
        ExperimentSetup base = ExperimentSetup.defaults(dataset).withRoles(options.roles(dataset))
                .withNetwork(options.network()).withTraining(options.training());
        NativeRuntime.configure();
        double warmUp = WarmUp.run();
        System.out.printf(Locale.ROOT, "warmed up in %.2f s before timing (the window does this at start-up)%n",
                warmUp);
        List<Map<String, Object>> perSeed = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%6s %8s %8s %8s %8s %8s%n", "seed", "roc_auc", "pr_auc", "f1", "fit_s",
                "epochs");
        for (var entry : bySeed.entrySet()) {
            ExperimentSetup setup = base.withSplit(entry.getValue())
                    .withTraining(base.training().withSeed(entry.getKey()));
            ModelBundle bundle = ExperimentRunner.run(setup, p -> { }, new TrainingControl()).bundle();
            Map<String, Object> figures = figures(entry.getKey(), bundle.metrics());
            perSeed.add(figures);
            System.out.printf(Locale.ROOT, "%6d %8.4f %8.4f %8.4f %8.2f %8d%n", entry.getKey(), figures.get("roc_auc"),
                    figures.get("pr_auc"), figures.get("f1"), figures.get("fit_seconds"), figures.get("epochs"));
        }
        Map<String, Object> mean = mean(perSeed);
        System.out.printf(Locale.ROOT, "%6s %8.4f %8.4f %8.4f %8.2f %8.1f%n", "mean", mean.get("roc_auc"),
                mean.get("pr_auc"), mean.get("f1"), mean.get("fit_seconds"), mean.get("epochs"));
        if (json != null) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", file.getFileName().toString());
            out.put("seeds", perSeed);
            out.put("mean", mean);
            Json.write(json, out);
        }
        return Cli.DONE;
    }

    private static Map<String, Object> figures(long seed, RunMetrics metrics) {
        Metrics test = metrics.test();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("seed", seed);
        f.put("roc_auc", test.rocAuc());
        f.put("pr_auc", test.prAuc());
        f.put("f1", test.f1());
        f.put("precision", test.precision());
        f.put("recall", test.recall());
        f.put("accuracy", test.accuracy());
        f.put("log_loss", test.logLoss());
        f.put("threshold", test.threshold());
        f.put("f1_at_0_5", metrics.testAtHalf().f1());
        f.put("validation_roc_auc", metrics.validation().rocAuc());
        f.put("validation_pr_auc", metrics.validation().prAuc());
        f.put("fit_seconds", metrics.trainSeconds());
        f.put("epochs", metrics.epochs());
        return f;
    }

    private static Map<String, Object> mean(List<Map<String, Object>> perSeed) {
        Map<String, Object> mean = new LinkedHashMap<>();
        for (String name : FIGURES) {
            mean.put(name, perSeed.stream().mapToDouble(f -> ((Number) f.get(name)).doubleValue()).average()
                    .orElse(Double.NaN));
        }
        return mean;
    }
}
