package io.intentworkbench.evaluation;

import io.intentworkbench.data.ColumnValues;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well each column alone separates buyers from the rest: the ROC AUC of its values (numbers)
 * or of its values' buyer share (categories), folded so that 0.5 means no signal and 1 a perfect one.
 */
public final class FeatureStrength {
    /** A single column this strong probably holds information recorded after the purchase. */
    public static final double LEAKAGE_AUC = 0.99;

    private FeatureStrength() {
    }

    /**
     * @param numeric which of the columns are numbers (the rest are categories)
     * @param labels  1 or 0 per row of rows
     */
    public static Map<String, Double> of(ColumnValues values, List<String> columns, List<Boolean> numeric,
                                         int[] rows, int[] labels) {
        Map<String, Double> strength = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            double[] scores = numeric.get(c) ? numbers(values.numbers(columns.get(c)), rows)
                    : categoryRates(values.texts(columns.get(c)), rows, labels);
            double auc = Ranking.rocAuc(labels, scores);
            strength.put(columns.get(c), Double.isNaN(auc) ? 0.5 : Math.max(auc, 1 - auc));
        }
        return strength;
    }

    private static double[] numbers(double[] all, int[] rows) {
        double[] present = Arrays.stream(rows).mapToDouble(r -> all[r]).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        double fill = present.length == 0 ? 0 : present[present.length / 2];
        return Arrays.stream(rows).mapToDouble(r -> Double.isNaN(all[r]) ? fill : all[r]).toArray();
    }

    private static double[] categoryRates(String[] texts, int[] rows, int[] labels) {
        Map<String, int[]> counts = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            int[] c = counts.computeIfAbsent(String.valueOf(texts[rows[i]]), k -> new int[2]);
            c[0]++;
            c[1] += labels[i];
        }
        double[] rates = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int[] c = counts.get(String.valueOf(texts[rows[i]]));
            rates[i] = (double) c[1] / c[0];
        }
        return rates;
    }
}
