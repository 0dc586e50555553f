package io.intentworkbench.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.intentworkbench.TestData;
import io.intentworkbench.cli.Cli;
import io.intentworkbench.files.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training to early stop on the five peers.py splits, beside the PyTorch MLP of the same shape
 * on the same rows in the same run (native memory across many trainings is a test:
 * RepeatedTrainingTest). Not part of the test run; see README.md, "Benchmarks".
 */
@Tag("benchmark")
class TrainingBenchmark {
    @Test
    void defaultNetworkAgainstTorch(@TempDir Path dir) throws Exception {
        Path shoppers = TestData.shoppers();
        Path splits = dir.resolve("splits.csv");
        String torch = Peers.run(List.of("/usr/bin/python3", Peers.SHARED.resolve("bench/peers.py").toString(),
                shoppers.toString(), "--only", "torch-mlp-64-32", "--write-splits", splits.toString()));
        Path json = dir.resolve("bench.json");
        Cli.run("bench", shoppers.toString(), "--target", "Revenue", "--splits", splits.toString(), "--json",
                json.toString());
        JsonNode mean = Json.mapper().readTree(json.toFile()).path("mean");
        double ours = mean.path("fit_seconds").asDouble();
        System.out.printf(Locale.ROOT, "%nfit to early stop (mean of 5 splits): ours %.2f s over %.1f epochs%n", ours,
                mean.path("epochs").asDouble());
        if (torch != null) {
            String[] cells = torch.trim().split("\\s+");
            double theirs = Double.parseDouble(cells[6]);
            System.out.printf(Locale.ROOT, "torch-mlp-64-32 %.2f s; ratio ours/torch %.2f%n", theirs, ours / theirs);
            System.out.printf(Locale.ROOT, "test ROC AUC ours %.4f, torch %s; PR AUC ours %.4f, torch %s%n",
                    mean.path("roc_auc").asDouble(), cells[1], mean.path("pr_auc").asDouble(), cells[2]);
        }
    }
}
