package io.intentworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.intentworkbench.TestData;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.evaluation.Baselines;
import io.intentworkbench.training.TrainingControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunnerTest {
    @TempDir
    static Path dir;
    private static ModelBundle bundle;

    @BeforeAll
    static void trainOnGeneratedSessions() {
        Dataset dataset = TestData.sessions(dir, 3000);
        ExperimentSetup setup = ExperimentSetup.defaults(dataset);
        bundle = ExperimentRunner.run(setup.withTraining(setup.training().withEpochs(30)), p -> { },
                new TrainingControl()).bundle();
    }

    @Test
    void measuresTheTestRowsBesideBothBaselines() {
        var metrics = bundle.metrics();
        assertThat(metrics.test().rocAuc()).isBetween(0.8, 1.0);
        assertThat(metrics.baselines()).containsOnlyKeys(Baselines.MAJORITY, Baselines.LOGISTIC);
        assertThat(metrics.baselines().get(Baselines.MAJORITY).rocAuc()).isEqualTo(0.5);
        assertThat(metrics.test().rocAuc()).isGreaterThan(metrics.baselines().get(Baselines.MAJORITY).rocAuc());
        assertThat(metrics.test().confusion().total()).isEqualTo((long) metrics.splitRows().get("test"));
    }

    @Test
    void choosesTheThresholdOnValidationRows() {
        assertThat(bundle.threshold()).isBetween(0.05, 0.95);
        assertThat(bundle.metrics().test().threshold()).isEqualTo(bundle.threshold());
        assertThat(bundle.metrics().testAtHalf().threshold()).isEqualTo(0.5);
    }

    @Test
    void keepsTheSchemaWithTheTargetAndItsPositiveLabel() {
        assertThat(bundle.schema().target()).isEqualTo("purchased");
        assertThat(bundle.schema().positiveLabel()).isEqualTo("TRUE");
        assertThat(bundle.pipeline().inputColumns()).doesNotContain("session_id", "purchased");
    }

    @Test
    void keepsTheCurvesAndTheHistory() {
        assertThat(bundle.metrics().roc()).hasSizeGreaterThan(10);
        assertThat(bundle.metrics().pr()).hasSizeGreaterThan(10);
        assertThat(bundle.metrics().history()).hasSize(bundle.metrics().epochs());
    }

    @Test
    void refusesTooFewRowsToSplit() throws IOException {
        List<String> lines = new ArrayList<>(List.of("pages,bought"));
        for (int i = 0; i < 8; i++) {
            lines.add(i + "," + (i < 2 ? "yes" : "no"));
        }
        Dataset tiny = Dataset.load(Files.write(dir.resolve("tiny.csv"), lines));
        assertThatThrownBy(() -> ExperimentRunner.run(ExperimentSetup.defaults(tiny), p -> { },
                new TrainingControl())).isInstanceOf(DataException.class).hasMessageContaining("Too few rows");
    }

    @Test
    void refusesAFileWhoseFeaturesAreAllConstant() throws IOException {
        List<String> lines = new ArrayList<>(List.of("site,bought"));
        for (int i = 0; i < 100; i++) {
            lines.add("shop," + (i % 3 == 0 ? "yes" : "no"));
        }
        Dataset constant = Dataset.load(Files.write(dir.resolve("constant.csv"), lines));
        assertThatThrownBy(() -> ExperimentRunner.run(ExperimentSetup.defaults(constant), p -> { },
                new TrainingControl())).isInstanceOf(DataException.class).hasMessageContaining("No column is left");
    }
}
