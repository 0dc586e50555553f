package io.intentworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.intentworkbench.TestData;
import io.intentworkbench.files.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    static Path dir;
    private static Path data;
    private static Path model;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeAll
    static void trainOnce() {
        data = TestData.sessionsFile(dir, 1500);
        model = dir.resolve("model.zip");
        int code = Cli.run("train", data.toString(), "--out", model.toString(), "--metrics",
                dir.resolve("m.json").toString(), "--epochs", "3", "--quiet");
        assertThat(code).isZero();
    }

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void trainWritesTheMetricsOfTheContract() throws IOException {
        JsonNode m = Json.mapper().readTree(dir.resolve("m.json").toFile());
        for (String key : List.of("roc_auc", "pr_auc", "f1", "precision", "recall", "accuracy", "log_loss",
                "threshold", "rows")) {
            assertThat(m.path("test").has(key)).as(key).isTrue();
            assertThat(m.path("baselines").path("logistic_regression").has(key)).as(key).isTrue();
            assertThat(m.path("baselines").path("majority_class").has(key)).as(key).isTrue();
        }
        assertThat(m.path("test").path("confusion").has("tp")).isTrue();
        assertThat(m.path("epochs").asInt()).isEqualTo(3);
        assertThat(m.has("train_seconds")).isTrue();
        assertThat(m.path("seed").asLong()).isEqualTo(42);
    }

    @Test
    void predictScoresEveryRow() throws IOException {
        Path scored = dir.resolve("scored.csv");
        assertThat(Cli.run("predict", model.toString(), data.toString(), "--out", scored.toString())).isZero();
        assertThat(Files.readAllLines(scored)).hasSize(1501);
    }

    @Test
    void predictNeverOverwritesTheInputFile() throws IOException {
        Path copy = Files.copy(data, dir.resolve("keep.csv"));
        byte[] before = Files.readAllBytes(copy);
        assertThat(Cli.run("predict", model.toString(), copy.toString(), "--out", copy.toString())).isEqualTo(3);
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void evaluateMeasuresTheModelOnALabelledFile() throws IOException {
        Path metrics = dir.resolve("eval.json");
        assertThat(Cli.run("evaluate", model.toString(), data.toString(), "--metrics", metrics.toString())).isZero();
        JsonNode m = Json.mapper().readTree(metrics.toFile());
        assertThat(m.path("test").path("rows").asInt()).isEqualTo(1500);
        assertThat(m.path("test").path("roc_auc").asDouble()).isBetween(0.5, 1.0);
        assertThat(m.path("baselines").has("logistic_regression")).isTrue();
    }

    @Test
    void inspectPrintsTheProfileAsJson() throws IOException {
        assertThat(Cli.run("inspect", data.toString(), "--json")).isZero();
        JsonNode json = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.path("rows").asInt()).isEqualTo(1500);
        JsonNode first = json.path("columns").get(0);
        assertThat(first.path("name").asText()).isEqualTo("session_id");
        assertThat(first.path("role").asText()).isEqualTo("id");
        JsonNode pages = json.path("columns").get(11);
        assertThat(pages.path("type").asText()).isEqualTo("numeric");
        assertThat(pages.has("mean") && pages.has("min") && pages.has("max")).isTrue();
        assertThat(json.path("warnings").isArray()).isTrue();
    }

    @Test
    void aMissingFileIsExitThreeWithOneSentence() {
        assertThat(Cli.run("inspect", dir.resolve("absent.csv").toString())).isEqualTo(3);
        assertThat(stderr()).startsWith("error: ").contains("does not exist").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aDamagedModelIsExitThree() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.zip"), "not a model");
        assertThat(Cli.run("predict", broken.toString(), data.toString(), "--out",
                dir.resolve("x.csv").toString())).isEqualTo(3);
        assertThat(stderr()).contains("not an Intent Workbench model bundle");
    }

    @Test
    void anUnknownTargetIsExitThree() {
        assertThat(Cli.run("train", data.toString(), "--target", "Nope", "--out", dir.resolve("n.zip").toString()))
                .isEqualTo(3);
        assertThat(stderr()).contains("no column 'Nope'");
    }

    @Test
    void usageErrorsAreExitTwo() {
        assertThat(Cli.run("train", data.toString())).isEqualTo(2);
        assertThat(Cli.run("frobnicate")).isEqualTo(2);
        assertThat(Cli.run("train", data.toString(), "--out", "m.zip", "--layers", "0")).isEqualTo(2);
        assertThat(stderr()).contains("between 1 and 4096 units");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("inspect", "train", "evaluate", "predict", "bench", "report", "sample")) {
            assertThat(Cli.run(command, "--help")).as(command).isZero();
        }
        assertThat(Cli.run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--learning-rate").contains("--splits")
                .contains("(about 15 % buyers)");
        // A stray % in a description makes picocli print a warning instead of the text.
        assertThat(stderr()).doesNotContain("WARN").doesNotContain("Could not format");
    }

    @Test
    void trainHelpStatesTheDefaultsTheCodeUses() {
        assertThat(Cli.run("train", "--help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        var network = io.intentworkbench.model.NetworkSpec.defaults();
        var training = io.intentworkbench.training.TrainingSpec.defaults();
        assertThat(help).contains("(default: " + network.learningRate() + ")")
                .contains("(default: " + network.l2() + ")")
                .contains("(default: " + network.layers().get(0).dropout() + ")")
                .contains("(default: " + training.batchSize() + ")")
                .contains("(default: " + training.maxEpochs() + ")")
                .contains("(default: " + training.patience() + ")")
                .contains("(default: " + training.seed() + ")")
                .contains("(default: " + String.join(",", network.layers().stream()
                        .map(l -> String.valueOf(l.units())).toList()) + ")");
    }

    @Test
    void writtenFilesAreReadableByOthersLikeAnyOutput() throws IOException {
        var permissions = Files.getPosixFilePermissions(model);
        assertThat(permissions).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void benchReportsEachSeedAndTheMean() throws IOException {
        List<String> lines = new ArrayList<>(List.of("seed,row,part"));
        for (int seed = 0; seed < 2; seed++) {
            for (int row = 0; row < 1500; row++) {
                int slot = (row + seed * 7) % 10;
                lines.add(seed + "," + row + "," + (slot < 6 ? "train" : slot < 8 ? "validation" : "test"));
            }
        }
        Path splits = Files.write(dir.resolve("splits.csv"), lines);
        Path json = dir.resolve("bench.json");
        assertThat(Cli.run("bench", data.toString(), "--splits", splits.toString(), "--json", json.toString(),
                "--epochs", "2")).isZero();
        JsonNode bench = Json.mapper().readTree(json.toFile());
        assertThat(bench.path("seeds")).hasSize(2);
        assertThat(bench.path("mean").path("roc_auc").asDouble()).isBetween(0.5, 1.0);
        assertThat(bench.path("mean").path("fit_seconds").asDouble()).isPositive();
        assertThat(bench.path("seeds").get(0).path("epochs").asInt()).isEqualTo(2);
    }
}
