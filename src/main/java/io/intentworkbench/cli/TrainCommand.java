package io.intentworkbench.cli;

import io.intentworkbench.bundle.BundleFiles;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.bundle.RunMetrics;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.experiment.ExperimentRunner;
import io.intentworkbench.experiment.ExperimentSetup;
import io.intentworkbench.files.Json;
import io.intentworkbench.runtime.NativeRuntime;
import io.intentworkbench.training.DataSplit;
import io.intentworkbench.training.SplitsFile;
import io.intentworkbench.training.TrainingControl;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Trains a network on a file, evaluates it on held-out rows and saves the model bundle. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a purchase-intent network, evaluate it on test rows beside baselines, save the model.")
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the behaviour CSV file")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "MODEL.zip", description = "where to save the model bundle")
    Path out;

    @Option(names = "--metrics", paramLabel = "M.json", description = "where to write the metrics as JSON")
    Path metricsFile;

    @Option(names = "--splits", paramLabel = "SPLITS.csv", description = "take train, validation and test rows "
            + "from a splits file (seed,row,part) instead of splitting")
    Path splits;

    @Option(names = "--split-seed", paramLabel = "N", description = "which seed of the splits file to use "
            + "(default: the first)")
    Long splitSeed;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Mixin
    ModelOptions options;

    @Override
    public Integer call() throws Exception {
        System.err.println("Reading " + file + " ...");
        Dataset dataset = Dataset.load(file);
        ExperimentSetup setup = ExperimentSetup.defaults(dataset).withRoles(options.roles(dataset))
                .withNetwork(options.network()).withTraining(options.training());
        if (splits != null) {
            setup = setup.withSplit(chooseSplit(SplitsFile.read(splits, dataset.rowCount())));
        }
        NativeRuntime.configure();
        ModelBundle bundle;
        if (quiet) {
            bundle = ExperimentRunner.run(setup, p -> { }, new TrainingControl()).bundle();
        } else {
            try (ConsoleProgress progress = new ConsoleProgress("training", setup.training().maxEpochs())) {
                bundle = ExperimentRunner.run(setup, progress, new TrainingControl()).bundle();
            }
        }
        BundleFiles.write(bundle, out);
        if (metricsFile != null) {
            Json.write(metricsFile, bundle.metrics());
        }
        report(bundle.metrics());
        return Cli.DONE;
    }

    private DataSplit chooseSplit(Map<Long, DataSplit> all) {
        if (splitSeed == null) {
            return all.values().iterator().next();
        }
        DataSplit split = all.get(splitSeed);
        if (split == null) {
            throw new IllegalArgumentException("the splits file has no seed " + splitSeed + "; it has " + all.keySet());
        }
        return split;
    }

    private void report(RunMetrics m) {
        System.out.printf(Locale.ROOT, "Trained %d epochs (best %d) in %.1f s on %s rows; model saved to %s%n",
                m.epochs(), m.bestEpoch(), m.trainSeconds(), m.splitRows(), out);
        m.warnings().forEach(w -> System.out.println("note: " + w));
        MetricsTable.print("test rows", m.test(), m.baselines());
    }
}
