package io.intentworkbench.benchmark;

import io.intentworkbench.TestData;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.data.CsvImporter;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.data.RawTable;
import io.intentworkbench.experiment.ExperimentRunner;
import io.intentworkbench.experiment.ExperimentSetup;
import io.intentworkbench.runtime.NativeRuntime;
import io.intentworkbench.scoring.Scorer;
import io.intentworkbench.training.TrainingControl;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading, profiling and scoring a million rows (the shoppers file repeated), beside pandas'
 * read_csv in the same run. Not part of the test run; see README.md, "Benchmarks".
 */
@Tag("benchmark")
class ReadAndScoreBenchmark {
    private static final int ROWS = 1_000_000;

    @Test
    void millionRows(@TempDir Path dir) throws Exception {
        Path million = repeatShoppers(dir.resolve("million.csv"));
        String pandas = Peers.run(List.of("/usr/bin/python3", "-c", "import time, pandas; t = time.perf_counter(); "
                + "f = pandas.read_csv('" + million + "'); print(round(time.perf_counter() - t, 3), len(f))"));

        // Load Tablesaw's classes first, as pandas' figure leaves out "import pandas".
        tech.tablesaw.api.Table.create("loaded");
        long started = System.nanoTime();
        RawTable raw = CsvImporter.read(million);
        double read = Peers.seconds(started);
        started = System.nanoTime();
        Dataset dataset = Dataset.of(million, raw);
        double profile = Peers.seconds(started);

        NativeRuntime.configure();
        Dataset small = Dataset.load(TestData.shoppers());
        ExperimentSetup setup = ExperimentSetup.defaults(small);
        ModelBundle bundle = ExperimentRunner.run(setup.withRoles(setup.roles().withTarget("Revenue")), p -> { },
                new TrainingControl()).bundle();
        started = System.nanoTime();
        var scored = Scorer.score(bundle, raw);
        double score = Peers.seconds(started);

        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%nrows %,d, file %,d MB, max heap %,d MB%n", dataset.rowCount(),
                Files.size(million) >> 20, runtime.maxMemory() >> 20);
        String theirs = pandas == null ? null : pandas.split(" ")[0];
        System.out.printf(Locale.ROOT, "read   ours %.2f s   pandas read_csv %s s   ratio %s%n", read,
                theirs == null ? "n/a" : theirs,
                theirs == null ? "n/a" : String.format(Locale.ROOT, "%.2f", read / Double.parseDouble(theirs)));
        System.out.printf(Locale.ROOT, "profile (types, roles, statistics of every column) %.2f s; read and profile"
                + " %.2f s%n", profile, read + profile);
        System.out.printf(Locale.ROOT, "score  %,d rows in %.2f s (%,.0f rows/s), %,d not scored%n", scored.rows(),
                score, scored.rows() / score, scored.failed());
    }

    private static Path repeatShoppers(Path target) throws Exception {
        List<String> lines = Files.readAllLines(TestData.shoppers());
        try (BufferedWriter out = Files.newBufferedWriter(target)) {
            out.write(lines.get(0) + "\n");
            for (int written = 0; written < ROWS; ) {
                for (String line : lines.subList(1, lines.size())) {
                    if (written++ >= ROWS) {
                        break;
                    }
                    out.write(line + "\n");
                }
            }
        }
        return target;
    }
}
