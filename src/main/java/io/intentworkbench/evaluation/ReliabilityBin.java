package io.intentworkbench.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * One bin of a reliability curve: rows whose predicted probability fell in the bin, their mean
 * prediction and the share of them that bought. Calibrated predictions lie on the diagonal.
 */
public record ReliabilityBin(@JsonProperty("mean_predicted") double meanPredicted,
                             @JsonProperty("observed_share") double observedShare,
                             long rows) {

    /** Ten equal-width bins from 0 to 1; empty bins are left out. */
    public static List<ReliabilityBin> of(int[] labels, double[] probabilities) {
        int bins = 10;
        double[] sums = new double[bins];
        long[] positives = new long[bins];
        long[] counts = new long[bins];
        for (int i = 0; i < labels.length; i++) {
            int bin = Math.min(bins - 1, (int) (probabilities[i] * bins));
            sums[bin] += probabilities[i];
            positives[bin] += labels[i];
            counts[bin]++;
        }
        List<ReliabilityBin> curve = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (counts[b] > 0) {
                curve.add(new ReliabilityBin(sums[b] / counts[b], (double) positives[b] / counts[b], counts[b]));
            }
        }
        return curve;
    }
}
