package io.intentworkbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.intentworkbench.TestData;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.data.CsvImporter;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.RawTable;
import io.intentworkbench.experiment.ExperimentRunner;
import io.intentworkbench.experiment.ExperimentSetup;
import io.intentworkbench.training.TrainingControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {
    @TempDir
    static Path dir;
    private static ModelBundle bundle;
    private static List<String> lines;

    @BeforeAll
    static void train() throws IOException {
        Path file = TestData.sessionsFile(dir, 1500);
        lines = Files.readAllLines(file);
        ExperimentSetup setup = ExperimentSetup.defaults(io.intentworkbench.data.Dataset.load(file));
        bundle = ExperimentRunner.run(setup.withTraining(setup.training().withEpochs(3)), p -> { },
                new TrainingControl()).bundle();
    }

    @Test
    void writesEveryInputColumnThenTheProbabilityAndTheDecision() throws IOException {
        Path input = Files.write(dir.resolve("new.csv"), lines.subList(0, 21));
        Path output = dir.resolve("scored.csv");
        RawTable raw = CsvImporter.read(input);
        PredictionsWriter.write(raw, Scorer.score(bundle, raw), output);
        List<String> scored = Files.readAllLines(output);
        assertThat(scored).hasSize(21);
        assertThat(scored.get(0)).isEqualTo(lines.get(0) + ",purchase_probability,predicted_purchase,score_error");
        assertThat(scored.get(1)).startsWith(lines.get(1) + ",");
        String[] cells = scored.get(1).split(",", -1);
        double probability = Double.parseDouble(cells[cells.length - 3]);
        assertThat(probability).isBetween(0.0, 1.0);
        assertThat(cells[cells.length - 2]).isIn("TRUE", "FALSE");
        assertThat(cells[cells.length - 1]).isEmpty();
    }

    @Test
    void aRowWithAWordInANumericColumnKeepsItsPlaceAndSaysWhy() throws IOException {
        String header = lines.get(0);
        int pagesColumn = List.of(header.split(",")).indexOf("product_pages");
        String[] cells = lines.get(2).split(",", -1);
        cells[pagesColumn] = "many";
        Path input = Files.write(dir.resolve("bad.csv"), List.of(header, lines.get(1), String.join(",", cells),
                lines.get(3)));
        ScoredRows scored = Scorer.score(bundle, CsvImporter.read(input));
        assertThat(scored.rows()).isEqualTo(3);
        assertThat(scored.probabilities()[1]).isNaN();
        assertThat(scored.errors()[1]).contains("'many'").contains("product_pages");
        assertThat(scored.probabilities()[0]).isBetween(0.0, 1.0);
        assertThat(scored.probabilities()[2]).isBetween(0.0, 1.0);
        assertThat(scored.failed()).isEqualTo(1);
    }

    @Test
    void missingValuesAreImputedNotRefused() throws IOException {
        String header = lines.get(0);
        int column = List.of(header.split(",")).indexOf("product_seconds");
        String[] cells = lines.get(1).split(",", -1);
        cells[column] = "";
        ScoredRows scored = Scorer.score(bundle, CsvImporter.read(Files.write(dir.resolve("gap.csv"),
                List.of(header, String.join(",", cells)))));
        assertThat(scored.errors()[0]).isNull();
        assertThat(scored.probabilities()[0]).isBetween(0.0, 1.0);
    }

    @Test
    void refusesAFileWithoutTheModelsColumns() throws IOException {
        Path input = Files.write(dir.resolve("other.csv"), List.of("a,b", "1,2"));
        RawTable raw = CsvImporter.read(input);
        assertThatThrownBy(() -> Scorer.score(bundle, raw)).isInstanceOf(DataException.class)
                .hasMessageContaining("lacks the columns").hasMessageContaining("product_pages");
    }
}
