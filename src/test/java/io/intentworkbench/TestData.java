package io.intentworkbench;

import io.intentworkbench.bundle.BundleFiles;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.experiment.ExperimentRunner;
import io.intentworkbench.experiment.ExperimentSetup;
import io.intentworkbench.training.TrainingControl;
import io.intentworkbench.sample.SampleDataGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Data for tests: generated sessions, and the real shoppers file kept beside the repository. */
public final class TestData {
    public static final Path SHOPPERS = Path.of("..", "shared", "data", "online_shoppers_intention.csv");

    private TestData() {
    }

    /** A generated session file of the given size (fixed seed) in the folder. */
    public static Path sessionsFile(Path dir, int rows) {
        try {
            Path file = dir.resolve("sessions-" + rows + ".csv");
            if (!Files.exists(file)) {
                SampleDataGenerator.write(file, rows, 11);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model trained with the default settings, for at most the given epochs, on generated sessions. */
    public static ModelBundle trainedBundle(Path dir, int rows, int epochs) {
        ExperimentSetup setup = ExperimentSetup.defaults(sessions(dir, rows));
        return ExperimentRunner.run(setup.withTraining(setup.training().withEpochs(epochs)), p -> { },
                new TrainingControl()).bundle();
    }

    /** Saves the bundle, loads it back, checks that it scores every row of the dataset the same (to 1e-6). */
    public static ModelBundle saveLoadAndCompare(ModelBundle bundle, Dataset dataset, Path file) throws IOException {
        BundleFiles.write(bundle, file);
        ModelBundle loaded = BundleFiles.read(file);
        int[] rows = java.util.stream.IntStream.range(0, dataset.rowCount()).toArray();
        double[] before = bundle.predict(dataset.values(), rows);
        double[] after = loaded.predict(dataset.values(), rows);
        for (int i = 0; i < rows.length; i++) {
            org.assertj.core.api.Assertions.assertThat(after[i])
                    .isCloseTo(before[i], org.assertj.core.data.Offset.offset(1e-6));
        }
        return loaded;
    }

    public static Dataset sessions(Path dir, int rows) {
        return Dataset.load(sessionsFile(dir, rows));
    }

    /** The UCI online shoppers file; tests that need it are skipped, with the reason, where it is absent. */
    public static Path shoppers() {
        Assumptions.assumeTrue(Files.isReadable(SHOPPERS), "the shoppers data is not at " + SHOPPERS.toAbsolutePath());
        return SHOPPERS;
    }
}
