package io.intentworkbench.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * How a model does on rows it never trained on, beside the baselines.
 *
 * @param test          metrics at the chosen threshold (the F1-best one on validation rows)
 * @param testAtHalf    the same rows at threshold 0.5
 * @param roc           ROC curve points of the test rows
 * @param pr            precision-recall curve points of the test rows
 */
public record Evaluation(Metrics test,
                         @JsonProperty("test_at_0_5") Metrics testAtHalf,
                         Map<String, Metrics> baselines,
                         List<CurvePoint> roc,
                         List<CurvePoint> pr) {
    static final int CURVE_POINTS = 200;

    public static Evaluation of(int[] labels, double[] probabilities, double threshold,
                                Map<String, Metrics> baselines) {
        return new Evaluation(Metrics.of(labels, probabilities, threshold), Metrics.of(labels, probabilities, 0.5),
                baselines, Ranking.rocCurve(labels, probabilities, CURVE_POINTS),
                Ranking.prCurve(labels, probabilities, CURVE_POINTS));
    }
}
