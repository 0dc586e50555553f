package io.intentworkbench.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simple models a network is compared with: always the training share of buyers
 * (majority class), and a logistic regression on the same encoded features.
 *
 * @param logisticThreshold the logistic regression's F1-best threshold on validation rows
 */
public record Baselines(@JsonProperty("train_positive_share") double trainPositiveShare,
                        @JsonProperty("logistic_regression") LogisticModel logistic,
                        @JsonProperty("logistic_threshold") double logisticThreshold) {
    public static final String MAJORITY = "majority_class";
    public static final String LOGISTIC = "logistic_regression";

    public static Baselines fit(float[] trainX, int[] trainY, float[] validationX, int[] validationY, int width) {
        double share = Arrays.stream(trainY).average().orElse(0);
        LogisticModel logistic = LogisticModel.fit(trainX, trainY, width);
        double threshold = Thresholds.bestF1(validationY, logistic.predict(validationX, validationY.length));
        return new Baselines(share, logistic, threshold);
    }

    /** Each baseline's metrics on the given rows. */
    public Map<String, Metrics> evaluate(float[] x, int[] y) {
        double[] constant = new double[y.length];
        Arrays.fill(constant, trainPositiveShare);
        Map<String, Metrics> metrics = new LinkedHashMap<>();
        metrics.put(MAJORITY, Metrics.of(y, constant, 0.5));
        metrics.put(LOGISTIC, Metrics.of(y, logistic.predict(x, y.length), logisticThreshold));
        return metrics;
    }
}
