package io.intentworkbench.features;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.intentworkbench.data.ColumnValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A numeric column: missing values filled with the training median (and flagged when the training
 * rows had gaps), optionally log(1 + x), then shifted and scaled with training statistics. A
 * count or amount that is often exactly zero (page value, say) also gets a 0/1 input that says so:
 * "none at all" behaves differently from "a little".
 *
 * @param zero whether a 0/1 input marks values of exactly zero
 */
public record NumericEncoder(String column, double fill, boolean log, double center, double scale,
                             boolean indicator, boolean zero) implements ColumnEncoder {
    private static final double MIN_ZERO_SHARE = 0.1;
    private static final double MAX_ZERO_SHARE = 0.9;
    /** Scaled values are clipped here, so an extreme value in new data cannot saturate the network. */
    static final double CLIP = 10;
    private static final double SKEW_FOR_LOG = 2.0;

    static NumericEncoder fit(ColumnTreatment treatment, double[] values, int[] rows) {
        double[] present = Arrays.stream(rows).mapToDouble(r -> values[r]).filter(v -> !Double.isNaN(v)).toArray();
        boolean gaps = present.length < rows.length;
        if (present.length == 0) {
            return new NumericEncoder(treatment.column(), 0, false, 0, 1, false, false);
        }
        Arrays.sort(present);
        double median = present[present.length / 2];
        double min = present[0];
        Scaling scaling = treatment.scaling();
        boolean zero = scaling == Scaling.AUTO && min >= 0 && isOftenZero(present);
        if (scaling == Scaling.AUTO) {
            scaling = min >= 0 && skewness(present) > SKEW_FOR_LOG ? Scaling.LOG_STANDARD : Scaling.STANDARD;
        }
        boolean log = scaling == Scaling.LOG_STANDARD && min >= 0;
        double[] shaped = log ? Arrays.stream(present).map(Math::log1p).toArray() : present;
        double center;
        double scale;
        switch (scaling) {
            case MIN_MAX -> {
                center = shaped[0];
                scale = shaped[shaped.length - 1] - shaped[0];
            }
            case NONE -> {
                center = 0;
                scale = 1;
            }
            default -> {
                center = Arrays.stream(shaped).average().orElse(0);
                scale = std(shaped, center);
            }
        }
        return new NumericEncoder(treatment.column(), median, log, center, scale > 1e-12 ? scale : 1,
                gaps && treatment.missingIndicator(), zero);
    }

    private static boolean isOftenZero(double[] sorted) {
        long zeros = Arrays.stream(sorted).filter(v -> v == 0).count();
        double share = (double) zeros / sorted.length;
        boolean binary = sorted[sorted.length - 1] <= 1 && Arrays.stream(sorted).allMatch(v -> v == 0 || v == 1);
        return !binary && share >= MIN_ZERO_SHARE && share <= MAX_ZERO_SHARE;
    }

    private static double skewness(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double sd = std(values, mean);
        if (sd < 1e-12) {
            return 0;
        }
        double third = 0;
        for (double v : values) {
            double z = (v - mean) / sd;
            third += z * z * z;
        }
        return third / values.length;
    }

    private static double std(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / Math.max(1, values.length));
    }

    @Override
    @JsonIgnore
    public int width() {
        return 1 + (indicator ? 1 : 0) + (zero ? 1 : 0);
    }

    @Override
    public List<String> outputNames() {
        List<String> names = new ArrayList<>(List.of(log ? "log(" + column + ")" : column));
        if (indicator) {
            names.add(column + " missing");
        }
        if (zero) {
            names.add(column + " = 0");
        }
        return names;
    }

    @Override
    public void encode(ColumnValues values, int[] rows, float[] out, int stride, int offset) {
        double[] numbers = values.numbers(column);
        for (int i = 0; i < rows.length; i++) {
            double v = numbers[rows[i]];
            boolean missing = Double.isNaN(v);
            double value = missing ? fill : v;
            out[i * stride + offset] = (float) transform(value);
            if (indicator) {
                out[i * stride + offset + 1] = missing ? 1f : 0f;
            }
            if (zero) {
                out[i * stride + offset + (indicator ? 2 : 1)] = value == 0 ? 1f : 0f;
            }
        }
    }

    double transform(double value) {
        double shaped = log ? Math.log1p(Math.max(0, value)) : value;
        double z = (shaped - center) / scale;
        return Math.max(-CLIP, Math.min(CLIP, z));
    }
}
