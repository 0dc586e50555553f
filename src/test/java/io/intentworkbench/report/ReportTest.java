package io.intentworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.intentworkbench.TestData;
import io.intentworkbench.bundle.ModelBundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    static Path dir;
    private static ModelBundle bundle;

    @BeforeAll
    static void train() {
        bundle = TestData.trainedBundle(dir, 1500, 6);
    }

    @Test
    void theHtmlReportHoldsTheRunsMetricsAndItsChartsInline() throws Exception {
        Path file = dir.resolve("report.html");
        Reports.write(bundle, file);
        String html = Files.readString(file);
        String auc = String.format(Locale.ROOT, "%.4f", bundle.metrics().test().rocAuc());
        assertThat(html).contains(auc).contains("logistic regression").contains("majority class");
        assertThat(html).contains("<svg").contains("ROC curve").contains("Loss per epoch");
        assertThat(html).contains(bundle.metrics().data().sha256()).contains("--seed 42");
        assertThat(html).doesNotContain("<img").doesNotContain(" src=").doesNotContain("href=")
                .doesNotContain("<script");
    }

    @Test
    void theSameRunGivesTheSameHtmlReport() {
        assertThat(HtmlReport.render(bundle)).isEqualTo(HtmlReport.render(bundle));
    }

    @Test
    void thePdfReportHasThePagesOfTheSameContent() throws Exception {
        Path file = dir.resolve("report.pdf");
        Reports.write(bundle, file);
        PdfReader reader = new PdfReader(file.toString());
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            String all = "";
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all += text.getTextFromPage(page);
            }
            assertThat(all).contains(String.format(Locale.ROOT, "%.4f", bundle.metrics().test().rocAuc()))
                    .contains("Features and their preparation").contains("Repeating this run");
        } finally {
            reader.close();
        }
    }

    @Test
    void anUnknownExtensionIsAUsageError() {
        assertThatThrownBy(() -> Reports.write(bundle, dir.resolve("report.docx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".html or .pdf");
    }
}
