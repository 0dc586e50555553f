package io.intentworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.intentworkbench.TestData;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.report.Reports;
import io.intentworkbench.training.TrainingControl;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default network on the real UCI online shoppers data, end to end: train, save, load, score, report. */
class ShoppersEndToEndTest {
    @Test
    void theDefaultNetworkReachesAGoodRocAucAndItsBundleScoresTheSame(@TempDir Path dir) throws Exception {
        Dataset dataset = Dataset.load(TestData.shoppers());
        ExperimentSetup setup = ExperimentSetup.defaults(dataset)
                .withRoles(ColumnRoles.inferred(dataset).withTarget("Revenue"));
        ModelBundle bundle = ExperimentRunner.run(setup, p -> { }, new TrainingControl()).bundle();

        assertThat(bundle.metrics().test().rocAuc()).isBetween(0.90, 1.0);
        assertThat(bundle.metrics().test().prAuc()).isBetween(0.62, 1.0);
        assertThat(bundle.metrics().test().rocAuc())
                .isGreaterThan(bundle.metrics().baselines().get("majority_class").rocAuc());

        ModelBundle loaded = TestData.saveLoadAndCompare(bundle, dataset, dir.resolve("shoppers-model.zip"));

        Path html = dir.resolve("report.html");
        Path pdf = dir.resolve("report.pdf");
        Reports.write(loaded, html);
        Reports.write(loaded, pdf);
        String roc = String.format(java.util.Locale.ROOT, "%.4f", bundle.metrics().test().rocAuc());
        assertThat(java.nio.file.Files.readString(html)).contains(roc).contains("online_shoppers_intention.csv");
        var reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        reader.close();
    }
}
