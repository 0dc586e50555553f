package io.intentworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.intentworkbench.TestData;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.Dataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
    void anImportCanBeCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Thread> worker = new AtomicReference<>();
        CompletableFuture<Dataset> load = CompletableFuture.supplyAsync(() -> {
            worker.set(Thread.currentThread());
            return Dataset.load(big, share -> started.countDown());
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        worker.get().interrupt();
        try {
            load.get(30, TimeUnit.SECONDS);
            assertThat(load).as("the import should have stopped").isCompletedExceptionally();
        } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(DataException.class).hasMessageContaining("cancelled");
        }
    }
}
