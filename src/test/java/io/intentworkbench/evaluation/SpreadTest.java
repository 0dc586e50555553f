package io.intentworkbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpreadTest {
    private static double[][] rows(int n, long seed) {
        Random random = new Random(seed);
        double[] labels = new double[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextDouble() < 0.2 ? 1 : 0;
            scores[i] = 1 / (1 + Math.exp(-(labels[i] * 1.5 + random.nextGaussian())));
        }
        return new double[][] {labels, scores};
    }

    private static int[] ints(double[] values) {
        return java.util.Arrays.stream(values).mapToInt(v -> (int) v).toArray();
    }

    @Test
    void theIntervalHoldsTheFigureAndNarrowsWithMoreRows() {
        double[][] few = rows(200, 1);
        double[][] many = rows(5000, 1);
        Spread small = Spread.rocAuc(ints(few[0]), few[1], 3);
        Spread large = Spread.rocAuc(ints(many[0]), many[1], 3);
        double auc = Ranking.rocAuc(ints(many[0]), many[1]);
        assertThat(auc).isBetween(large.low(), large.high());
        assertThat(small.width()).isGreaterThan(large.width() * 2);
        assertThat(large.width()).isBetween(0.005, 0.06);
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        double[][] data = rows(500, 2);
        assertThat(Spread.prAuc(ints(data[0]), data[1], 9)).isEqualTo(Spread.prAuc(ints(data[0]), data[1], 9));
    }
}
