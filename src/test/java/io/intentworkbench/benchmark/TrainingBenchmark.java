package io.intentworkbench.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.intentworkbench.TestData;
import io.intentworkbench.cli.Cli;
import io.intentworkbench.files.Json;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.runtime.NativeRuntime;
import io.intentworkbench.training.Trainer;
import io.intentworkbench.training.TrainingControl;
import io.intentworkbench.training.TrainingData;
import io.intentworkbench.training.TrainingListener;
import io.intentworkbench.training.TrainingResult;
import io.intentworkbench.training.TrainingSpec;
import io.intentworkbench.training.WarmUp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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

    /**
     * One epoch of the default network (64-32 ReLU, Adam, batches of 1,024) over 8,631 rows of 75
     * inputs with a validation pass over 1,850 rows, the shoppers data's shape, beside the same
     * epoch in PyTorch (one thread). Each side's median of 30 epochs after 10 unmeasured ones (and
     * ours after the warm-up the window and bench run), in three rounds that take turns, so that
     * a busy spell on a shared machine does not land on one side only; the ratio is of each
     * side's best round.
     */
    @Test
    void anEpochAgainstTorch() throws Exception {
        int rows = 8631;
        int validation = 1850;
        int width = 75;
        List<String> torchCommand = List.of("/usr/bin/python3", "-c", String.join("\n",
                "import time, torch",
                "torch.manual_seed(0); torch.set_num_threads(1)",
                "x = torch.randn(" + rows + ", " + width + "); y = (x[:, 0] > 0.5).float()",
                "xv = torch.randn(" + validation + ", " + width + ")",
                "net = torch.nn.Sequential(torch.nn.Linear(" + width + ", 64), torch.nn.ReLU(), torch.nn.Dropout(0.2),"
                        + " torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Dropout(0.2), torch.nn.Linear(32, 1))",
                "opt = torch.optim.Adam(net.parameters(), 0.015, weight_decay=0.003)",
                "loss = torch.nn.BCEWithLogitsLoss()",
                "times = []",
                "for epoch in range(40):",
                "    t = time.perf_counter(); net.train(); order = torch.randperm(" + rows + ")",
                "    for i in range(0, " + rows + ", 1024):",
                "        idx = order[i:i + 1024]; opt.zero_grad(); loss(net(x[idx]).squeeze(1), y[idx]).backward();"
                        + " opt.step()",
                "    net.eval()",
                "    with torch.no_grad(): net(xv)",
                "    times.append(time.perf_counter() - t)",
                "print(sorted(times[10:])[15])"));
        Random random = new Random(0);
        float[] x = gaussian(rows * width, random);
        float[] xv = gaussian(validation * width, random);
        NativeRuntime.configure();
        WarmUp.run(); // as bench and the window do: compiled code on both sides
        TrainingData data = new TrainingData(x, firstAboveHalf(x, width), xv, firstAboveHalf(xv, width), width);
        double ours = Double.POSITIVE_INFINITY;
        double theirs = Double.POSITIVE_INFINITY;
        System.out.println();
        for (int round = 1; round <= 3; round++) {
            String torch = Peers.run(torchCommand);
            double torchMedian = torch == null ? Double.NaN : Double.parseDouble(torch.trim());
            TrainingResult result = Trainer.train(data, NetworkSpec.defaults(),
                    TrainingSpec.defaults().withEpochs(40).withPatience(0), TrainingListener.NONE,
                    new TrainingControl());
            List<Double> epochs = new ArrayList<>();
            for (int i = 10; i < result.history().size(); i++) {
                epochs.add(result.history().get(i).elapsedSeconds() - result.history().get(i - 1).elapsedSeconds());
            }
            Collections.sort(epochs);
            double oursMedian = epochs.get(epochs.size() / 2);
            ours = Math.min(ours, oursMedian);
            theirs = Math.min(theirs, torchMedian);
            System.out.printf(Locale.ROOT, "round %d: an epoch ours %.1f ms, torch %.1f ms%n", round, oursMedian * 1e3,
                    torchMedian * 1e3);
        }
        System.out.printf(Locale.ROOT, "an epoch (8,631 rows, batch 1,024, with validation), best round: ours %.1f ms",
                ours * 1e3);
        if (Double.isFinite(theirs)) {
            System.out.printf(Locale.ROOT, ", torch %.1f ms; ratio ours/torch %.2f", theirs * 1e3, ours / theirs);
        }
        System.out.println();
    }

    private static float[] gaussian(int length, Random random) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /** The label of each row: whether its first value exceeds 0.5 (as the PyTorch side's). */
    private static int[] firstAboveHalf(float[] x, int width) {
        int[] y = new int[x.length / width];
        for (int r = 0; r < y.length; r++) {
            y[r] = x[r * width] > 0.5 ? 1 : 0;
        }
        return y;
    }
}
