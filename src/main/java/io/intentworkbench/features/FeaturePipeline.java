package io.intentworkbench.features;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.intentworkbench.data.ColumnValues;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The fitted preparation of feature columns into network inputs. Fitted on training rows only
 * and applied unchanged to validation, test and new rows; serialised to JSON inside a bundle.
 */
public record FeaturePipeline(List<ColumnEncoder> encoders) {
    public FeaturePipeline {
        encoders = List.copyOf(encoders);
    }

    /** Fits every column's encoder on the given training rows. */
    public static FeaturePipeline fit(FeaturePlan plan, ColumnValues values, int[] trainRows) {
        List<ColumnEncoder> encoders = new ArrayList<>();
        for (ColumnTreatment treatment : plan.columns()) {
            encoders.add(treatment.kind() == FeatureKind.NUMERIC
                    ? NumericEncoder.fit(treatment, values.numbers(treatment.column()), trainRows)
                    : CategoricalEncoder.fit(treatment, values.texts(treatment.column()), trainRows));
        }
        return new FeaturePipeline(encoders);
    }

    /** The number of network inputs. */
    @JsonIgnore
    public int width() {
        return encoders.stream().mapToInt(ColumnEncoder::width).sum();
    }

    /** The input columns the pipeline reads. */
    @JsonIgnore
    public List<String> inputColumns() {
        return encoders.stream().map(ColumnEncoder::column).toList();
    }

    @JsonIgnore
    public List<String> outputNames() {
        return encoders.stream().flatMap(e -> e.outputNames().stream()).toList();
    }

    /** The encoded rows as a row-major matrix of rows.length x width(). */
    public float[] transform(ColumnValues values, int[] rows) {
        int width = width();
        float[] out = new float[rows.length * width];
        int offset = 0;
        for (ColumnEncoder encoder : encoders) {
            encoder.encode(values, rows, out, width, offset);
            offset += encoder.width();
        }
        return out;
    }

    public float[] transformAll(ColumnValues values) {
        return transform(values, IntStream.range(0, values.rowCount()).toArray());
    }
}
