package io.intentworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BinaryTargetTest {
    @TempDir
    Path dir;

    private Dataset withLabels(String... labels) throws IOException {
        List<String> lines = new ArrayList<>(List.of("pages,label"));
        for (int i = 0; i < labels.length; i++) {
            lines.add(i + "," + labels[i]);
        }
        return Dataset.load(Files.write(dir.resolve("labels.csv"), lines));
    }

    @ParameterizedTest
    @CsvSource({"TRUE,FALSE", "true,False", "yes,no", "Y,N", "1,0", "y,n"})
    void recognisesCommonBinaryLabels(String positive, String negative) throws IOException {
        BinaryTarget target = BinaryTarget.resolve(withLabels(positive, negative, negative, positive), "label", null);
        assertThat(target.labels()).containsExactly(1, 0, 0, 1);
    }

    @Test
    void acceptsMixedCase() throws IOException {
        BinaryTarget target = BinaryTarget.resolve(withLabels("TRUE", "false", "True", "FALSE"), "label", null);
        assertThat(target.labels()).containsExactly(1, 0, 1, 0);
    }

    @Test
    void refusesATargetWithOneClass() throws IOException {
        Dataset dataset = withLabels("no", "no", "no");
        assertThatThrownBy(() -> BinaryTarget.resolve(dataset, "label", null)).isInstanceOf(DataException.class)
                .hasMessageContaining("only one value");
    }

    @Test
    void asksForThePositiveValueWhenThereAreMoreThanTwo() throws IOException {
        Dataset dataset = withLabels("cart", "order", "view", "order");
        assertThatThrownBy(() -> BinaryTarget.resolve(dataset, "label", null)).isInstanceOf(DataException.class)
                .hasMessageContaining("3 values").hasMessageContaining("--positive");
        assertThat(BinaryTarget.resolve(dataset, "label", "order").labels()).containsExactly(0, 1, 0, 1);
    }

    @Test
    void leavesRowsWithoutALabelOut() throws IOException {
        BinaryTarget target = BinaryTarget.resolve(withLabels("yes", "NA", "no"), "label", null);
        assertThat(target.labels()).containsExactly(1, -1, 0);
    }

    @Test
    void namesTheColumnsWhenTheTargetIsUnknown() throws IOException {
        Dataset dataset = withLabels("yes", "no");
        assertThatThrownBy(() -> BinaryTarget.resolve(dataset, "Revenue", null)).isInstanceOf(DataException.class)
                .hasMessageContaining("no column 'Revenue'").hasMessageContaining("pages, label");
    }
}
