package io.intentworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.intentworkbench.TestData;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.data.ImportProgress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of a few hundred thousand rows: the import reports progress and can be cancelled. */
class LargeFileTest {
    @TempDir
    static Path dir;
    private static Path big;

    @BeforeAll
    static void makeABigFile() throws IOException {
        List<String> lines = Files.readAllLines(TestData.sessionsFile(dir, 5000));
        big = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big)) {
            out.write(lines.get(0) + "\n");
            for (int copy = 0; copy < 60; copy++) {
                for (String line : lines.subList(1, lines.size())) {
                    out.write(line + "\n");
                }
            }
        }
    }

    @Test
    void importReportsGrowingProgressUpToTheEnd() {
        List<Double> shares = new CopyOnWriteArrayList<>();
        Dataset dataset = Dataset.load(big, shares::add);
        assertThat(dataset.rowCount()).isEqualTo(300_000);
        assertThat(shares.size()).isGreaterThan(10);
        assertThat(shares).isSorted();
        assertThat(shares.get(shares.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void anImportCanBeCancelled() {
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        List<Double> shares = new CopyOnWriteArrayList<>();
        ImportProgress progress = ImportProgress.of(share -> {
            shares.add(share);
            cancel.set(true);
        }, cancel::get);
        assertThatThrownBy(() -> Dataset.load(big, progress)).isInstanceOf(DataException.class)
                .hasMessageContaining("cancelled");
        assertThat(shares).isNotEmpty().allSatisfy(share -> assertThat(share).isLessThan(0.5));
    }
}
