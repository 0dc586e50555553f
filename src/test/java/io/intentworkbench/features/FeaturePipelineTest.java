package io.intentworkbench.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.files.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturePipelineTest {
    @TempDir
    Path dir;

    private Dataset load(String... lines) throws IOException {
        return Dataset.load(Files.write(dir.resolve("f.csv"), List.of(lines)));
    }

    @Test
    void fitsScalingOnTrainingRowsOnly() throws IOException {
        Dataset dataset = load("amount,bought", "1,yes", "2,no", "3,yes", "1000,no");
        FeaturePlan plan = new FeaturePlan(List.of(ColumnTreatment.numeric("amount").withScaling(Scaling.STANDARD)));
        FeaturePipeline pipeline = FeaturePipeline.fit(plan, dataset.values(), new int[] {0, 1, 2});
        NumericEncoder encoder = (NumericEncoder) pipeline.encoders().get(0);
        assertThat(encoder.center()).isEqualTo(2.0);
        assertThat(pipeline.transform(dataset.values(), new int[] {1})[0]).isEqualTo(0f);
    }

    @Test
    void fillsMissingNumbersWithTheMedianAndFlagsThem() throws IOException {
        Dataset dataset = load("amount,bought", "1,yes", "NA,no", "3,yes", "5,no");
        FeaturePlan plan = new FeaturePlan(List.of(ColumnTreatment.numeric("amount").withScaling(Scaling.NONE)));
        FeaturePipeline pipeline = FeaturePipeline.fit(plan, dataset.values(), new int[] {0, 1, 2, 3});
        assertThat(pipeline.width()).isEqualTo(2);
        float[] row = pipeline.transform(dataset.values(), new int[] {1});
        assertThat(row).containsExactly(3f, 1f);
        assertThat(pipeline.transform(dataset.values(), new int[] {0})).containsExactly(1f, 0f);
    }

    @Test
    void logScalesSkewedCounts() throws IOException {
        String[] lines = new String[202];
        lines[0] = "pages,bought";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = (i % 50 == 0 ? 5000 : i % 4) + "," + (i % 2 == 0 ? "yes" : "no");
        }
        Dataset dataset = load(lines);
        FeaturePlan plan = FeaturePlan.defaults(dataset, ColumnRoles.inferred(dataset));
        FeaturePipeline pipeline = FeaturePipeline.fit(plan, dataset.values(), all(200));
        assertThat(((NumericEncoder) pipeline.encoders().get(0)).log()).isTrue();
    }

    @Test
    void oneHotEncodesCategoriesAndLeavesUnseenValuesBlank() throws IOException {
        Dataset dataset = load("device,bought", "mobile,yes", "desktop,no", "mobile,no", "desktop,yes",
                "mobile,no", "desktop,no", "tablet,yes");
        FeaturePlan plan = new FeaturePlan(List.of(ColumnTreatment.categorical("device")));
        FeaturePipeline pipeline = FeaturePipeline.fit(plan, dataset.values(), new int[] {0, 1, 2, 3, 4, 5});
        assertThat(pipeline.outputNames()).containsExactly("device=desktop", "device=mobile");
        assertThat(pipeline.transform(dataset.values(), new int[] {0})).containsExactly(0f, 1f);
        assertThat(pipeline.transform(dataset.values(), new int[] {6})).containsExactly(0f, 0f);
    }

    @Test
    void roundTripsThroughJson() throws IOException {
        Dataset dataset = load("amount,device,bought", "1,mobile,yes", "NA,desktop,no", "3,mobile,yes",
                "5,NA,no", "8,desktop,yes");
        FeaturePlan plan = new FeaturePlan(List.of(ColumnTreatment.numeric("amount"),
                ColumnTreatment.categorical("device")));
        FeaturePipeline pipeline = FeaturePipeline.fit(plan, dataset.values(), all(5));
        String json = Json.mapper().writeValueAsString(pipeline);
        FeaturePipeline read = Json.mapper().readValue(json, FeaturePipeline.class);
        assertThat(read).isEqualTo(pipeline);
        assertThat(read.transformAll(dataset.values())).containsExactly(pipeline.transformAll(dataset.values()));
    }

    @Test
    void clipsExtremeValuesInNewData() {
        NumericEncoder encoder = new NumericEncoder("x", 0, false, 0, 1, false, false);
        assertThat(encoder.transform(1e9)).isCloseTo(NumericEncoder.CLIP, Offset.offset(1e-9));
    }

    private static int[] all(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }
}
