package io.intentworkbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTest {
    /** Rows whose true probability is sigmoid(2z) while the model says sigmoid(z): under-confident. */
    private static double[][] underConfident(int n, long seed, double sharpness) {
        Random random = new Random(seed);
        double[] labels = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            double z = random.nextGaussian() * 1.5;
            double truth = 1 / (1 + Math.exp(-sharpness * z));
            labels[i] = random.nextDouble() < truth ? 1 : 0;
            predicted[i] = 1 / (1 + Math.exp(-z));
        }
        return new double[][] {labels, predicted};
    }

    private static int[] ints(double[] values) {
        return java.util.Arrays.stream(values).mapToInt(v -> (int) v).toArray();
    }

    @Test
    void sharpensUnderConfidentProbabilitiesAndLowersTheLogLoss() {
        double[][] rows = underConfident(4000, 1, 2.0);
        int[] labels = ints(rows[0]);
        var scaling = PlattScaling.choose(labels, rows[1], 7);
        assertThat(scaling).isPresent();
        assertThat(scaling.get().a()).isBetween(1.7, 2.3);
        assertThat(Metrics.logLoss(labels, scaling.get().apply(rows[1]))).isLessThan(Metrics.logLoss(labels, rows[1]));
        assertThat(Ranking.rocAuc(labels, scaling.get().apply(rows[1]))).isEqualTo(Ranking.rocAuc(labels, rows[1]));
    }

    @Test
    void leavesCalibratedProbabilitiesAlone() {
        double[][] rows = underConfident(4000, 2, 1.0);
        assertThat(PlattScaling.choose(ints(rows[0]), rows[1], 7)).isEmpty();
    }
}
